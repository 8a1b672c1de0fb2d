/**
 * The runtime chunk's side of lessons, review and the outbox — kept tiny, because the drawer's
 * open+search+article bytes are counted against a budget and the learning code is not needed for
 * that. Everything heavy (the outbox, lesson cache, progress, xAPI, the review scheduler) is in
 * `engine.ts`, loaded with a dynamic import on the first call that needs it; at idle when the
 * outbox has writes waiting (they must go out even if nobody opens a lesson).
 *
 * The review schedule of other devices, for a signed-in user whose backend keeps their data, is read
 * here at idle without the engine (`#syncReview`): with nothing left in the outbox, every change
 * this device made has been merged by the server, so the server's copy IS the merged schedule and
 * its due times are the badge's. The engine (7–9 KB gzip) still merges the two copies card by card
 * when it loads — at the first lesson or review, or at idle when the outbox has rows (then the
 * server's copy lacks our queued changes, and only a real merge is right).
 *
 * What must be answered synchronously without the engine is here: `review.dueCount`/`paused` from
 * a small persisted summary (the launcher shows a badge; it comes due as time passes, so a timer
 * announces the next card), and the outbox's counts once the engine has them.
 */
import * as z from 'zod/mini';
import type { LessonMeta, ReviewState, WorkContext } from '../../src/protocol/index.js';
import type { StoreDeps } from '../store-deps.js';
import type { LearnEventType, LearnUser, SyncState, XapiOptions } from '../types.js';
import type { LearningEngine } from './engine.js';

/** The review summary the engine writes with every schedule change: due times of open cards, sorted. */
export const ReviewSummary = z.object({ v: z.literal(1), due: z.array(z.number()), paused: z.boolean() });
export type ReviewSummary = z.infer<typeof ReviewSummary>;
export const SUMMARY_KEY = 'summary';

/** The summary of a schedule (written by the engine with every change, and here from the server's copy). */
export function summarize(state: ReviewState): ReviewSummary {
  return {
    v: 1,
    due: state.cards.filter((c) => !c.retired).map((c) => Date.parse(c.dueAt)).sort((a, b) => a - b),
    // isPaused() of src/lesson/review.ts, inlined: importing it here would move that module into this chunk.
    paused: typeof state.pausedSince === 'string',
  };
}

/**
 * What `summarize` reads of the server's schedule, checked by hand: the ReviewState schema would
 * bring its zod (≈ 180 B gzip) into this chunk. A schedule failing this keeps the stored summary,
 * as an invalid one did; the engine still validates all of it when it merges.
 */
function summarizable(state: unknown): state is ReviewState {
  const { cards, pausedSince } = (state ?? {}) as { cards?: unknown; pausedSince?: unknown };
  return (
    Array.isArray(cards) &&
    cards.every((c: { dueAt?: unknown; retired?: unknown } | null) => typeof c?.dueAt === 'string' && !Number.isNaN(Date.parse(c.dueAt)) && (c.retired === undefined || typeof c.retired === 'boolean')) &&
    (pausedSince == null || typeof pausedSince === 'string')
  );
}

export interface FrontDeps extends StoreDeps {
  /** IndexedDB namespace: with the user id it names the database (and the outbox's sending lock). */
  readonly tenant: string;
  user(): LearnUser | null;
  context(): WorkContext;
  /** Lessons of the cached catalog (empty until it has loaded). */
  catalogLessons(): LessonMeta[];
  listening(type: LearnEventType): boolean;
  readonly xapi: XapiOptions | undefined;
}

/** setTimeout's limit is 2^31-1 ms; a card due in a month is announced by a later timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class LearningFront {
  sync: SyncState = { pending: 0, failed: 0 };
  #review: ReviewSummary = { v: 1, due: [], paused: false };
  #engine: Promise<LearningEngine> | undefined;
  #loaded: LearningEngine | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly deps: FrontDeps) {
    void deps.records.then(async (records) => {
      const summary = await records.read('review', SUMMARY_KEY, ReviewSummary);
      if (summary && !this.#engine) this.setReview(summary);
      if ((await records.keys('outbox')).length > 0) deps.idle(() => void this.engine().catch(() => {}));
      else if (deps.user() && deps.backend.userData) deps.idle(() => void this.#syncReview());
    });
  }

  /**
   * The server's review schedule → the summary (see the module comment for why no merge is needed
   * with an empty outbox). Best effort: a failure leaves the stored summary, and the engine reports
   * errors when it merges. Should another tab queue a change meanwhile, its engine writes the summary
   * again after; the worst case is a badge one change behind until the next use.
   */
  async #syncReview(): Promise<void> {
    const { backend, connectivity } = this.deps;
    if (this.#engine || connectivity.state === 'offline') return;
    try {
      const state: unknown = await backend.userData!('/v1/review', { signal: this.deps.signal() });
      if (!summarizable(state) || this.#engine || !this.deps.live()) return;
      const summary = summarize(state);
      const records = await this.deps.records;
      if (this.#engine || (await records.keys('outbox')).length > 0) return;
      await records.write('review', SUMMARY_KEY, summary);
      this.setReview(summary);
    } catch {
      // Offline, 401, 5xx: the badge keeps the stored summary.
    }
  }

  /** The engine, loaded once per session (rejects only if the chunk cannot load). */
  engine(): Promise<LearningEngine> {
    this.#engine ??= import('./engine.js')
      .then((m) => m.startLearning(this))
      .then((engine) => {
        if (!this.deps.live()) {
          engine.dispose();
          throw new DOMException('The Learnflow session ended', 'AbortError');
        }
        return (this.#loaded = engine);
      });
    return this.#engine;
  }

  /** The engine when it has loaded, else undefined (for the synchronous `record`). */
  get loaded(): LearningEngine | undefined {
    return this.#loaded;
  }

  get paused(): boolean {
    return this.#review.paused;
  }

  dueCount(now = Date.now()): number {
    if (this.#review.paused) return 0;
    let n = 0;
    while (n < this.#review.due.length && this.#review.due[n]! <= now) n++;
    return n;
  }

  /** The engine changed the schedule (or the summary was read): announce it, time the next card. */
  setReview(summary: ReviewSummary): void {
    this.#review = summary;
    clearTimeout(this.#timer);
    const next = summary.paused ? undefined : summary.due[this.dueCount()];
    if (next !== undefined) this.#timer = setTimeout(() => this.deps.live() && this.setReview(this.#review), Math.min(next - Date.now() + 50, MAX_TIMER_MS));
    this.deps.emit('review-change', { due: this.dueCount(), paused: summary.paused });
  }

  setSync(state: SyncState): void {
    if (state.pending === this.sync.pending && state.failed === this.sync.failed) return;
    this.sync = state;
    this.deps.emit('sync-change', state);
  }

  /** Before logout clears the database: the engine (if loaded) writes nothing more. */
  async stop(): Promise<void> {
    const engine = await this.#engine?.catch(() => undefined);
    await engine?.stop();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#loaded?.dispose();
    void this.#engine?.then((engine) => engine.dispose(), () => {});
  }
}
