/**
 * The card a lesson starts from: what it is, how long it takes, how many steps, and Start — or,
 * with progress saved on this or another device, "Resume — step 3 of 7".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lesson, LessonProgress } from '../../../src/protocol/index.js';
import type { LessonStrings } from '../i18n/en.js';
import { icons } from './icons.js';

export function renderIntro(lesson: Lesson, progress: LessonProgress | null, strings: LessonStrings, onStart: () => void): TemplateResult {
  const total = lesson.steps.length;
  const at = progress?.status === 'in-progress' ? lesson.steps.findIndex((s) => s.id === progress.current) : -1;
  return html`<div class="intro" part="intro">
    <p class="eyebrow">${icons.lesson}${strings.lesson}</p>
    <h2 class="title" part="title" tabindex="-1" data-focus lang=${lesson.locale} dir="auto">${lesson.title}</h2>
    ${lesson.summary ? html`<p class="summary" lang=${lesson.locale} dir="auto">${lesson.summary}</p>` : nothing}
    <p class="meta" part="meta">
      <span>${icons.clock}${strings.minutes(lesson.minutes)}</span>
      <span>${strings.steps(total)}</span>
    </p>
    <button type="button" class="button" part="start-button" @click=${onStart}>
      ${at >= 0 ? strings.resume(at + 1, total) : strings.start}${icons.next}
    </button>
  </div>`;
}
