/**
 * Search analytics (issue 5), the runtime chunk's side — kept to a few lines, because the drawer's
 * bytes are budgeted: remember the latest search and set one timer. A search settles when no other
 * came for `SETTLE.ms`, or when an article is opened; only then is `search-analytics/collect.ts`
 * loaded, which holds every rule (normalising, the opened article, batching, the outbox write,
 * flushing at pagehide). Keystrokes never leave this file: each search replaces the last.
 */
import type { LearningFront } from './learning/front.js';
import type { SearchAnalytics } from './search-analytics/collect.js';

/**
 * `ms`: how long a query stands, with no further search, before it counts; `loadMs`: how long after
 * that the collector's chunk is fetched — analytics never compete with the article the person just
 * opened (a page closed within those seconds loses that one search). Tests shorten both.
 */
export const SETTLE = { ms: 1500, loadMs: 5000 };

/** A search not settled yet: the query as given, its result count, when (ms). */
export type PendingSearch = [query: string, results: number, at: number];

export class SearchReporter {
  pending: PendingSearch | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #collect: Promise<SearchAnalytics> | undefined;

  /** `front`: the current session's (its outbox sends the events); `screen`: the context's screen now. */
  constructor(
    readonly front: () => LearningFront,
    readonly screen: () => string | undefined,
  ) {}

  /** `learn.search(query)` answered with `results` hits. */
  searched(query: string, results: number): void {
    clearTimeout(this.#timer);
    this.pending = [query, results, Date.now()];
    this.#timer = setTimeout(() => this.settle(), SETTLE.ms);
  }

  /** An article was shown (`learn.markViewed`): it settles the pending search, or a held one. */
  opened(id: string): void {
    if (this.pending || this.#collect) this.settle(id);
  }

  /** Hands the pending search (if any) and the article opened to the collector, loaded once. */
  settle(opened?: string): void {
    const pending = this.pending;
    this.pending = undefined;
    setTimeout(() => (this.#collect ??= import('./search-analytics/collect.js').then((m) => new m.SearchAnalytics(this))).then((c) => c.take(pending, opened), () => {}), SETTLE.loadMs);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    void this.#collect?.then((c) => c.dispose(), () => {});
  }
}
