/**
 * Search analytics (issue 5): what `SearchReporter` (sdk/search-report.ts) hands over once a search
 * settles, turned into `POST /v1/search-events` batches through the session's outbox. A chunk of
 * its own, loaded on the first settled search or opened article, never to open the drawer.
 *
 * What counts as one search:
 *  - Settled: no further search for `SETTLE.ms` (1.5 s), an article opened, or the page hidden /
 *    unloaded (visibilitychange hidden, pagehide). Typing "dis", "disc", "discount" is one search.
 *  - A settled search that nothing was opened from is replaced by the next settled search when that
 *    one extends it ("disc" then, after a pause, "discount") or repeats it: one event, the last.
 *  - The query is normalised as the server counts it (server/feedback/search-events.ts): control
 *    characters and runs of whitespace become one space, trimmed, lowercased (so "Discount" and
 *    "discount " extend one another, and what leaves the browser is what is counted), then cut to
 *    SEARCH_QUERY_MAX characters. An empty query is never reported.
 *  - `opened`: the first article shown (`learn.markViewed`) after a search with at least one result,
 *    before the next search and within `TIMING.holdMs` (2 min) of it. The runtime passes only the
 *    count, so "from the results" is inferred: the next article the person looks at.
 *
 * When it is sent: a settled search is held (not queued) until it is opened, the next search
 * settles, `holdMs` has passed since it was made, or the page is hidden — then it is ready. Ready
 * events go to the outbox as one batch (≤ SEARCH_EVENTS_MAX) when `BATCH_AT` are waiting, after
 * `TIMING.batchMs`, or at once when the page is hidden. Each outbox row has its idempotency key and
 * each event its UUID, so a retry, a reload or a second tab never counts a search twice; offline,
 * the row waits in IndexedDB like every other write (Retry-After on a 429 is the outbox's job).
 *
 * Privacy: an event holds the normalised query, the result count, the article opened, the screen
 * key and the time — no user id (the server knows the token's subject), no record, no URL, no
 * keystrokes. Nothing is reported for a user without a token (the server needs one). A held or
 * ready event is dropped, not sent, if its session ends first (sign-out, `destroy()`): these are
 * analytics, not the person's own writes.
 */
import { SEARCH_QUERY_MAX } from '../../src/protocol/api.js';
import { SEARCH_EVENTS_MAX } from '../../src/protocol/batch-limits.js';
import { ScreenKey } from '../../src/protocol/primitives.js';
// The type only: the events are built here from known values, and the schema module (with its
// helpers) would be 1.7 KB more fetched right after the first search (the server validates them).
import type { SearchEvent } from '../../src/protocol/insights.js';
import type { LearningFront } from '../learning/front.js';
import type { PendingSearch, SearchReporter } from '../search-report.js';

/** Timings (tests shorten them). */
export const TIMING = { holdMs: 120_000, batchMs: 5_000 };
/** Ready events that make a batch go at once. */
export const BATCH_AT = 10;
export const SEARCH_EVENTS_PATH = '/v1/search-events';

/** One search as the server counts it (see the header); '' for nothing to report. */
export function normaliseQuery(query: string): string {
  let q = String(query).replace(/[\s\p{Cc}]+/gu, ' ').trim().toLowerCase().slice(0, SEARCH_QUERY_MAX);
  // A cut through a surrogate pair leaves half a character.
  if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
  return q.trimEnd();
}

/** An event and the session it was made in (its outbox sends it). */
interface Entry {
  event: SearchEvent;
  front: LearningFront;
}

export class SearchAnalytics {
  #held: Entry | undefined;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;
  #ready: Entry[] = [];
  #batchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly reporter: SearchReporter) {
    addEventListener('pagehide', this.#hidden);
    document.addEventListener('visibilitychange', this.#hidden);
  }

  /** A settled search (if any) and the article just opened (if any). */
  take(pending: PendingSearch | undefined, opened?: string): void {
    if (pending) {
      const entry = this.#entry(pending);
      const held = this.#held;
      this.#held = undefined;
      clearTimeout(this.#holdTimer);
      // The held search can no longer be opened; one the new query extends (or repeats) is replaced.
      if (held && !(entry && held.front === entry.front && entry.event.query.startsWith(held.event.query))) this.#finish(held);
      if (entry) {
        this.#held = entry;
        this.#holdTimer = setTimeout(() => this.#release(), Math.max(0, Date.parse(entry.event.at) + TIMING.holdMs - Date.now()));
      }
    }
    const held = this.#held;
    if (opened && held && held.event.results > 0 && Date.now() - Date.parse(held.event.at) <= TIMING.holdMs) {
      held.event.opened = opened;
      this.#release();
    }
  }

  /** Held and ready events go to the outbox now (the page is going away, or the runtime is). */
  flush(): void {
    const pending = this.reporter.pending;
    this.reporter.pending = undefined;
    this.take(pending);
    this.#release();
    this.#write();
  }

  dispose(): void {
    this.flush();
    removeEventListener('pagehide', this.#hidden);
    document.removeEventListener('visibilitychange', this.#hidden);
  }

  #hidden = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.flush();
  };

  #entry([query, results, at]: PendingSearch): Entry | undefined {
    const front = this.reporter.front();
    const q = normaliseQuery(query);
    if (!q || !front.deps.user()?.token || !front.deps.live()) return undefined;
    const event: SearchEvent = { id: crypto.randomUUID(), query: q, results, at: new Date(at).toISOString() };
    // A screen key the server would refuse costs the screen, not the search.
    const screen = this.reporter.screen();
    if (ScreenKey.safeParse(screen).success) event.screen = screen;
    return { event, front };
  }

  /** The held search is final: ready to send. */
  #release(): void {
    clearTimeout(this.#holdTimer);
    const held = this.#held;
    this.#held = undefined;
    if (held) this.#finish(held);
  }

  #finish(entry: Entry): void {
    this.#ready.push(entry);
    if (this.#ready.length >= BATCH_AT) this.#write();
    else this.#batchTimer ??= setTimeout(() => this.#write(), TIMING.batchMs);
  }

  /** Ready events, per session, in batches of at most SEARCH_EVENTS_MAX: one outbox row each. */
  #write(): void {
    clearTimeout(this.#batchTimer);
    this.#batchTimer = undefined;
    const ready = this.#ready;
    this.#ready = [];
    for (const front of new Set(ready.map((e) => e.front))) {
      if (!front.deps.live()) continue;
      const events = ready.filter((e) => e.front === front).map((e) => e.event);
      for (let i = 0; i < events.length; i += SEARCH_EVENTS_MAX) {
        const body = { events: events.slice(i, i + SEARCH_EVENTS_MAX) };
        void front
          .outbox()
          .then((outbox) => outbox.add({ method: 'POST', path: SEARCH_EVENTS_PATH, body }))
          .catch(() => {});
      }
    }
  }
}
