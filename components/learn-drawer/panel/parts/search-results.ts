/**
 * Search results as a listbox the search field controls (`aria-activedescendant`: focus stays in
 * the field while the arrow keys move). Matches are wrapped in <mark> from `highlightParts` runs:
 * data, never HTML, so text from content cannot inject markup. Lessons are found too (a lesson
 * icon, "Lesson:" for screen readers) and open in the drawer's lesson player.
 *
 * `tabindex="-1"` on the listbox: the results scroll inside the drawer's body while focus stays in
 * the field; the arrow keys scroll the active option into view, and a programmatically focusable
 * listbox tells assistive checks the scrolled content is reachable without a pointer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../../../../src/protocol/index.js';
import { highlightParts } from '../../../../src/search/highlight.js';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';

export const RESULTS_ID = 'results';
export const optionId = (hit: SearchHit) => `option-${hit.id}`;

function highlighted(text: string, terms: string[]) {
  return highlightParts(text, terms).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text));
}

export interface SearchResultsOptions {
  hits: SearchHit[];
  query: string;
  active: number;
  strings: Strings;
  onOpen: (hit: SearchHit) => void;
  onActivate: (index: number) => void;
}

export function renderSearchResults({ hits, query, active, strings, onOpen, onActivate }: SearchResultsOptions): TemplateResult {
  // The index reports which words matched; older servers may not, then the query's words will do.
  const fallbackTerms = query.split(/\s+/).filter(Boolean);
  return html`<p class="result-count" part="result-count">${strings.resultCount(hits.length)}</p>
    <ul role="listbox" id=${RESULTS_ID} part="results" class="article-list results" aria-label=${strings.resultsLabel} tabindex="-1">
      ${hits.map((hit, index) => {
        const terms = hit.terms.length > 0 ? hit.terms : fallbackTerms;
        return html`<li
          role="option"
          id=${optionId(hit)}
          part="result${index === active ? ' result-active' : ''}"
          class="item"
          data-kind=${hit.kind}
          aria-selected=${index === active ? 'true' : 'false'}
          @mousedown=${(event: MouseEvent) => event.preventDefault() /* keep focus in the search field */}
          @mousemove=${() => index !== active && onActivate(index)}
          @click=${() => onOpen(hit)}
        >
          ${hit.kind === 'lesson' ? icons.lesson : icons.article}
          <span class="item-text">
            <span class="item-title" dir="auto">${hit.kind === 'lesson' ? html`<span class="visually-hidden">${strings.lessonKind}: </span>` : nothing}${highlighted(hit.title, terms)}</span>
            ${hit.summary ? html`<span class="item-summary" dir="auto">${highlighted(hit.summary, terms)}</span>` : nothing}
          </span>
        </li>`;
      })}
    </ul>`;
}
