/**
 * A quiz step: a fieldset whose legend is the question, radios (one answer) or checkboxes (several),
 * "Check answer", then feedback that teaches — each chosen choice with its explanation, and when
 * the answer is wrong the right choice(s) with theirs — and Try again. The verdict is also
 * announced through the element's live region (`feedbackMessage`). The drawer's daily review
 * renders its questions with this part too (no retry there: it moves on to the next question).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lesson, LessonProgress, QuizChoice, QuizStep } from '../../../src/protocol/index.js';
import type { LessonStrings } from '../i18n/en.js';
import { icons } from './icons.js';

export interface QuizHandlers {
  choose(choiceId: string, checked: boolean): void;
  check(): void;
  /** Try the question again after a wrong answer; without it there is no "Try again". */
  retry?(): void;
}

/** The answers a quiz looks at: a lesson's progress, or the review's one answer. */
type Answers = Pick<LessonProgress, 'answers'>;

/** The latest answer, when it has choices (a retry clears them and the question is open again). */
export function answerOf(step: QuizStep, progress: Answers) {
  const answer = progress.answers[step.id];
  return answer && answer.choices.length > 0 ? answer : undefined;
}

/** What a screen reader hears after "Check answer": the verdict, then why. */
export function feedbackMessage(step: QuizStep, progress: Answers, strings: LessonStrings): string {
  const answer = answerOf(step, progress);
  if (!answer) return '';
  const chosen = step.choices.filter((c) => answer.choices.includes(c.id));
  const why = chosen.map((c) => c.explanation).filter(Boolean);
  return [answer.correct ? strings.correct : strings.incorrect, ...why].join(' ');
}

function result(choice: QuizChoice, chosen: boolean): 'right' | 'wrong' | 'missed' | undefined {
  if (chosen) return choice.correct ? 'right' : 'wrong';
  return choice.correct ? 'missed' : undefined;
}

function renderFeedback(step: QuizStep, chosenIds: string[], correct: boolean, strings: LessonStrings, onRetry: (() => void) | undefined): TemplateResult {
  const chosen = step.choices.filter((c) => chosenIds.includes(c.id));
  // When wrong, the right choices the person did not pick, so the feedback says what is right.
  const right = correct ? [] : step.choices.filter((c) => c.correct && !chosenIds.includes(c.id));
  const item = (label: string, choice: QuizChoice) => html`<li data-result=${result(choice, chosenIds.includes(choice.id)) ?? nothing}>
    ${choice.correct ? icons.right : icons.wrong}
    <div><strong>${label}:</strong> ${choice.text}${choice.explanation ? html`<p class="explanation">${choice.explanation}</p>` : nothing}</div>
  </li>`;
  return html`<div class="feedback" part="feedback" data-correct=${correct}>
    <p class="verdict">${correct ? icons.right : icons.wrong}${correct ? strings.correct : strings.incorrect}</p>
    <ul>
      ${chosen.map((c) => item(strings.yourAnswer, c))} ${right.map((c) => item(strings.rightAnswer, c))}
    </ul>
    ${correct || !onRetry ? nothing : html`<button type="button" class="button-quiet" part="quiz-retry" @click=${onRetry}>${strings.tryAgain}</button>`}
  </div>`;
}

export function renderQuiz(lesson: Lesson, step: QuizStep, progress: Answers, draft: string[], strings: LessonStrings, on: QuizHandlers): TemplateResult {
  const answer = answerOf(step, progress);
  const selected = answer?.choices ?? draft;
  const type = step.multiple ? 'checkbox' : 'radio';
  return html`<div class="quiz" part="quiz" lang=${lesson.locale} dir="auto">
    <fieldset ?disabled=${!!answer} aria-describedby="quiz-hint">
      <legend part="question">${step.question}</legend>
      <p id="quiz-hint" class="hint">${step.multiple ? strings.chooseAll : strings.chooseOne}</p>
      ${step.choices.map(
        (choice) => html`<label class="option" part="choice" data-result=${answer ? (result(choice, selected.includes(choice.id)) ?? nothing) : nothing}>
          <input
            type=${type}
            name="choice"
            value=${choice.id}
            .checked=${selected.includes(choice.id)}
            @change=${(e: Event) => on.choose(choice.id, (e.target as HTMLInputElement).checked)}
          />
          <span>${choice.text}</span>
        </label>`,
      )}
    </fieldset>
    ${answer
      ? renderFeedback(step, answer.choices, answer.correct, strings, on.retry)
      : html`<button type="button" class="button" part="check-button" @click=${on.check}>${strings.checkAnswer}</button>`}
  </div>`;
}
