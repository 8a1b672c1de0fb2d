/**
 * One live stream per user and browser, not per tab. Chromium allows six HTTP/1.1 connections per
 * origin: a stream held open by every tab starves the page's own requests (a few CRM and inbox
 * tabs, and The Hub's fetches time out and it shows "offline"). So the tabs of one user elect one,
 * with Web Locks (the outbox's TabCoordinator), to hold the stream; it relays every validated event
 * to the others over BroadcastChannel, with its id. When that tab closes (or stops: logout, another
 * user), the browser releases its lock and the next tab in line opens the stream, resuming after the
 * last event it was relayed — or the id the leader stored for the user — so nothing is lost.
 *
 * Relayed events are validated again: BroadcastChannel is same-origin, but the host page's other
 * scripts share the origin. Without Web Locks every tab holds its own stream (and ignores relays).
 */
import { AskEvent } from '../../src/protocol/index.js';
import { TabCoordinator } from '../outbox/tabs.js';
import { LiveClient, type LiveDeps } from './live.js';

interface Relay {
  type: 'event';
  id: string;
  event: unknown;
}

const isRelay = (data: unknown): data is Relay => {
  const d = data as Partial<Relay> | null;
  return d?.type === 'event' && typeof d.id === 'string';
};

export class SharedLive {
  readonly client: LiveClient;
  readonly #name: string;
  readonly #deps: LiveDeps;
  #tabs: TabCoordinator<Relay> | null = null;
  /** Aborts this tab's place in the queue for the stream, or its hold on it. */
  #queued: AbortController | null = null;

  /** `name`: the user's database name (one stream per tenant and user). */
  constructor(name: string, deps: LiveDeps) {
    this.#name = `learnflow-live:${name}`;
    this.#deps = deps;
    this.client = new LiveClient({
      ...deps,
      event: (event, id) => {
        deps.event(event, id);
        this.#tabs?.tell({ type: 'event', id, event });
      },
    });
  }

  /** Whether this tab holds the stream now. */
  get leading(): boolean {
    return this.client.running;
  }

  /** Listen to the tab that holds the stream, and queue to hold it (at once when nobody does). */
  start(): void {
    this.#tabs ??= new TabCoordinator(this.#name, isRelay, this.#relayed);
    if (this.#queued && !this.#queued.signal.aborted) return;
    const queued = (this.#queued = new AbortController());
    void this.#tabs
      .lead(() => (queued.signal.aborted ? Promise.resolve() : this.client.start()), queued.signal)
      // The run ended by itself (401/403, the session's end): out of the queue; `start()` queues again.
      .finally(() => {
        if (this.#queued === queued) this.#queued = null;
      });
  }

  /** Close the stream (the next tab takes over) or leave the queue, and stop listening. */
  stop(): void {
    this.#queued?.abort();
    this.#queued = null;
    this.client.stop();
    this.#tabs?.close();
    this.#tabs = null;
  }

  readonly #relayed = ({ id, event }: Relay): void => {
    if (this.leading || !this.#deps.live()) return;
    const parsed = AskEvent.safeParse(event);
    if (!parsed.success) return;
    // Where to resume should this tab take over.
    this.client.lastEventId = id;
    try {
      this.#deps.event(parsed.data, id);
    } catch (error) {
      console.error('learnflow: handling a live event failed', error);
    }
  };
}
