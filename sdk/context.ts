/**
 * How elements find the runtime: `@lit/context` keyed by a global symbol, so two copies of
 * Learnflow on one page (micro-frontends) still talk to one runtime. Only light imports here
 * (createContext, ContextRoot, ContextRequestEvent and types): the vanilla launcher imports this
 * module and must stay within the first-load budget.
 */
import { createContext, ContextRoot } from '@lit/context';
import type { Learn } from './types.js';

/** Re-exported for the vanilla launcher, which requests the runtime without Lit's decorators. */
export { ContextEvent as ContextRequestEvent } from '@lit/context';

/** The runtime, provided on `document.documentElement` (or `LearnOptions.root`) by `createLearn`. */
export const learnContext = createContext<Learn>(Symbol.for('learnflow.runtime.v1'));

const ROOT_SLOT = Symbol.for('learnflow.context-root.v1');

type RootSlot = { [ROOT_SLOT]?: { root: ContextRoot; element: Element } };

/**
 * Attach ONE `ContextRoot` to `document.documentElement` (idempotent, shared by every copy of
 * Learnflow through a global symbol slot). A consumer that connects before any runtime exists
 * then gets its request replayed when the runtime's provider appears (lit's context README,
 * "Known issues"). Elements call it in `connectedCallback`, `createLearn` before providing.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const slot = globalThis as RootSlot;
  const element = document.documentElement;
  const existing = slot[ROOT_SLOT];
  // A document.open() or a swapped <html> leaves the old root on a detached element.
  if (existing && existing.element === element) return;
  const root = new ContextRoot();
  root.attach(element);
  slot[ROOT_SLOT] = { root, element };
}
