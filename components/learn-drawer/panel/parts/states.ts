/**
 * The designed states: loading (a skeleton shaped like the list it stands in for), an error with a
 * way out, an empty catalog, no search results, and the offline / stale notice. Their messages
 * are also announced through the panel's polite live region; the visuals here are for the eye.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';
import { preloadAsk } from '../controllers/learning.js';

export function renderSkeleton(label: string, lines = 4): TemplateResult {
  return html`<div class="skeleton" part="loading" role="img" aria-label=${label}>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-item"><span></span><span></span></div>`)}
  </div>`;
}

export function renderError(title: string, body: string, retryLabel: string | null, onRetry: () => void): TemplateResult {
  return html`<div class="state state-error" part="error">
    ${icons.alert}
    <h3 class="state-title">${title}</h3>
    ${body ? html`<p>${body}</p>` : ''}
    ${retryLabel ? html`<button type="button" class="button" @click=${onRetry}>${retryLabel}</button>` : ''}
  </div>`;
}

/** The ask button, or, once a click found nobody on the page to handle `learn-ask` (`onAsk` null), why there is none. */
export function askAction(strings: Strings, onAsk: (() => void) | null): TemplateResult {
  return onAsk
    ? html`<button type="button" class="button" part="ask-button" @click=${onAsk} @pointerenter=${preloadAsk} @focus=${preloadAsk}>${icons.chat}${strings.ask}</button>`
    : html`<p part="ask-unavailable">${strings.askUnavailable}</p>`;
}

export function renderEmptyCatalog(strings: Strings, onAsk: (() => void) | null): TemplateResult {
  return html`<div class="state" part="empty">
    ${icons.article}
    <h3 class="state-title">${strings.emptyTitle}</h3>
    <p>${strings.emptyBody}</p>
    ${askAction(strings, onAsk)}
  </div>`;
}

export function renderNoResults(query: string, strings: Strings, onAsk: (() => void) | null): TemplateResult {
  return html`<div class="state" part="no-results">
    ${icons.search}
    <h3 class="state-title">${strings.noResultsTitle(query)}</h3>
    <p>${strings.noResultsHint}</p>
    ${askAction(strings, onAsk)}
  </div>`;
}

export function renderNotice(reason: 'offline' | 'stale', strings: Strings): TemplateResult {
  return html`<p class="notice" part="offline" data-reason=${reason}>${icons.offline}<span>${reason === 'offline' ? strings.offline : strings.stale}</span></p>`;
}
