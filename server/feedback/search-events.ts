/** Search events as reported by the SDK: each stored once by its id, the query normalised for counting. */
import type { SearchEvent, SearchEventsResponse } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';

/** "  Credit   Hold " and "credit hold" are one query in the insights. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

export async function storeSearchEvents(db: DbReader, userId: string, events: readonly SearchEvent[], now: Date): Promise<SearchEventsResponse> {
  let stored = 0;
  let duplicates = 0;
  for (const event of events) {
    const result = await db
      .insertInto('search_events')
      .values({
        id: event.id.toLowerCase(),
        user_id: userId,
        query: normaliseQuery(event.query),
        results: event.results,
        opened: event.opened ?? null,
        screen: event.screen ?? null,
        at: new Date(event.at).toISOString(),
        stored_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows) === 1) stored++;
    else duplicates++;
  }
  return { stored, duplicates };
}
