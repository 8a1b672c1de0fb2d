/**
 * The reply box: Write and Preview tabs (the preview through the same sanitised pipeline the asker
 * will see), an "internal note" switch that also renames the button, and the error tied to the
 * field. The tabs are a small ARIA tablist: arrows move between the two, the panel follows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MarkdownBodies } from '../../shared/markdown-bodies.js';
import { sanitisedHtml } from '../../shared/sanitised-html.js';
import type { InboxStrings } from '../i18n/en.js';

export interface ReplyState {
  text: string;
  internal: boolean;
  tab: 'write' | 'preview';
  error: string;
}

export interface ReplyOptions {
  state: ReplyState;
  strings: InboxStrings;
  bodies: MarkdownBodies;
  on: { change: (patch: Partial<ReplyState>) => void; send: () => void };
}

export function renderReply({ state, strings: s, bodies, on }: ReplyOptions): TemplateResult {
  const preview = state.tab === 'preview';
  const shown = preview && state.text.trim() ? bodies.get('preview', { body: state.text }) : undefined;
  const tab = (id: 'write' | 'preview', label: string) =>
    html`<button type="button" role="tab" id="tab-${id}" part="reply-tab" aria-selected=${state.tab === id ? 'true' : 'false'} aria-controls="reply-panel" tabindex=${state.tab === id ? 0 : -1} @click=${() => on.change({ tab: id })}>${label}</button>`;
  const keys = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    // Read now: currentTarget is null once the event has been dispatched.
    const list = event.currentTarget as HTMLElement;
    on.change({ tab: preview ? 'write' : 'preview' });
    // After the re-render (a task, so every microtask of Lit's update has run): focus follows the selection.
    setTimeout(() => list.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  };
  const submit = (event: Event) => {
    event.preventDefault();
    on.send();
  };
  return html`<form class="form reply" part="reply" novalidate @submit=${submit}>
    <h3 class="label" id="reply-heading">${s.reply}</h3>
    <div class="tabs" role="tablist" aria-labelledby="reply-heading" @keydown=${keys}>${tab('write', s.write)}${tab('preview', s.preview)}</div>
    <div id="reply-panel" role="tabpanel" aria-labelledby="tab-${state.tab}">
      ${preview
        ? html`<div class="preview" part="reply-preview">
            ${!state.text.trim()
              ? html`<p class="muted">${s.previewEmpty}</p>`
              : shown
                ? html`<div class="prose" dir="auto" ${sanitisedHtml(shown)}></div>`
                : html`<div class="plain" dir="auto">${state.text}</div>`}
          </div>`
        : html`<textarea
            part="reply-input"
            rows="6"
            dir="auto"
            aria-label=${s.reply}
            aria-invalid=${state.error ? 'true' : 'false'}
            aria-describedby=${ifDefined(state.error ? 'reply-error' : undefined)}
            .value=${state.text}
            @input=${(e: Event) => on.change({ text: (e.target as HTMLTextAreaElement).value, error: '' })}
          ></textarea>`}
    </div>
    ${state.error ? html`<p id="reply-error" class="error-text">${state.error}</p>` : nothing}
    <label class="check">
      <input type="checkbox" part="internal-toggle" .checked=${state.internal} @change=${(e: Event) => on.change({ internal: (e.target as HTMLInputElement).checked })} />
      <span>${s.internalToggle}</span>
    </label>
    <div class="actions">
      <button type="submit" class="button" part="reply-button">${state.internal ? s.sendNote : s.sendReply}</button>
    </div>
  </form>`;
}
