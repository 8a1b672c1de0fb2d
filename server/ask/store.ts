/** Question reads and the row writes the ask actions (ask/actions.ts) are made of. */
import type { Question } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { MessageRow, QuestionRow } from '../db/schema.js';
import { toQuestion } from './rows.js';

async function messagesOf(db: DbReader, ids: readonly string[]): Promise<Map<string, MessageRow[]>> {
  const byQuestion = new Map<string, MessageRow[]>();
  if (ids.length === 0) return byQuestion;
  const rows = await db.selectFrom('question_messages').selectAll().where('question_id', 'in', ids).orderBy('question_id').orderBy('position').execute();
  for (const row of rows) {
    const list = byQuestion.get(row.question_id) ?? [];
    list.push(row);
    byQuestion.set(row.question_id, list);
  }
  return byQuestion;
}

async function withMessages(db: DbReader, rows: readonly QuestionRow[]): Promise<Question[]> {
  // SQLite's bound-parameter limit is far above any page we read; one query for all threads.
  const messages = await messagesOf(db, rows.map((r) => r.id));
  return rows.map((row) => toQuestion(row, messages.get(row.id) ?? []));
}

export interface StoredQuestion {
  row: QuestionRow;
  question: Question;
}

export async function findQuestion(db: DbReader, id: string): Promise<StoredQuestion | undefined> {
  const row = await db.selectFrom('questions').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
  if (!row) return undefined;
  const [question] = await withMessages(db, [row]);
  return question && { row, question };
}

/** Most an asker's list or an inbox page holds; older ones are still readable one by one. */
export const LIST_LIMIT = 200;

export async function listAskerQuestions(db: DbReader, askerId: string): Promise<Question[]> {
  const rows = await db.selectFrom('questions').selectAll().where('asker_id', '=', askerId).orderBy('created_at', 'desc').orderBy('id').limit(LIST_LIMIT).execute();
  return withMessages(db, rows);
}

export type InboxStatus = 'waiting' | 'mine' | 'answered' | 'done' | 'all';

export interface InboxQuery {
  /** Topics the expert answers or owns; the query never reaches outside them. */
  topics: readonly string[];
  topic?: string;
  status?: InboxStatus;
  /** Only questions asked before this. */
  askedBefore?: Date;
  expertId: string;
}

export async function listInbox(db: DbReader, query: InboxQuery): Promise<Question[]> {
  const topics = query.topic === undefined ? [...query.topics] : query.topics.filter((t) => t === query.topic);
  if (topics.length === 0) return [];
  let select = db.selectFrom('questions').selectAll().where('topic', 'in', topics);
  const status = query.status;
  if (status === 'waiting') select = select.where('status', 'in', ['open', 'claimed']);
  else if (status === 'mine') select = select.where('assignee_id', '=', query.expertId).where('status', 'not in', ['solved', 'closed']);
  else if (status === 'answered') select = select.where('status', '=', 'answered');
  else if (status === 'done') select = select.where('status', 'in', ['solved', 'closed']);
  else if (status !== 'all') select = select.where('status', 'not in', ['solved', 'closed']);
  if (query.askedBefore) select = select.where('created_at', '<', query.askedBefore.toISOString());
  // A queue is worked oldest first; finished questions are looked up newest first.
  const newestFirst = status === 'done' || status === 'all';
  const rows = await select.orderBy('created_at', newestFirst ? 'desc' : 'asc').orderBy('id').limit(LIST_LIMIT).execute();
  return withMessages(db, rows);
}

export async function nextMessagePosition(db: DbReader, questionId: string): Promise<number> {
  const row = await db.selectFrom('question_messages').select((eb) => eb.fn.max('position').as('max')).where('question_id', '=', questionId).executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}
