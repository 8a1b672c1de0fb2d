/**
 * The home view's way into learning: two-minute lessons for the current screen (`data-lesson`)
 * and, when questions from finished lessons are due, the entry to the daily review. The lesson
 * player and the review are chunks of their own, loaded when one of these is chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LessonMeta } from '../../../../src/protocol/index.js';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';

export const LESSON_LIMIT = 3;

export function renderLessonList(lessons: LessonMeta[], strings: Strings, onOpen: (id: string) => void): TemplateResult | typeof nothing {
  if (lessons.length === 0) return nothing;
  return html`<section class="list-section" aria-labelledby="lessons-heading">
    <h3 id="lessons-heading" class="section-heading">${strings.lessonsHeading}</h3>
    <ul class="article-list" part="lesson-list">
      ${lessons.map(
        (lesson) => html`<li>
          <button type="button" class="item" part="lesson" data-lesson=${lesson.id} aria-describedby="lesson-meta-${lesson.id}" @click=${() => onOpen(lesson.id)}>
            ${icons.lesson}
            <span class="item-text">
              <span class="item-title" dir="auto">${lesson.title}</span>
              <span class="item-summary" id="lesson-meta-${lesson.id}">${strings.lessonMeta(lesson.minutes)}</span>
            </span>
          </button>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Shown only when something is due: an empty review is not worth a line on the home view. */
export function renderReviewEntry(due: number, strings: Strings, onOpen: () => void): TemplateResult | typeof nothing {
  if (due <= 0) return nothing;
  return html`<button type="button" class="item review-entry" part="review-entry" aria-describedby="review-hint" @click=${onOpen}>
    ${icons.review}
    <span class="item-text">
      <span class="item-title">${strings.reviewEntry(due)}</span>
      <span class="item-summary" id="review-hint">${strings.reviewEntryHint}</span>
    </span>
  </button>`;
}
