/**
 * The event log behind GET /v1/events: one row per change, written in the SAME transaction as the
 * change, so an event exists exactly when its change does. The row holds the full question
 * (ask/views.ts cuts it per receiver when it is sent); its autoincrement `seq` is the SSE id a
 * client resumes from. The in-process hub (ask/hub.ts) reads new rows after the commit.
 */
import type { Question } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { AskAudience, AskEventKind } from '../db/schema.js';

export async function appendEvent(trx: DbReader, question: Question, kind: AskEventKind, audience: AskAudience, now: Date): Promise<void> {
  await trx
    .insertInto('ask_events')
    .values({ question_id: question.id, topic: question.topic, asker_id: question.asker.id, kind, audience, question: JSON.stringify(question), created_at: now.toISOString() })
    .execute();
}

/** Events are for live updates and short reconnects; after this long a client reloads its lists instead. */
export const EVENT_KEEP_MS = 7 * 86_400_000;

export async function pruneEvents(db: DbReader, now: Date): Promise<void> {
  await db.deleteFrom('ask_events').where('created_at', '<', new Date(now.getTime() - EVENT_KEEP_MS).toISOString()).execute();
}

/**
 * The newest event's seq (0 when none). Sent with the asker's list (`QuestionList.seq`): read
 * BEFORE the list, so a client that opens its first stream with it as Last-Event-ID gets every
 * change made after the list was read, and at worst one it already has.
 */
export async function latestEventSeq(db: DbReader): Promise<number> {
  const row = await db.selectFrom('ask_events').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0);
}
