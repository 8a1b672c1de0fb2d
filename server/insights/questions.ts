/**
 * Open questions (open or claimed: nobody has answered yet) by topic, bucketed by age against the
 * target answer time. Open questions are few at any time, so they are bucketed here, not in SQL.
 */
import { sql } from 'kysely';
import type { AgeBuckets, QuestionInsights, TopicQuestions } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

const MINUTE = 60_000;

export function ageBucket(ageMinutes: number, target: number): keyof AgeBuckets {
  if (ageMinutes > 2 * target) return 'veryLate';
  if (ageMinutes > target) return 'late';
  if (ageMinutes >= target / 2) return 'due';
  return 'fresh';
}

export async function questionInsights(db: DbReader, f: InsightsFilter, targetMinutes: number, now: Date): Promise<QuestionInsights> {
  let q = db
    .selectFrom('questions')
    .select(['topic', 'created_at'])
    .where('status', 'in', ['open', 'claimed'])
    // A snapshot of what waits now: only the end of the range bounds it. A lower bound would hide
    // the questions that have waited longest — the ones an owner most needs to see.
    .where('created_at', '<', f.end);
  if (f.screen) q = q.where(sql<string>`json_extract(context, '$.screen')`, '=', f.screen);
  const rows = await q.execute();
  const topics = new Map<string, TopicQuestions>();
  for (const row of rows) {
    const age = Math.max(0, Math.floor((now.getTime() - Date.parse(row.created_at)) / MINUTE));
    const topic = topics.get(row.topic) ?? { topic: row.topic, open: 0, ages: { fresh: 0, due: 0, late: 0, veryLate: 0 }, oldestMinutes: 0 };
    topic.open++;
    topic.ages[ageBucket(age, targetMinutes)]++;
    topic.oldestMinutes = Math.max(topic.oldestMinutes, age);
    topics.set(row.topic, topic);
  }
  // Most overdue first: the topic whose askers wait longest past the target.
  const list = [...topics.values()].sort((a, b) => b.ages.veryLate + b.ages.late - (a.ages.veryLate + a.ages.late) || b.oldestMinutes - a.oldestMinutes || a.topic.localeCompare(b.topic));
  return { range: f.range, targetMinutes, at: now.toISOString(), open: rows.length, topics: list };
}

export function questionCsv(body: QuestionInsights): { header: string[]; rows: Cell[][] } {
  return {
    header: ['topic', 'open', 'fresh', 'due', 'late', 'very_late', 'oldest_minutes', 'target_minutes'],
    rows: body.topics.map((t) => [t.topic, t.open, t.ages.fresh, t.ages.due, t.ages.late, t.ages.veryLate, t.oldestMinutes, body.targetMinutes]),
  };
}
