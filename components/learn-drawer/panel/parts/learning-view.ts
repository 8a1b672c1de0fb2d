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

export type Learning =
  | { kind: 'lesson'; id: string }
  | { kind: 'review' }
  /** Ask an expert (`<learn-ask>`): the form, one question's thread, or "My questions" (`list`). */
  | { kind: 'ask'; topic?: string | undefined; text?: string | undefined; question?: string | undefined; list?: boolean };

/** Loads the element a learning view needs; resolves once it is defined. */
export function loadLearning(kind: Learning['kind']): Promise<unknown> {
  return kind === 'lesson' ? import('../../../learn-lesson/define.js') : kind === 'ask' ? import('../../../learn-ask/define.js') : import('../review/define.js');
}

/** The pointer or focus is on an ask entry: load the ask element ahead of the click. */
export const preloadAsk = (): void => void loadLearning('ask').catch(() => undefined);

export function renderLearningView(learning: Learning, strings: Strings, locale: string | undefined, theme: string, onBack: () => void): TemplateResult {
  return html`<div class="article-bar">
      <button type="button" class="button-quiet" part="back-button" @click=${onBack}>${icons.back}${strings.back}</button>
    </div>
    ${learning.kind === 'lesson'
      ? html`<learn-lesson lesson=${learning.id} size="full" locale=${ifDefined(locale)}></learn-lesson>`
      : learning.kind === 'ask'
        ? html`<learn-ask size="full" theme=${theme} locale=${ifDefined(locale)} .target=${learning}></learn-ask>`
        : html`<learn-drawer-review locale=${ifDefined(locale)}></learn-drawer-review>`}`;
}
