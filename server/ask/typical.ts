/**
 * The typical answer time the asker sees before sending: per topic, the median minutes from
 * asking to the first expert reply (not an internal note), over questions asked in the last 90
 * days. Below 3 answered questions there is no figure — one fast answer is not "typical".
 * The median, not the mean: one question answered after a long weekend would drag a mean far
 * from what most askers experience.
 */
import type { DbReader } from '../db/database.js';

export const TYPICAL_WINDOW_DAYS = 90;
export const TYPICAL_MIN_ANSWERED = 3;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Topic id → whole minutes (at least 1), for topics with enough answered questions. */
export async function typicalMinutes(db: DbReader, now: Date): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - TYPICAL_WINDOW_DAYS * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('questions')
    .select(['topic', 'created_at', 'first_reply_at'])
    .where('first_reply_at', 'is not', null)
    .where('created_at', '>=', since)
    .execute();
  const byTopic = new Map<string, number[]>();
  for (const row of rows) {
    if (row.first_reply_at === null) continue;
    const minutes = (Date.parse(row.first_reply_at) - Date.parse(row.created_at)) / 60_000;
    if (!Number.isFinite(minutes) || minutes < 0) continue;
    byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), minutes]);
  }
  const typical = new Map<string, number>();
  for (const [topic, minutes] of byTopic) {
    if (minutes.length < TYPICAL_MIN_ANSWERED) continue;
    typical.set(topic, Math.max(1, Math.round(median(minutes.sort((a, b) => a - b)))));
  }
  return typical;
}
