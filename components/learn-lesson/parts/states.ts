/**
 * The lesson player's states before a lesson is on screen: loading (a skeleton shaped like the
 * intro card), the polite placeholder for a lesson that does not exist (an editor's stale link must
 * not look like a broken page), "not connected", and an error with a retry. Their messages are also
 * announced through the element's live region; these are for the eye.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LessonStrings } from '../i18n/en.js';
import type { LessonFailure } from '../controllers/lesson-loader.js';
import { icons } from './icons.js';

export function renderSkeleton(strings: LessonStrings): TemplateResult {
  return html`<div class="skeleton" part="loading" role="img" aria-label=${strings.loading}>
    <span></span><span></span><span></span><span class="skeleton-button"></span>
  </div>`;
}

export function renderPlaceholder(title: string, hint: string): TemplateResult {
  return html`<div class="state" part="placeholder">
    ${icons.lesson}
    <h2 class="state-title" tabindex="-1" data-focus>${title}</h2>
    ${hint ? html`<p>${hint}</p>` : nothing}
  </div>`;
}

export function renderFailure(failure: Exclude<LessonFailure, 'not-found'>, strings: LessonStrings, onRetry: () => void): TemplateResult {
  const body = failure === 'offline' ? strings.offlineBody : failure === 'invalid' ? strings.invalidBody : strings.errorBody;
  return html`<div class="state state-error" part="error" data-failure=${failure}>
    ${icons.alert}
    <h2 class="state-title" tabindex="-1" data-focus>${strings.errorTitle}</h2>
    <p>${body}</p>
    <button type="button" class="button" part="error-retry" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
