/**
 * A step on screen: where the employee is ("Step 3 of 7" and a bar), the step's heading (focus goes
 * there on every step change, so a screen reader starts reading the new step), the step itself,
 * and Back / Next. Next stays focusable on an unanswered question (aria-disabled, not disabled):
 * pressing it says why it cannot go on, instead of a button that silently does nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Lesson, LessonProgress, LessonStep, QuizStep } from '../../../src/protocol/index.js';
import type { StepHtml } from '../controllers/step-html.js';
import type { LessonStrings } from '../i18n/en.js';
import { renderChecklist, renderImage, renderText, renderVideo, type VideoHandlers } from './content-steps.js';
import { icons } from './icons.js';
import { renderQuiz, type QuizHandlers } from './quiz.js';
import { renderTryIt, type TryItHandlers, type TryState } from './try-it.js';

export interface StepViewOptions {
  lesson: Lesson;
  progress: LessonProgress;
  step: LessonStep;
  index: number;
  canGoNext: boolean;
  strings: LessonStrings;
  stepHtml: StepHtml | undefined;
  draft: string[];
  tryState: TryState | undefined;
  on: StepHandlers;
}

export interface StepHandlers {
  back(): void;
  next(): void;
  tick(item: number, checked: boolean): void;
  textClick(event: MouseEvent): void;
  quiz: QuizHandlers;
  tryIt: TryItHandlers;
  video: VideoHandlers;
}

function renderBody(o: StepViewOptions): TemplateResult {
  const { lesson, step, progress, strings, on } = o;
  switch (step.kind) {
    case 'text':
      return renderText(lesson, step, o.stepHtml, strings, on.textClick);
    case 'image':
      return renderImage(lesson, step);
    case 'video':
      return renderVideo(lesson, step, strings, on.video);
    case 'checklist':
      return renderChecklist(lesson, step, progress, on.tick);
    case 'quiz':
      return renderQuiz(lesson, step as QuizStep, progress, o.draft, strings, on.quiz);
    case 'try-it':
      return renderTryIt(lesson, step, progress, o.tryState, strings, on.tryIt);
  }
}

export function renderStepView(o: StepViewOptions): TemplateResult {
  const { lesson, step, index, strings, on } = o;
  const total = lesson.steps.length;
  const last = index === total - 1;
  return html`<div class="player">
    <div class="top">
      <p class="eyebrow" lang=${lesson.locale} dir="auto">${lesson.title}</p>
      <div class="progress" part="progress">
        <span id="progress-text">${strings.stepOf(index + 1, total)}</span>
        <progress part="progress-bar" max=${total} .value=${index + 1} aria-labelledby="progress-text"></progress>
      </div>
    </div>
    ${keyed(
      step.id,
      html`<section class="step" part="step" data-kind=${step.kind} aria-labelledby="step-heading">
        <h3 id="step-heading" class="step-heading" part="step-heading" tabindex="-1" data-focus lang=${step.title ? lesson.locale : nothing} dir="auto">
          ${step.title ?? strings.stepHeading[step.kind]}
        </h3>
        ${renderBody(o)}
      </section>`,
    )}
    <div class="nav" part="nav">
      ${index > 0
        ? html`<button type="button" class="button-quiet" part="back-button" @click=${on.back}>${icons.back}${strings.back}</button>`
        : html`<span></span>`}
      <button type="button" class="button" part="next-button" aria-disabled=${o.canGoNext ? 'false' : 'true'} @click=${on.next}>
        ${last ? strings.finish : strings.next}${icons.next}
      </button>
    </div>
  </div>`;
}
