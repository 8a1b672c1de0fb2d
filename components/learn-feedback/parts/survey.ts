/** A survey: each question a group of its own — stars, NPS or a text — labelled by the question. */
import { html, type TemplateResult } from 'lit';
import type { FeedbackStrings } from '../i18n/en.js';
import type { SurveyQuestion } from '../survey.js';
import { renderComment } from './comment.js';
import { renderNps, renderStars } from './scales.js';

export interface SurveyView {
  questions: SurveyQuestion[];
  answers: ReadonlyMap<string, number | string>;
  strings: FeedbackStrings;
  number: (n: number) => string;
  answer: (question: string, value: number | string) => void;
}

export function renderSurvey({ questions, answers, strings, number, answer }: SurveyView): TemplateResult {
  return html`<ol class="survey" part="survey">
    ${questions.map((q, i) => {
      const id = `sq${i}`;
      const given = answers.get(q.id);
      const rating = typeof given === 'number' ? given : undefined;
      const pick = (v: number | string) => answer(q.id, v);
      let control: TemplateResult;
      if (q.kind === 'stars') control = renderStars(id, `${id}-label`, rating, strings, pick);
      else if (q.kind === 'nps') control = renderNps(id, `${id}-label`, rating, strings, pick);
      else control = renderComment({ id: `${id}-text`, label: { by: `${id}-label` }, value: typeof given === 'string' ? given : '', strings, number, input: pick });
      return html`<li class="survey-question" part="survey-question" data-kind=${q.kind}>
        <p class="label" id="${id}-label">${q.label}</p>
        ${control}
      </li>`;
    })}
  </ol>`;
}
