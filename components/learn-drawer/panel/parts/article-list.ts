/**
 * Lists of articles on the home view: suggestions for the current screen (`data-suggestion`, the
 * selector the end-to-end test and the bench use) and recently viewed. Each entry is a button named
 * by the title, with the summary as its description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleMeta } from '../../../../src/protocol/index.js';
import { icons } from './icons.js';

export interface ArticleListOptions {
  kind: 'suggestion' | 'recent';
  heading: string;
  /** Shown instead of the list when it is empty; the section is left out when absent. */
  empty?: string;
  onOpen: (id: string) => void;
}

export function renderArticleList(items: ArticleMeta[], { kind, heading, empty, onOpen }: ArticleListOptions): TemplateResult | typeof nothing {
  if (items.length === 0 && !empty) return nothing;
  const headingId = `${kind}-heading`;
  return html`<section class="list-section" aria-labelledby=${headingId}>
    <h3 id=${headingId} class="section-heading">${kind === 'recent' ? icons.history : nothing}${heading}</h3>
    ${items.length === 0
      ? html`<p class="muted">${empty}</p>`
      : html`<ul class="article-list" part="${kind}-list">
          ${items.map(
            (item) => html`<li>
              <button
                type="button"
                class="item"
                part=${kind}
                data-suggestion=${kind === 'suggestion' ? item.id : nothing}
                data-recent=${kind === 'recent' ? item.id : nothing}
                aria-describedby=${kind === 'suggestion' && item.summary ? `${kind}-summary-${item.id}` : nothing}
                @click=${() => onOpen(item.id)}
              >
                ${icons.article}
                <span class="item-text">
                  <span class="item-title" dir="auto">${item.title}</span>
                  ${kind === 'suggestion' && item.summary
                    ? html`<span class="item-summary" dir="auto" id="${kind}-summary-${item.id}">${item.summary}</span>`
                    : nothing}
                </span>
              </button>
            </li>`,
          )}
        </ul>`}
  </section>`;
}
