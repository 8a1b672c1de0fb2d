/**
 * Help found while the person types: matching articles and their own answered questions, so many
 * questions answer themselves before anyone is asked. An article opens in the drawer when the
 * element is in it (or no standalone page exists), else on its own page in a new tab; an earlier
 * question opens its thread here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AskSuggestion } from '../../../sdk/types.js';
import { icons } from '../../learn-drawer/panel/parts/icons.js';
import type { AskStrings } from '../i18n/en.js';

export interface SuggestionsOptions {
  items: AskSuggestion[];
  strings: AskStrings;
  /** A standalone page for an article, when the element should link there instead of opening the drawer. */
  pageUrl: (id: string) => string | undefined;
  onOpen: (suggestion: AskSuggestion) => void;
}

export function renderSuggestions({ items, strings: s, pageUrl, onOpen }: SuggestionsOptions): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
    <h3 id="suggestions-heading" class="label">${s.suggestionsHeading}</h3>
    <ul class="item-list">
      ${items.map((item) => {
        const url = item.kind === 'article' ? pageUrl(item.id) : undefined;
        const inner = html`${item.kind === 'article' ? icons.article : icons.chat}
          <span class="item-text">
            <span class="visually-hidden">${item.kind === 'article' ? s.articleKind : s.questionKind}: </span>
            <span class="item-title" dir="auto">${item.title}</span>
            ${item.summary ? html`<span class="item-summary" dir="auto">${item.summary}</span>` : nothing}
          </span>`;
        return html`<li>
          ${url
            ? html`<a class="item" part="suggestion" data-kind=${item.kind} data-id=${item.id} href=${url} target="_blank" rel="noopener noreferrer"
                >${inner}<span class="visually-hidden">${s.opensInNewTab}</span></a
              >`
            : html`<button type="button" class="item" part="suggestion" data-kind=${item.kind} data-id=${item.id} @click=${() => onOpen(item)}>${inner}</button>`}
        </li>`;
      })}
    </ul>
  </section>`;
}
