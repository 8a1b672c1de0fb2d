/**
 * One sending tab per user database, and a way to wake the others. Web Locks elect the sender:
 * whoever holds the lock drains the outbox, a tab that finds it taken leaves the work to the
 * holder and tells it (BroadcastChannel) that there is more. Without Web Locks every tab sends —
 * the server de-duplicates by idempotency key, so that costs requests, never duplicates.
 */
export type TabMessage = { type: 'changed' } | { type: 'flush' };

export class TabCoordinator {
  readonly #name: string;
  readonly #channel: BroadcastChannel | null;

  constructor(name: string, onMessage: (message: TabMessage) => void) {
    this.#name = `learnflow-outbox:${name}`;
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(this.#name) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
      if (event.data && (event.data.type === 'changed' || event.data.type === 'flush')) onMessage(event.data);
    });
  }

  /**
   * Run `work` as the sending tab. Resolves false, without running it, when another tab holds the
   * lock (it is sending; `tell` it what changed).
   */
  async asSender(work: () => Promise<void>): Promise<boolean> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) {
      await work();
      return true;
    }
    return locks.request(this.#name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await work();
      return true;
    });
  }

  /** Tell the other tabs of this user (never this one). */
  tell(message: TabMessage): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the page is going away): the other tabs will find the rows on their own.
    }
  }

  close(): void {
    this.#channel?.close();
  }
}
