/**
 * `<learn-ask>`'s states before the form: loading (a skeleton shaped like the form), a polite
 * message (not connected, signed out, asking not set up here) and an error with a retry. Their
 * messages are also announced through the element's live region; these are for the eye.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../../learn-drawer/panel/parts/icons.js';

export function renderSkeleton(label: string): TemplateResult {
  return html`<div class="skeleton" part="loading" role="img" aria-label=${label}>
    <span></span><span></span><span class="tall"></span><span class="short"></span>
  </div>`;
}

export function renderMessage(part: string, title: string, body: string): TemplateResult {
  return html`<div class="state" part=${part}>
    ${icons.chat}
    <h2 class="state-title" tabindex="-1" data-focus>${title}</h2>
    ${body ? html`<p>${body}</p>` : nothing}
  </div>`;
}

export function renderFailure(title: string, body: string, retry: string, onRetry: () => void): TemplateResult {
  return html`<div class="state state-error" part="error">
    ${icons.alert}
    <h2 class="state-title" tabindex="-1" data-focus>${title}</h2>
    <p>${body}</p>
    <button type="button" class="button" part="error-retry" @click=${onRetry}>${retry}</button>
  </div>`;
}
