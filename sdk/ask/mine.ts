/**
 * The employee's own questions as this session knows them: the server's copies (from `mine()`,
 * `thread()`, actions and live events) with what is still in the outbox laid on top — questions
 * not on the server yet (`pending`), follow-ups not sent yet, read marks not sent yet — so nothing
 * the person did disappears while it waits, and the unread badge does not come back after
 * "mark read" only because the server has not heard of it yet. Keeps `front.unread` and `count`, and
 * emits `question-change`, `unread-change` and `questions-change`.
 */
import { AskRequest, MessageRequest, type Message, type Question } from '../../src/protocol/index.js';
import type { OutboxRow } from '../outbox/rows.js';
import type { AskedQuestion, LearnUser } from '../types.js';
import type { LearningFront } from '../learning/front.js';

const QUESTION = /^\/v1\/questions\/([^/]+)\/(messages|read)$/;

export const isDone = (q: Question): boolean => q.status === 'solved' || q.status === 'closed';

/** A question as it will be on the server once its queued POST arrives. */
export function localQuestion(request: AskRequest, user: LearnUser, at: number): AskedQuestion {
  const createdAt = new Date(at).toISOString();
  return {
    ...request,
    asker: { id: user.id.slice(0, 120), name: (user.name ?? '').slice(0, 120) },
    status: 'open',
    escalated: false,
    createdAt,
    updatedAt: createdAt,
    unread: 0,
    messages: [],
    pending: true,
  };
}

export function localMessage(request: MessageRequest, user: LearnUser, at: number): Message {
  return { id: request.id, author: { id: user.id.slice(0, 120), name: (user.name ?? '').slice(0, 120) }, role: 'asker', body: request.body, internal: false, createdAt: new Date(at).toISOString() };
}

export class MyQuestions {
  readonly #byId = new Map<string, AskedQuestion>();
  /** Follow-ups still in the outbox, per question. */
  readonly #messages = new Map<string, Message[]>();
  /** Questions whose read mark is still in the outbox. */
  readonly #read = new Set<string>();
  /** The employee's questions known here (`learn.questions.count`), as last announced. */
  count = 0;
  /**
   * The server's event sequence when it read the list (QuestionList.seq, or httpBackend's
   * X-Event-Seq header): a first stream resumes after it, so an answer given between the list and
   * the stream is not lost.
   */
  seq: string | undefined;

  constructor(readonly front: LearningFront) {}

  get(id: string): AskedQuestion | undefined {
    return this.#byId.get(id);
  }

  /** Newest first. */
  list(): AskedQuestion[] {
    return [...this.#byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Whether any question is still waiting for an answer or in conversation (live updates matter then). */
  hasOpen(): boolean {
    return [...this.#byId.values()].some((q) => !isDone(q));
  }

  /** The server's list (all of the employee's questions), with the outbox's `rows` on top. */
  replace(items: Question[], rows: OutboxRow[]): AskedQuestion[] {
    const user = this.front.deps.user();
    const server = new Set(items.map((q) => q.id));
    for (const id of this.#byId.keys()) if (!server.has(id)) this.#byId.delete(id);
    for (const q of items) this.#byId.set(q.id, q);
    if (user) this.overlay(rows, user, false);
    this.#recount();
    return this.list();
  }

  /** Lay queued writes on top: questions not on the server yet, follow-ups, read marks. */
  overlay(rows: OutboxRow[], user: LearnUser, announce = true): void {
    for (const row of rows) {
      if (row.path === '/v1/questions') {
        const request = AskRequest.safeParse(row.body);
        if (request.success && (!this.#byId.has(request.data.id) || this.#byId.get(request.data.id)!.pending)) {
          const q = localQuestion(request.data, user, row.createdAt);
          if (row.state === 'failed') q.failed = row.error ?? `HTTP ${row.status ?? '?'}`;
          this.#byId.set(q.id, q);
        }
        continue;
      }
      const [, id, what] = QUESTION.exec(row.path) ?? [];
      if (!id || row.state === 'failed') continue;
      if (what === 'read') this.#read.add(id);
      const message = what === 'messages' && MessageRequest.safeParse(row.body);
      if (message && message.success) this.queueMessage(id, localMessage(message.data, user, row.createdAt));
    }
    for (const q of this.#byId.values()) this.#byId.set(q.id, this.#merged(q));
    if (announce) this.#recount();
  }

  queueMessage(id: string, message: Message): void {
    const list = this.#messages.get(id) ?? [];
    if (!list.some((m) => m.id === message.id)) this.#messages.set(id, [...list, message]);
  }

  markRead(id: string): void {
    this.#read.add(id);
  }

  /** A queued write reached the server: it is in the server's copies from now on. */
  sent(row: OutboxRow): void {
    const [, id, what] = QUESTION.exec(row.path) ?? [];
    if (!id) return;
    if (what === 'read') this.#read.delete(id);
    const mid = (row.body as { id?: unknown } | null)?.id;
    const left = (this.#messages.get(id) ?? []).filter((m) => m.id !== mid);
    if (left.length) this.#messages.set(id, left);
    else this.#messages.delete(id);
  }

  /** A newer copy of one of the employee's questions: kept, announced, the badge recounted. */
  put(question: AskedQuestion): AskedQuestion {
    const q = this.#merged(question);
    this.#byId.set(q.id, q);
    this.front.deps.emit('question-change', { question: q });
    this.#recount();
    return q;
  }

  #merged(q: AskedQuestion): AskedQuestion {
    const queued = (this.#messages.get(q.id) ?? []).filter((m) => !q.messages.some((x) => x.id === m.id));
    if (queued.length === 0 && !this.#read.has(q.id)) return q;
    return { ...q, messages: [...q.messages, ...queued], unread: this.#read.has(q.id) ? 0 : q.unread };
  }

  #recount(): void {
    const { front } = this;
    const me = front.deps.user()?.id;
    let unread = 0;
    let count = 0;
    for (const q of this.#byId.values()) if (q.asker.id === me) (unread += q.unread), count++;
    if (count !== this.count) front.deps.emit('questions-change', { count: (this.count = count) });
    if (unread === front.unread) return;
    front.unread = unread;
    front.deps.emit('unread-change', { unread });
  }
}
