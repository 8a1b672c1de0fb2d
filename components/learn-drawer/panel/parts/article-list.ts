/**
 * The home view's lists: suggestions for the current screen (`data-suggestion`, the selector the
 * end-to-end test and the bench use), lessons for the screen (`data-lesson`; they open in the
 * drawer's lesson player) and recently viewed articles. Each entry is a button named by the title,
 * described by its summary (a lesson: its length). One renderer for the three: the markup, the
 * `part`s and the ids follow the kind.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from './icons.js';

export type ListKind = 'suggestion' | 'lesson' | 'recent';

export interface ListItem {
  id: string;
  title: string;
  /** Read as the entry's description; recently viewed entries have none. */
  description?: string;
}

export interface ArticleListOptions {
  kind: ListKind;
  heading: string;
  /** Shown instead of the list when it is empty; the section is left out when absent. */
  empty?: string;
  onOpen: (id: string) => void;
  /** Pointer over or focus on an entry: a chance to load what opening it needs (the lesson player). */
  onPreload?: (id: string) => void;
}

export function renderArticleList(items: ListItem[], { kind, heading, empty, onOpen, onPreload }: ArticleListOptions): TemplateResult | typeof nothing {
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
                data-lesson=${kind === 'lesson' ? item.id : nothing}
                data-recent=${kind === 'recent' ? item.id : nothing}
                aria-describedby=${item.description ? `${kind}-summary-${item.id}` : nothing}
                @click=${() => onOpen(item.id)}
                @pointerenter=${onPreload ? () => onPreload(item.id) : nothing}
                @focus=${onPreload ? () => onPreload(item.id) : nothing}
              >
                ${kind === 'lesson' ? icons.lesson : icons.article}
                <span class="item-text">
                  <span class="item-title" dir="auto">${item.title}</span>
                  ${item.description ? html`<span class="item-summary" dir="auto" id="${kind}-summary-${item.id}">${item.description}</span>` : nothing}
                </span>
              </button>
            </li>`,
          )}
        </ul>`}
  </section>`;
}
