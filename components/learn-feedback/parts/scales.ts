/**
 * The ways to rate: a pressed-button pair (helpful / not helpful), the reason asked after "not
 * helpful", 1–5 stars and NPS 0–10. Stars, NPS and reasons are native radio groups — arrow keys,
 * one tab stop, right-to-left and screen reader names come from the platform; the inputs are
 * transparent over their labels, which carry the look.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NotHelpfulReason } from '../../../src/protocol/index.js';
import { REASONS } from '../limits.js';
import type { FeedbackStrings } from '../i18n/en.js';
import { feedbackIcons } from './icons.js';

export function renderThumbs(labelledBy: string, value: number | undefined, s: FeedbackStrings, pick: (value: number) => void): TemplateResult {
  const thumb = (v: number, label: string, icon: TemplateResult) =>
    html`<button type="button" class="thumb" part="thumb" data-value=${v} aria-pressed=${value === v ? 'true' : 'false'} @click=${() => pick(v)}>${icon}<span>${label}</span></button>`;
  return html`<div class="thumbs" role="group" aria-labelledby=${labelledBy} part="thumbs">
    ${thumb(1, s.helpful, feedbackIcons.up)}
    ${thumb(0, s.notHelpful, feedbackIcons.down)}
  </div>`;
}

export function renderReasons(name: string, reason: NotHelpfulReason | undefined, s: FeedbackStrings, pick: (reason: NotHelpfulReason) => void): TemplateResult {
  return html`<fieldset class="reasons" part="reasons">
    <legend class="label">${s.reasonLegend}</legend>
    ${REASONS.map(
      (r) => html`<label class="check" part="reason"><input type="radio" name=${name} .value=${r} .checked=${reason === r} @change=${() => pick(r)} /><span>${s.reasons[r]}</span></label>`,
    )}
  </fieldset>`;
}

export function renderStars(name: string, labelledBy: string, value: number | undefined, s: FeedbackStrings, pick: (value: number) => void): TemplateResult {
  return html`<div class="scale stars" role="radiogroup" aria-labelledby=${labelledBy} part="stars">
    ${[1, 2, 3, 4, 5].map(
      (n) => html`<label class="choice star" part="star" ?data-on=${value !== undefined && n <= value}>
        <input type="radio" name=${name} .value=${String(n)} .checked=${value === n} @change=${() => pick(n)} />${feedbackIcons.star}<span class="visually-hidden">${s.stars(n, 5)}</span>
      </label>`,
    )}
  </div>`;
}

export function renderNps(name: string, labelledBy: string, value: number | undefined, s: FeedbackStrings, pick: (value: number) => void): TemplateResult {
  const end = (n: number) => (n === 0 ? s.npsLow : n === 10 ? s.npsHigh : '');
  return html`<div class="nps" part="nps">
    <div class="scale" role="radiogroup" aria-labelledby=${labelledBy}>
      ${Array.from({ length: 11 }, (_, n) => html`<label class="choice nps-choice" part="nps-choice" ?data-on=${value === n}>
        <input type="radio" name=${name} .value=${String(n)} .checked=${value === n} @change=${() => pick(n)} /><span>${n}</span>${end(n) ? html`<span class="visually-hidden">, ${end(n)}</span>` : nothing}
      </label>`)}
    </div>
    <div class="nps-ends" aria-hidden="true" part="nps-ends"><span>${s.npsLow}</span><span>${s.npsHigh}</span></div>
  </div>`;
}
