/**
 * The changes to a question, each run inside the request's transaction: the row change, the
 * message, the event (ask/event-log.ts) and the webhook notice are committed together or not at
 * all. Status transitions (Question.status):
 *
 *   open ──claim / first expert reply──▶ claimed / answered
 *   claimed ──expert reply──▶ answered          (a reply by the unassigned claims implicitly)
 *   answered ──asker follow-up──▶ claimed       (waiting for the same expert again; counts as load)
 *   solved ──asker follow-up──▶ claimed (or open when nobody ever claimed it): reopened
 *   any but closed ──asker solves──▶ solved
 *   any ──expert closes──▶ closed               (final: messages, claims and solve get 409)
 *
 * Internal notes change nothing but the thread, and only experts see them. Repeating a change
 * that already happened (claim by the holder, close a closed question, solve a solved one, read
 * with nothing unread) answers the question as it is and records no event.
 */
import type { AskRequest, MessageRequest, Question } from '../../src/protocol/index.js';
import type { AuthUser } from '../auth/token.js';
import type { DbReader } from '../db/database.js';
import type { QuestionRow } from '../db/schema.js';
import { ApiProblem } from '../http/errors.js';
import type { ResolvedWebhook } from './config.js';
import type { Directory } from './directory.js';
import { appendEvent } from './event-log.js';
import { routeQuestion } from './routing.js';
import { findQuestion, nextMessagePosition, type StoredQuestion } from './store.js';
import type { Viewer } from './views.js';
import { queueNotice } from './webhooks.js';

export interface ActionEnv {
  directory: Directory;
  webhook?: ResolvedWebhook;
  now: Date;
}

export interface ActionResult {
  /** False when nothing changed (a repeat). */
  changed: boolean;
  question: Question;
}

function conflict(message: string): ApiProblem {
  return new ApiProblem(409, 'conflict', message);
}

async function reload(trx: DbReader, id: string): Promise<Question> {
  const stored = await findQuestion(trx, id);
  if (!stored) throw new Error(`question ${id} vanished inside its own transaction`);
  return stored.question;
}

type RowChanges = Partial<Omit<QuestionRow, 'id'>>;

async function update(trx: DbReader, id: string, changes: RowChanges, now: Date): Promise<void> {
  await trx.updateTable('questions').set({ ...changes, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function createQuestion(trx: DbReader, env: ActionEnv, user: AuthUser, input: AskRequest, html: string): Promise<ActionResult> {
  const id = input.id.toLowerCase();
  const existing = await findQuestion(trx, id);
  if (existing) {
    // The same question sent again under a new Idempotency-Key (an outbox that lost its key): stored once.
    if (existing.row.asker_id === user.sub) return { changed: false, question: existing.question };
    throw conflict(`question id ${id} is already taken; use a fresh UUID`);
  }
  const topic = env.directory.topic(input.topic);
  if (!topic) throw new ApiProblem(422, 'validation_failed', `unknown topic "${input.topic}"`, [{ path: 'topic', message: 'no such topic (GET /v1/topics lists them)' }]);
  const routed = await routeQuestion(trx, env.directory.expertsOf(topic.id), input.locale, env.now);
  const now = env.now.toISOString();
  await trx
    .insertInto('questions')
    .values({
      id,
      asker_id: user.sub,
      asker_name: user.name,
      topic: topic.id,
      text: input.text,
      html,
      context: JSON.stringify(input.context),
      locale: input.locale ?? null,
      status: 'open',
      assignee_id: null,
      assignee_name: null,
      routed_id: routed?.id ?? null,
      routed_name: routed?.name ?? null,
      article_id: null,
      created_at: now,
      updated_at: now,
      first_reply_at: null,
    })
    .execute();
  const question = await reload(trx, id);
  await appendEvent(trx, question, 'asked', 'all', env.now);
  await queueNotice(trx, env.webhook, id, { kind: 'asked', topicName: topic.name, askerName: user.name, text: input.text, expertName: routed?.name, screen: input.context.screen }, env.now);
  return { changed: true, question };
}

export async function addMessage(trx: DbReader, env: ActionEnv, user: AuthUser, stored: StoredQuestion, viewer: Viewer, input: MessageRequest, html: string): Promise<ActionResult> {
  const { row } = stored;
  const id = input.id.toLowerCase();
  const existing = await trx.selectFrom('question_messages').select(['question_id', 'author_id']).where('id', '=', id).executeTakeFirst();
  if (existing) {
    if (existing.question_id === row.id && existing.author_id === user.sub) return { changed: false, question: stored.question };
    throw conflict(`message id ${id} is already taken; use a fresh UUID`);
  }
  if (row.status === 'closed') throw conflict('this question is closed: no more messages (ask a new question)');
  const internal = viewer === 'expert' && input.internal === true;
  let changes: RowChanges = {};
  if (viewer === 'asker') {
    // The asker has more to say: back to waiting for an expert (reopens a solved question).
    if (row.status === 'answered' || row.status === 'solved') changes = { status: row.assignee_id ? 'claimed' : 'open' };
  } else if (!internal) {
    if (row.assignee_id !== null && row.assignee_id !== user.sub) throw conflict(`${row.assignee_name ?? row.assignee_id} is answering this question; add an internal note instead, or ask them to hand it over`);
    changes = { status: 'answered', assignee_id: user.sub, assignee_name: user.name, first_reply_at: row.first_reply_at ?? env.now.toISOString(), unread: row.unread + 1 };
    // A reply to a question the asker already solved leaves it solved.
    if (row.status === 'solved') changes.status = 'solved';
  }
  await trx
    .insertInto('question_messages')
    .values({ id, question_id: row.id, position: await nextMessagePosition(trx, row.id), author_id: user.sub, author_name: user.name, role: viewer, body: input.body, html, internal: internal ? 1 : 0, created_at: env.now.toISOString() })
    .execute();
  await update(trx, row.id, changes, env.now);
  const question = await reload(trx, row.id);
  await appendEvent(trx, question, 'message', internal ? 'experts' : 'all', env.now);
  return { changed: true, question };
}

export async function claimQuestion(trx: DbReader, env: ActionEnv, user: AuthUser, stored: StoredQuestion): Promise<ActionResult> {
  const { row } = stored;
  if (row.status === 'closed' || row.status === 'solved') throw conflict(`this question is already ${row.status}`);
  if (row.assignee_id === user.sub) return { changed: false, question: stored.question };
  if (row.assignee_id !== null) throw conflict(`${row.assignee_name ?? row.assignee_id} already claimed this question`);
  await update(trx, row.id, { assignee_id: user.sub, assignee_name: user.name, status: row.status === 'open' ? 'claimed' : row.status }, env.now);
  const question = await reload(trx, row.id);
  await appendEvent(trx, question, 'status', 'all', env.now);
  return { changed: true, question };
}

export async function closeQuestion(trx: DbReader, env: ActionEnv, stored: StoredQuestion): Promise<ActionResult> {
  if (stored.row.status === 'closed') return { changed: false, question: stored.question };
  await update(trx, stored.row.id, { status: 'closed' }, env.now);
  const question = await reload(trx, stored.row.id);
  await appendEvent(trx, question, 'status', 'all', env.now);
  return { changed: true, question };
}

export async function solveQuestion(trx: DbReader, env: ActionEnv, stored: StoredQuestion): Promise<ActionResult> {
  const { row } = stored;
  if (row.status === 'closed') throw conflict('an expert closed this question; it cannot be marked solved');
  if (row.status === 'solved') return { changed: false, question: stored.question };
  await update(trx, row.id, { status: 'solved' }, env.now);
  const question = await reload(trx, row.id);
  await appendEvent(trx, question, 'status', 'all', env.now);
  return { changed: true, question };
}

export async function markRead(trx: DbReader, env: ActionEnv, stored: StoredQuestion): Promise<ActionResult> {
  if (stored.row.unread === 0) return { changed: false, question: stored.question };
  // Not `updated_at`: reading changes nothing an expert cares about.
  await trx.updateTable('questions').set({ unread: 0 }).where('id', '=', stored.row.id).execute();
  const question = await reload(trx, stored.row.id);
  // The asker's other tabs clear their badge; experts are not told.
  await appendEvent(trx, question, 'status', 'asker', env.now);
  return { changed: true, question };
}
