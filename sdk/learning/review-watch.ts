/**
 * The review badge's bookkeeping, out of the runtime chunk: the summary the engine writes with
 * every schedule change (due times of open cards), the timer that announces the next card coming
 * due, and the idle work of a page that has not loaded the engine. `LearningFront` loads this
 * module at idle only when there is something to do — a stored review schedule (the badge must show
 * its count after a reload, also for a visitor whose progress stays local), or a user with a token
 * (their server keeps a schedule and the writes the outbox holds). A user without a token — nothing
 * of theirs on the server, nothing sendable — never fetches it until they start a lesson or review.
 *
 * The schedule of other devices is read here without the engine (`syncReview`): with nothing left
 * in the outbox, every change this device made has been merged by the server, so the server's copy
 * IS the merged schedule and its due times are the badge's. The engine (7–9 KB gzip) still merges
 * the two copies card by card when it loads — at the first lesson or review, or here when the
 * outbox has rows (then the server's copy lacks our queued changes, and only a real merge is right).
 */
import * as z from 'zod/mini';
import type { ReviewState } from '../../src/protocol/index.js';
import type { LearningFront } from './front.js';

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

/** setTimeout's limit is 2^31-1 ms; a card due in a month is announced by a later timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The schedule changed (or its summary was read): announce it, and time the next card. */
export function setReview(front: LearningFront, summary: ReviewSummary): void {
  front.review = summary;
  clearTimeout(front.timer);
  const next = summary.paused ? undefined : summary.due[front.dueCount()];
  if (next !== undefined) front.timer = setTimeout(() => front.deps.live() && setReview(front, front.review), Math.min(next - Date.now() + 50, MAX_TIMER_MS));
  front.deps.emit('review-change', { due: front.dueCount(), paused: summary.paused });
}

/** Sessions whose stored summary was read (the watch runs again when a token arrives). */
const summaryRead = new WeakSet<LearningFront>();

/**
 * The idle work of a session without the engine: the stored summary (the badge), then, for a user
 * with a token, the writes an earlier page left (they go out through the engine) or else the
 * server's schedule. Never rejects.
 */
export async function watch(front: LearningFront): Promise<void> {
  const { deps } = front;
  const records = await deps.records;
  if (!front.started && !summaryRead.has(front)) {
    summaryRead.add(front);
    const summary = await records.read('review', SUMMARY_KEY, ReviewSummary);
    if (summary && !front.started) setReview(front, summary);
  }
  if (!deps.user()?.token) return;
  // Ask an expert: an answer that came while the page was closed (the badge), and the live stream.
  void front.ask().then((e) => e.check()).catch(() => {});
  if (front.started) return;
  if ((await records.keys('outbox')).length > 0) void front.engine().catch(() => {});
  else if (deps.backend.userData) await syncReview(front);
}

/**
 * The server's review schedule → the summary (see the module comment for why no merge is needed
 * with an empty outbox). Best effort: a failure leaves the stored summary, and the engine reports
 * errors when it merges. Should another tab queue a change meanwhile, its engine writes the summary
 * again after; the worst case is a badge one change behind until the next use.
 */
async function syncReview(front: LearningFront): Promise<void> {
  const { backend, connectivity } = front.deps;
  if (connectivity.state === 'offline') return;
  try {
    const state: unknown = await backend.userData!('/v1/review', { signal: front.deps.signal() });
    if (!summarizable(state) || front.started || !front.deps.live()) return;
    const summary = summarize(state);
    const records = await front.deps.records;
    if (front.started || (await records.keys('outbox')).length > 0) return;
    await records.write('review', SUMMARY_KEY, summary);
    setReview(front, summary);
  } catch {
    // Offline, 401, 5xx: the badge keeps the stored summary.
  }
}
