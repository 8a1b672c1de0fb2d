/** Searches: the most frequent queries and those that found nothing, from the search_events index. */
import { sql } from 'kysely';
import type { QueryCount, SearchInsights } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

export const TOP_QUERIES = 50;

async function counted(db: DbReader, f: InsightsFilter, noResultsOnly: boolean): Promise<QueryCount[]> {
  let q = db
    .selectFrom('search_events')
    .select(['query', sql<number>`count(*)`.as('count'), sql<number>`count(opened)`.as('opened'), sql<string>`max(at)`.as('lastAt')])
    .where('at', '>=', f.start)
    .where('at', '<', f.end);
  if (noResultsOnly) q = q.where('results', '=', 0);
  if (f.screen) q = q.where('screen', '=', f.screen);
  const rows = await q.groupBy('query').orderBy(sql`count(*)`, 'desc').orderBy('query').limit(TOP_QUERIES).execute();
  return rows.map((r) => ({ query: r.query, count: Number(r.count), opened: Number(r.opened), lastAt: r.lastAt }));
}

export async function searchInsights(db: DbReader, f: InsightsFilter): Promise<SearchInsights> {
  let totals = db
    .selectFrom('search_events')
    .select([sql<number>`count(*)`.as('total'), sql<number>`coalesce(sum(results = 0), 0)`.as('none')])
    .where('at', '>=', f.start)
    .where('at', '<', f.end);
  if (f.screen) totals = totals.where('screen', '=', f.screen);
  const t = await totals.executeTakeFirstOrThrow();
  return { range: f.range, total: Number(t.total), noResultTotal: Number(t.none), noResults: await counted(db, f, true), top: await counted(db, f, false) };
}

export function searchCsv(body: SearchInsights): { header: string[]; rows: Cell[][] } {
  const rows = [...body.noResults.map((r) => ['no-results', r.query, r.count, r.opened, r.lastAt]), ...body.top.map((r) => ['top', r.query, r.count, r.opened, r.lastAt])];
  return { header: ['list', 'query', 'count', 'opened', 'last_at'], rows };
}
