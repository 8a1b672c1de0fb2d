/**
 * One tab does a job for every tab of the same user, and the tabs talk: Web Locks elect the tab,
 * BroadcastChannel carries messages between them. The outbox uses it to have one sending tab per
 * user database (`asSender`: a tab that finds the lock taken leaves the work to the holder and tells
 * it there is more); ask an expert's live stream to hold one event stream per user (`lead`: tabs
 * queue for the lock, the next takes over when the holder stops or closes, and the holder relays
 * what it receives). Without Web Locks every tab does the job itself — the outbox's server
 * de-duplicates by idempotency key, and each tab has its own stream, as before.
 */
export type TabMessage = { type: 'changed' } | { type: 'flush' };

/** The outbox's messages. */
export const isTabMessage = (data: unknown): data is TabMessage => {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'changed' || type === 'flush';
};

export class TabCoordinator<M = TabMessage> {
  readonly #name: string;
  readonly #channel: BroadcastChannel | null;

  /** `name` names both the lock and the channel; only messages `accept` recognises reach `onMessage`. */
  constructor(name: string, accept: (data: unknown) => data is M, onMessage: (message: M) => void) {
    this.#name = name;
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (accept(event.data)) onMessage(event.data);
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

  /**
   * Run `work` as the one tab doing it, holding the lock until `work` resolves: waits while another
   * tab holds it (the browser releases a closed tab's locks, so the next in line takes over).
   * Resolves once `work` has, or, without running it, when `signal` aborts the wait.
   */
  async lead(work: () => Promise<void>, signal: AbortSignal): Promise<void> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return work();
    try {
      await locks.request(this.#name, { signal }, work);
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }

  /** Tell the other tabs of this user (never this one). */
  tell(message: M): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the page is going away), or a message that cannot be cloned: the other
      // tabs find the outbox's rows on their own, and a live event again when they hold the stream.
    }
  }

  close(): void {
    this.#channel?.close();
  }
}
