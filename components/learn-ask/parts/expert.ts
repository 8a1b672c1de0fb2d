/**
 * Who will most likely answer the chosen topic (the least-loaded of its experts, as the server
 * reckons it), with initials for an avatar, working hours and the typical answer time from real
 * answers — or "no answer-time data yet" below the server's threshold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AskTopic } from '../../../src/protocol/index.js';
import type { AskLocalizeController } from '../controllers/localize.js';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join('');
}

export function renderExpert(topic: AskTopic, localize: AskLocalizeController): TemplateResult {
  const s = localize.strings;
  const expert = topic.likely ?? topic.experts[0];
  const time = topic.typicalMinutes === undefined ? s.noAnswerTime : s.usuallyAnswers(localize.duration(topic.typicalMinutes));
  return html`<section class="expert" part="expert" aria-labelledby="expert-heading">
    <h3 id="expert-heading" class="label">${s.whoAnswers}</h3>
    ${expert
      ? html`<div class="expert-card">
          <span class="avatar" part="avatar" aria-hidden="true">${initials(expert.name)}</span>
          <span class="expert-text">
            <span class="expert-name" part="expert-name">${expert.name}</span>
            <span class="muted">${expert.title}</span>
            ${expert.hours ? html`<span class="muted">${s.hours(expert.hours)}</span>` : nothing}
          </span>
        </div>`
      : html`<p class="muted">${s.noExpert}</p>`}
    <p class="answer-time" part="answer-time" data-known=${topic.typicalMinutes === undefined ? 'false' : 'true'}>${time}</p>
  </section>`;
}
