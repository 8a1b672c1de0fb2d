/**
 * The lesson funnel from stored progress (one row per person and lesson, merged across devices):
 * started in the range, of them completed, of them passed. Progress has no screen, so `?screen=`
 * does not narrow this one.
 */
import { sql } from 'kysely';
import type { LessonFunnel, LessonInsights } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

export async function lessonInsights(db: DbReader, f: InsightsFilter): Promise<LessonInsights> {
  const started = sql<string>`json_extract(data, '$.startedAt')`;
  const rows = await db
    .selectFrom('progress')
    .select([
      'lesson_id',
      sql<number>`count(*)`.as('started'),
      sql<number>`sum(json_extract(data, '$.status') = 'completed')`.as('completed'),
      sql<number>`sum(json_extract(data, '$.status') = 'completed' and json_extract(data, '$.passed') = 1)`.as('passed'),
    ])
    // startedAt is an ISO time with any offset: compare it as UTC.
    .where(sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${started})`, '>=', f.start)
    .where(sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${started})`, '<', f.end)
    .groupBy('lesson_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('lesson_id')
    .execute();
  const titles = new Map<string, string>();
  const ids = rows.map((r) => r.lesson_id);
  if (ids.length) {
    for (const l of await db.selectFrom('lessons').select(['id', sql<string>`json_extract(data, '$.title')`.as('title')]).where('id', 'in', ids).execute()) titles.set(l.id, l.title);
  }
  const items = rows.map((r): LessonFunnel => {
    const item: LessonFunnel = { lesson: r.lesson_id, started: Number(r.started), completed: Number(r.completed), passed: Number(r.passed) };
    const title = titles.get(r.lesson_id);
    if (typeof title === 'string') item.title = title;
    return item;
  });
  return { range: f.range, items };
}

export function lessonCsv(body: LessonInsights): { header: string[]; rows: Cell[][] } {
  return { header: ['lesson', 'title', 'started', 'completed', 'passed'], rows: body.items.map((i) => [i.lesson, i.title, i.started, i.completed, i.passed]) };
}
