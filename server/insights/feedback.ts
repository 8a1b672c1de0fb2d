/** Feedback over time: per UTC day, the count, the helpful share of thumbs, the average stars and the NPS. */
import { sql } from 'kysely';
import type { FeedbackInsights } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function feedbackInsights(db: DbReader, f: InsightsFilter): Promise<FeedbackInsights> {
  let q = db
    .selectFrom('feedback')
    .select([
      sql<string>`substr(given_at, 1, 10)`.as('day'),
      sql<number>`count(*)`.as('count'),
      sql<number>`sum(kind = 'thumbs')`.as('thumbs'),
      sql<number>`sum(kind = 'thumbs' and value = 1)`.as('helpful'),
      sql<number | null>`avg(case when kind = 'stars' then value end)`.as('stars'),
      sql<number>`sum(kind = 'nps')`.as('nps'),
      sql<number>`sum(kind = 'nps' and value >= 9)`.as('promoters'),
      sql<number>`sum(kind = 'nps' and value <= 6)`.as('detractors'),
    ])
    .where('given_at', '>=', f.start)
    .where('given_at', '<', f.end);
  if (f.screen) q = q.where('screen', '=', f.screen);
  const rows = await q.groupBy(sql`substr(given_at, 1, 10)`).orderBy('day').execute();
  return {
    range: f.range,
    days: rows.map((r) => {
      const thumbs = Number(r.thumbs);
      const nps = Number(r.nps);
      return {
        day: r.day,
        count: Number(r.count),
        helpfulShare: thumbs > 0 ? round(Number(r.helpful) / thumbs, 4) : null,
        averageStars: r.stars === null ? null : round(Number(r.stars), 2),
        nps: nps > 0 ? round(((Number(r.promoters) - Number(r.detractors)) / nps) * 100, 1) : null,
      };
    }),
  };
}

export function feedbackCsv(body: FeedbackInsights): { header: string[]; rows: Cell[][] } {
  return { header: ['day', 'count', 'helpful_share', 'average_stars', 'nps'], rows: body.days.map((d) => [d.day, d.count, d.helpfulShare, d.averageStars, d.nps]) };
}
