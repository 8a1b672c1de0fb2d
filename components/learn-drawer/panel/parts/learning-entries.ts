/**
 * The home view's entry to the daily review, when questions from finished lessons are due (the
 * lessons for the screen are one of the home view's lists, article-list.ts). The review is a chunk
 * of its own, loaded when it is chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';

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
