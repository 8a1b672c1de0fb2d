/**
 * A lesson, the daily review or asking an expert inside the drawer: a back button and the element
 * that does the work — `<learn-lesson size="full">`, `<learn-drawer-review>` or `<learn-ask
 * size="full">`. Only needed after a click (or `learn.open`), so this module is a chunk of its own
 * (controllers/learning.ts loads it, and preloads it on hover of an entry); each element is a chunk
 * too (`loadLearning`). Until the element is defined its tag renders as an empty box under a
 * loading skeleton.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
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

/** Once the view's element has rendered, focus goes to it (it puts it on its own heading) — if `wanted()` still. */
export async function focusWhenRendered(host: ReactiveControllerHost & { renderRoot: ParentNode }, wanted: () => boolean): Promise<void> {
  await host.updateComplete;
  const element = host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('learn-lesson, learn-drawer-review, learn-ask');
  await element?.updateComplete;
  if (wanted()) element?.focus();
}

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
