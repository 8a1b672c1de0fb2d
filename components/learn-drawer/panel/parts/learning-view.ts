/**
 * A lesson or the daily review inside the drawer: a back button and the element that does the
 * work — `<learn-lesson size="full">` or `<learn-drawer-review>`. Both are chunks of their own
 * (`loadLearning`), loaded on the click that opens them and preloaded on hover of their entry;
 * until the element is defined its tag renders as an empty box under a loading skeleton.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../i18n/en.js';
import { icons } from './icons.js';

export type Learning = { kind: 'lesson'; id: string } | { kind: 'review' };

/** Loads the element a learning view needs; resolves once it is defined. */
export function loadLearning(kind: Learning['kind']): Promise<unknown> {
  return kind === 'lesson' ? import('../../../learn-lesson/define.js') : import('../review/define.js');
}

export function renderLearningView(learning: Learning, strings: Strings, locale: string | undefined, onBack: () => void): TemplateResult {
  return html`<div class="article-bar">
      <button type="button" class="button-quiet" part="back-button" @click=${onBack}>${icons.back}${strings.back}</button>
    </div>
    ${learning.kind === 'lesson'
      ? html`<learn-lesson lesson=${learning.id} size="full" locale=${ifDefined(locale)}></learn-lesson>`
      : html`<learn-drawer-review locale=${ifDefined(locale)}></learn-drawer-review>`}`;
}
