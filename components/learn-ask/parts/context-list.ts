/**
 * What goes with the question, shown to the asker item by item, each with a remove button — the
 * person decides what a colleague sees of their screen. Articles and lessons are named by their
 * titles from the cached catalog (ids mean nothing to a person), and only listed when the person
 * ticked "share what I've already read".
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../../src/protocol/index.js';
import type { AskContext } from '../../../src/protocol/index.js';
import { icons } from '../../learn-drawer/panel/parts/icons.js';
import type { AskStrings, ContextKey } from '../i18n/en.js';

const ORDER: readonly ContextKey[] = ['app', 'screen', 'url', 'recordType', 'selection', 'read', 'lessons'];
const SHOWN_CHARS = 160;

function valueOf(key: ContextKey, context: AskContext, catalog: Catalog | null): string {
  if (key === 'read') return (context.read ?? []).map((id) => catalog?.articles.find((a) => a.id === id)?.title ?? id).join(', ');
  if (key === 'lessons') return (context.lessons ?? []).map((id) => catalog?.lessons.find((l) => l.id === id)?.title ?? id).join(', ');
  const value = String(context[key] ?? '');
  return value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
}

export interface ContextListOptions {
  context: AskContext;
  catalog: Catalog | null;
  share: boolean;
  strings: AskStrings;
  onRemove: (key: ContextKey, label: string) => void;
  onShare: (share: boolean) => void;
}

export function renderContextList({ context, catalog, share, strings: s, onRemove, onShare }: ContextListOptions): TemplateResult {
  const keys = ORDER.filter((key) => key in context);
  return html`<section class="context" part="context" aria-labelledby="context-heading">
    <h3 id="context-heading" class="label">${s.contextHeading}</h3>
    <p class="muted hint">${s.contextHint}</p>
    ${keys.length === 0
      ? html`<p class="muted" part="context-empty">${s.contextNone}</p>`
      : html`<ul class="context-list" part="context-list">
          ${keys.map((key) => {
            const label = s.contextLabels[key];
            return html`<li class="context-item" part="context-item" data-key=${key}>
              <span class="context-text">
                <span class="context-label">${label}</span>
                <span class="context-value" dir="auto">${valueOf(key, context, catalog)}</span>
              </span>
              <button type="button" class="icon-button" part="context-remove" aria-label=${s.remove(label)} @click=${() => onRemove(key, label)}>
                ${icons.close}
              </button>
            </li>`;
          })}
        </ul>`}
    <label class="check" part="share">
      <input type="checkbox" part="share-toggle" .checked=${share} @change=${(e: Event) => onShare((e.target as HTMLInputElement).checked)} />
      <span>${s.share}</span>
    </label>
  </section>`;
}
