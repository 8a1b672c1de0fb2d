/**
 * A comment or free-text field with its live character count; past COMMENT_MAX the count turns red
 * and says by how much to shorten it — while typing, before anything is sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { COMMENT_MAX } from '../limits.js';
import type { FeedbackStrings } from '../i18n/en.js';
import { FeedbackAnswers } from '../controllers/answers.js';

export interface CommentField {
  id: string;
  /** A visible label, or the id of what labels the field (the question). */
  label: string | { by: string };
  value: string;
  strings: FeedbackStrings;
  number: (n: number) => string;
  input: (value: string) => void;
}

export function renderComment({ id, label, value, strings: s, number, input }: CommentField): TemplateResult {
  const used = value.trim().length;
  const over = FeedbackAnswers.over(value);
  return html`<div class="field" part="comment">
    ${typeof label === 'string' ? html`<label class="label" for=${id}>${label}</label>` : nothing}
    <textarea
      id=${id}
      part="comment-input"
      rows="3"
      aria-labelledby=${typeof label === 'string' ? nothing : label.by}
      aria-invalid=${over > 0 ? 'true' : 'false'}
      aria-describedby="${id}-count ${id}-error"
      .value=${value}
      @input=${(e: InputEvent) => input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span id="${id}-count" class="count muted" part="count" data-over=${over > 0 ? 'true' : 'false'}>${s.count(number(used), number(COMMENT_MAX))}</span>
    <p id="${id}-error" class="error-text" part="comment-error">${over > 0 ? s.tooLong(number(over), number(COMMENT_MAX)) : ''}</p>
  </div>`;
}
