/**
 * Provides the runtime to elements through `@lit/context`, on a plain element (the document root
 * by default), and can be taken down again: `@lit/context`'s ContextProvider has no detach, and
 * a destroyed runtime must hand its consumers over to the next one.
 */
import { ContextEvent, ContextProvider } from '@lit/context';
import { ensureContextRoot, learnContext } from './context.js';
import type { Learn } from './types.js';

const LIVE_SLOT = Symbol.for('learnflow.live-providers.v1');
type LiveSlot = { [LIVE_SLOT]?: Set<Element> };

export class RuntimeProvider extends ContextProvider<typeof learnContext> {
  readonly #element: HTMLElement;

  constructor(element: HTMLElement, learn: Learn) {
    ensureContextRoot();
    const live = ((globalThis as LiveSlot)[LIVE_SLOT] ??= new Set());
    if (live.has(element)) {
      console.warn('learnflow: another Learnflow runtime is already provided on this element; destroy() it before creating a new one. Elements will follow the newest.');
    }
    super(element, { context: learnContext, initialValue: learn });
    this.#element = element;
    live.add(element);
    // Announce the provider: the ContextRoot replays requests from elements that connected early.
    this.hostConnected();
  }

  /**
   * Stop answering, tell current consumers the runtime is gone (`undefined`), and re-issue their
   * requests so the ContextRoot holds them until the next runtime is provided.
   */
  detach(): void {
    this.#element.removeEventListener('context-request', this.onContextRequest);
    this.#element.removeEventListener('context-provider', this.onProviderRequest);
    (globalThis as LiveSlot)[LIVE_SLOT]?.delete(this.#element);
    const consumers = [...this.subscriptions].map(([callback, { consumerHost }]) => ({ callback, consumerHost }));
    // The context type says Learn; consumers are typed `Learn | undefined` and show "no runtime".
    this.setValue(undefined as unknown as Learn);
    this.clearCallbacks();
    for (const { callback, consumerHost } of consumers) {
      if (consumerHost.isConnected) consumerHost.dispatchEvent(new ContextEvent(learnContext, consumerHost, callback, true));
    }
  }
}
