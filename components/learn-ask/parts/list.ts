/**
 * "My questions": each with its status and when it was asked, a dot for an answer not seen yet
 * (said in words too, for screen readers), newest first. Choosing one opens its thread.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../../src/protocol/index.js';
import type { AskLocalizeController } from '../controllers/localize.js';

const TITLE_CHARS = 120;

export function renderList(items: Question[], localize: AskLocalizeController, onOpen: (q: Question) => void): TemplateResult {
  const s = localize.strings;
  return html`<section class="list" part="list" aria-labelledby="list-title">
    <h2 id="list-title" class="title" tabindex="-1" data-focus>${s.myQuestions}</h2>
    ${items.length === 0
      ? html`<p class="muted" part="list-empty">${s.listEmpty}</p>`
      : html`<ul class="item-list" part="question-list">
          ${items.map(
            (q) => html`<li>
              <button type="button" class="item" part="question-item" data-question=${q.id} data-unread=${q.unread > 0 ? 'true' : 'false'} @click=${() => onOpen(q)}>
                <span class="unread-dot" part="unread-dot" ?hidden=${q.unread === 0} aria-hidden="true"></span>
                <span class="item-text">
                  <span class="item-title" dir="auto">${q.text.length > TITLE_CHARS ? `${q.text.slice(0, TITLE_CHARS)}…` : q.text}</span>
                  <span class="item-summary">
                    ${q.unread > 0 ? html`<strong>${s.newAnswer}</strong> · ` : nothing}<span data-status=${q.status}>${s.status[q.status]}</span> · ${localize.age(q.createdAt)}
                  </span>
                </span>
              </button>
            </li>`,
          )}
        </ul>`}
  </section>`;
}
