/**
 * Which expert a new question is routed to. Every expert of the topic SEES the question and may
 * claim it; routing only says whose it is first (`Question.routedTo`, the asker's "likely expert",
 * the webhook notice).
 *
 * Least-loaded rather than round-robin: questions differ wildly in effort (a yes/no on a discount
 * vs an afternoon untangling a duplicate account), so taking turns piles new questions on whoever
 * is stuck on a hard one, while the number of questions an expert has claimed and not yet answered
 * is exactly "how busy with questions are they right now". Order:
 *
 *   1. speaks the question's language (primary subtag: `sv-SE` matches `sv`) — an answer in the
 *      asker's language beats a slightly shorter queue;
 *   2. fewest claimed-but-unanswered questions (status `claimed`, any topic);
 *   3. fewest questions routed to them in the last 7 days — spreads the load when everyone's queue
 *      is empty, which is round-robin's one virtue;
 *   4. id, so the choice is deterministic (and testable).
 *
 * Working hours are free text (`Mon–Fri 08–17 CET`) and not used for routing.
 */
import type { Expert } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';

const WEEK_MS = 7 * 86_400_000;

function language(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? locale;
}

export interface RoutingStats {
  /** Expert id → questions claimed and not yet answered. */
  load: Map<string, number>;
  /** Expert id → questions routed to them in the last 7 days. */
  routed: Map<string, number>;
}

/** Two grouped queries for every expert at once (GET /v1/topics ranks every topic with one read). */
export async function routingStats(db: DbReader, now: Date): Promise<RoutingStats> {
  const loads = await db
    .selectFrom('questions')
    .select((eb) => ['assignee_id', eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'claimed')
    .where('assignee_id', 'is not', null)
    .groupBy('assignee_id')
    .execute();
  const recent = await db
    .selectFrom('questions')
    .select((eb) => ['routed_id', eb.fn.countAll<number>().as('n')])
    .where('routed_id', 'is not', null)
    .where('created_at', '>=', new Date(now.getTime() - WEEK_MS).toISOString())
    .groupBy('routed_id')
    .execute();
  return {
    load: new Map(loads.map((r) => [r.assignee_id ?? '', Number(r.n)])),
    routed: new Map(recent.map((r) => [r.routed_id ?? '', Number(r.n)])),
  };
}

export function pickExpert(experts: readonly Expert[], locale: string | undefined, stats: RoutingStats): Expert | undefined {
  const wanted = locale === undefined ? undefined : language(locale);
  const speaks = (e: Expert) => (wanted !== undefined && e.languages.some((l) => language(l) === wanted) ? 0 : 1);
  const ranked = [...experts].sort(
    (a, b) =>
      speaks(a) - speaks(b) ||
      (stats.load.get(a.id) ?? 0) - (stats.load.get(b.id) ?? 0) ||
      (stats.routed.get(a.id) ?? 0) - (stats.routed.get(b.id) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return ranked[0];
}

export async function routeQuestion(db: DbReader, experts: readonly Expert[], locale: string | undefined, now: Date): Promise<Expert | undefined> {
  if (experts.length <= 1) return experts[0];
  return pickExpert(experts, locale, await routingStats(db, now));
}
