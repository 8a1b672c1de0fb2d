/**
 * A try-it step: the instruction, and "Take me there", which asks the host app to navigate
 * (`learn.lessons.navigate` → the SDK's `navigate` event). The element continues by itself when the
 * runtime's context reaches the screen. When no host listens, it says the page cannot take them
 * there and lets them go themselves and mark the step done.
 */
import { html, type TemplateResult } from 'lit';
import type { Lesson, LessonProgress, LessonStep } from '../../../src/protocol/index.js';
import type { LessonStrings } from '../i18n/en.js';
import { icons } from './icons.js';

type TryIt = Extract<LessonStep, { kind: 'try-it' }>;

/** After "Take me there": the host took the request (`waiting`), or nobody on the page handles it. */
export type TryState = 'waiting' | 'unhandled';

export interface TryItHandlers {
  go(): void;
  markDone(): void;
}

export function renderTryIt(lesson: Lesson, step: TryIt, progress: LessonProgress, state: TryState | undefined, strings: LessonStrings, on: TryItHandlers): TemplateResult {
  const done = progress.tried.includes(step.id);
  return html`<div class="try-it" part="try-it">
    <p class="instruction" lang=${lesson.locale} dir="auto">${step.instruction}</p>
    ${done
      ? html`<p class="done">${icons.right}${strings.done}</p>`
      : state === 'unhandled'
        ? html`<p class="note" part="try-it-note">${strings.cannotNavigate}</p>
            <button type="button" class="button" part="mark-done" @click=${on.markDone}>${strings.markDone}</button>`
        : state === 'waiting'
          ? html`<p class="note" part="try-it-note">${strings.waiting}</p>`
          : html`<button type="button" class="button" part="try-it-button" @click=${on.go}>${strings.takeMeThere}${icons.go}</button>`}
  </div>`;
}
