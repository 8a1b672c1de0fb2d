/**
 * Searches: the most frequent queries and those that found nothing. One pass over the
 * search_events time index: the per-query groups are built once (a CTE used three times is
 * materialised by SQLite) and the totals, the top list and the no-result list are read from them.
 */
import { sql } from 'kysely';
import type { QueryCount, SearchInsights } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

export const TOP_QUERIES = 50;

interface Row {
  list: 'total' | 'top' | 'none';
  query: string | null;
  count: number;
  opened: number;
  lastAt: string | null;
}

export async function searchInsights(db: DbReader, f: InsightsFilter): Promise<SearchInsights> {
  const screen = f.screen ? sql`and screen = ${f.screen}` : sql``;
  const { rows } = await sql<Row>`
    with g as materialized (
      select query, count(*) as n, sum(results = 0) as none, count(opened) as opened, max(at) as last_at,
             max(case when results = 0 then at end) as none_last_at
      from search_events
      where at >= ${f.start} and at < ${f.end} ${screen}
      group by query
    )
    select 'total' as list, null as query, coalesce(sum(n), 0) as count, coalesce(sum(none), 0) as opened, null as lastAt from g
    union all
    select * from (select 'top', query, n, opened, last_at from g order by n desc, query limit ${TOP_QUERIES})
    union all
    select * from (select 'none', query, none, 0, none_last_at from g where none > 0 order by none desc, query limit ${TOP_QUERIES})
  `.execute(db);
  const list = (name: Row['list']): QueryCount[] =>
    rows
      .filter((r) => r.list === name && r.query !== null && r.lastAt !== null)
      .map((r) => ({ query: r.query ?? '', count: Number(r.count), opened: Number(r.opened), lastAt: r.lastAt ?? '' }))
      // A union's row order is not guaranteed: sort as the SQL did (count, then query in binary order).
      .sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
  const totals = rows.find((r) => r.list === 'total');
  // The totals row carries the no-result total in its `opened` column (one row shape for the union).
  return { range: f.range, total: Number(totals?.count ?? 0), noResultTotal: Number(totals?.opened ?? 0), noResults: list('none'), top: list('top') };
}

export function searchCsv(body: SearchInsights): { header: string[]; rows: Cell[][] } {
  const rows = [...body.noResults.map((r) => ['no-results', r.query, r.count, r.opened, r.lastAt]), ...body.top.map((r) => ['top', r.query, r.count, r.opened, r.lastAt])];
  return { header: ['list', 'query', 'count', 'opened', 'last_at'], rows };
}
