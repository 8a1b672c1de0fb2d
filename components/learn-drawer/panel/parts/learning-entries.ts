/**
 * The home view's entry to the daily review, when questions from finished lessons are due (the
 * lessons for the screen are one of the home view's lists, article-list.ts). The review is a chunk
 * of its own, loaded when it is chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';
import { preloadAsk } from './learning-view.js';

/** "My questions", once the person has asked something; the count of answers not seen yet is in its name. */
export function renderQuestionsEntry(asked: boolean, unread: number, strings: Strings, onOpen: () => void): TemplateResult | typeof nothing {
  if (!asked && unread <= 0) return nothing;
  return html`<button type="button" class="item review-entry" part="questions-entry" @click=${onOpen} @pointerenter=${preloadAsk} @focus=${preloadAsk}>
    ${icons.chat}<span class="item-title">${strings.myQuestions(unread)}</span>
  </button>`;
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
