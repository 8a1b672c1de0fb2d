/**
 * The ask-an-expert server, in memory, for memoryBackend (tests, demos): topics with their
 * experts, questions with their threads, the expert's inbox, claim/close/publish, and a live event
 * stream — with the reference server's rules where the SDK and the elements depend on them: a
 * question is seen by its asker (without internal notes) and by experts, anyone else's id is 404;
 * claiming a question another expert holds is 409; a closed question takes no more messages (409
 * without Retry-After, which the outbox refuses rather than retries);
 * an unknown topic is 422. An expert is a user whose id is one of the `experts`. No tokens are
 * verified: the user is whoever the runtime says.
 *
 * Test hooks: `reply` answers as an expert without a second runtime, `dropStreams` cuts every open
 * event stream (a network drop), `pushRaw` writes raw bytes into them (malformed events).
 */
import * as z from 'zod/mini';
import {
  AskRequest,
  AskTopicConfig,
  Expert,
  MessageRequest,
  PublishRequest,
  type ArticleDraft,
  type AskEvent,
  type AskTopic,
  type ErrorCode,
  type Message,
  type Person,
  type Question,
  type QuestionStatus,
} from '../../src/protocol/index.js';
import type { LearnUser, SendRequest, SendResult, StreamOptions } from '../types.js';
import { BackendError } from '../types.js';
import { abortError } from './abort.js';
import { describeIssues } from './validate.js';

export interface MemoryAskContent {
  /** Topics as authored (topics.yaml); default: one per catalog topic. */
  askTopics?: z.input<typeof AskTopicConfig>[];
  experts?: z.input<typeof Expert>[];
}

interface Stored {
  question: Question;
  /** Expert messages the asker has seen. */
  seen: number;
}

const apiError = (status: number, code: ErrorCode, message: string): SendResult => ({ status, body: { error: { code, message } }, message });
const now = () => new Date().toISOString();
const encoder = new TextEncoder();

export class MemoryAsk {
  readonly #topics: AskTopicConfig[];
  readonly #experts: Expert[];
  readonly #questions = new Map<string, Stored>();
  readonly #events: { seq: number; kind: AskEvent['kind']; question: Question }[] = [];
  readonly #streams = new Set<{ user: LearnUser; controller: ReadableStreamDefaultController<Uint8Array> }>();
  #seq = 0;

  constructor(
    content: MemoryAskContent,
    catalogTopics: { id: string; name: string; description?: string; owner?: string }[],
    /** Adds a published article to the catalog. */
    private readonly publishArticle: (draft: ArticleDraft) => void,
  ) {
    this.#experts = z.array(Expert).parse(content.experts ?? []);
    const fallback = catalogTopics.map((t) => ({ id: t.id, name: t.name, description: t.description?.slice(0, 300), owner: this.#experts.find((e) => e.topics.includes(t.id))?.id ?? t.owner ?? 'owner' }));
    const parsed = z.array(AskTopicConfig).safeParse(content.askTopics ?? fallback);
    if (!parsed.success) throw new TypeError(`memoryBackend: invalid askTopics (${describeIssues(parsed.error)})`);
    this.#topics = parsed.data;
  }

  /** Open event streams (tests wait for a client to connect). */
  get streams(): number {
    return this.#streams.size;
  }

  /** Every question with internal notes, as "the database" holds it. */
  get questions(): Question[] {
    return [...this.#questions.values()].map((s) => structuredClone(s.question));
  }

  isExpert(user: LearnUser | null): boolean {
    return !!user && this.#experts.some((e) => e.id === user.id);
  }

  // --- reads (userData) -------------------------------------------------------------------

  /** GET of an ask path; throws BackendError like fetchJson would (404 `not-found`, else `http`). */
  read(user: LearnUser | null, path: string): unknown {
    const url = new URL(path, 'memory:/');
    if (url.pathname === '/v1/topics') return { items: this.#topics.map((t) => this.#askTopic(t)) };
    if (!user) throw new BackendError('http', 'Not signed in (401).', 401);
    if (url.pathname === '/v1/questions') {
      // With the event sequence, like the server: a first stream resumes after it (QuestionList.seq).
      return { items: this.#all().filter((s) => s.question.asker.id === user.id).map((s) => this.#view(s, user)), seq: this.#seq };
    }
    if (url.pathname === '/v1/inbox') return { items: this.#inbox(user, url.searchParams).map((s) => this.#view(s, user)) };
    const [, id, rest] = /^\/v1\/questions\/([^/]+)(\/draft)?$/.exec(url.pathname) ?? [];
    const stored = id ? this.#visible(user, id) : undefined;
    if (!stored) throw new BackendError('not-found', `There is no question "${id ?? path}" (404).`, 404);
    if (!rest) return this.#view(stored, user);
    if (!this.isExpert(user)) throw new BackendError('http', 'Only experts can draft articles (403).', 403);
    return this.#draft(stored.question);
  }

  // --- writes (send) ------------------------------------------------------------------------

  /** A write to an ask path, or undefined when `request` is not one (another route handles it). */
  send(user: LearnUser | null, request: SendRequest): SendResult | undefined {
    if (request.method !== 'POST' || !request.path.startsWith('/v1/questions')) return undefined;
    if (!user) return apiError(401, 'unauthorized', 'no signed-in user (missing token)');
    if (request.path === '/v1/questions') return this.#ask(user, request.body);
    const [, id, action] = /^\/v1\/questions\/([^/]+)\/(messages|solve|read|claim|close|publish)$/.exec(request.path) ?? [];
    const stored = id ? this.#visible(user, id) : undefined;
    if (!stored || !action) return apiError(404, 'not_found', `no question "${id ?? request.path}"`);
    const q = stored.question;
    const expert = this.isExpert(user) && q.asker.id !== user.id;
    if (action === 'messages') return this.#message(user, stored, request.body, expert);
    if (action === 'solve' || action === 'read') {
      if (q.asker.id !== user.id) return apiError(403, 'forbidden', 'only the asker can do this');
      if (action === 'read') stored.seen = this.#expertMessages(q);
      else this.#status(stored, 'solved');
      this.#emit('status', stored);
      return { status: 200, body: this.#view(stored, user) };
    }
    if (!expert) return apiError(403, 'forbidden', 'experts only');
    if (action === 'claim') {
      if (q.assignee && q.assignee.id !== user.id) return apiError(409, 'conflict', `${q.assignee.name || q.assignee.id} already claimed this question`);
      q.assignee = this.#person(user);
      if (q.status === 'open') this.#status(stored, 'claimed');
    } else if (action === 'close') {
      this.#status(stored, 'closed');
    } else {
      const draft = PublishRequest.safeParse(request.body);
      if (!draft.success) return apiError(400, 'validation_failed', describeIssues(draft.error));
      this.publishArticle(draft.data);
      q.articleId = draft.data.id;
      q.updatedAt = now();
      this.#emit('status', stored);
      return { status: 200, body: { articleId: draft.data.id, question: this.#view(stored, user) } };
    }
    this.#emit('status', stored);
    return { status: 200, body: this.#view(stored, user) };
  }

  // --- live events ------------------------------------------------------------------------

  /** GET /v1/events: what happened after `lastEventId`, then each change as it happens, as SSE bytes. */
  stream(user: LearnUser | null, options: StreamOptions): ReadableStream<Uint8Array> {
    if (!user) throw new BackendError('unauthorized', 'Not signed in (401).', 401);
    if (options.signal.aborted) throw abortError(options.signal, 'memory backend');
    const after = Number(options.lastEventId ?? this.#seq);
    let entry: { user: LearnUser; controller: ReadableStreamDefaultController<Uint8Array> };
    const end = () => void this.#streams.delete(entry);
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        entry = { user, controller };
        this.#streams.add(entry);
        controller.enqueue(encoder.encode(': connected\n\n'));
        for (const e of this.#events) if (e.seq > after) this.#write(entry, e.seq, e.kind, e.question);
        options.signal.addEventListener('abort', () => {
          end();
          try {
            controller.error(abortError(options.signal, 'memory backend'));
          } catch {
            // Already closed.
          }
        });
      },
      cancel: end,
    });
  }

  /** Cut every open stream, as a network drop would (clients reconnect with Last-Event-ID). */
  dropStreams(): void {
    for (const s of this.#streams) s.controller.close();
    this.#streams.clear();
  }

  /** Write raw text into every open stream (a malformed event, a retry: field). */
  pushRaw(text: string): void {
    for (const s of this.#streams) s.controller.enqueue(encoder.encode(text));
  }

  /** Answer a question as `expert` (an expert id), as the inbox would. */
  reply(id: string, expertId: string, body: string, options: { internal?: boolean } = {}): Question {
    const stored = this.#questions.get(id);
    const expert = this.#experts.find((e) => e.id === expertId);
    if (!stored || !expert) throw new Error(`memoryBackend.ask.reply: no question "${id}" or expert "${expertId}"`);
    const result = this.#message({ id: expert.id, name: expert.name }, stored, { id: crypto.randomUUID(), body, internal: options.internal }, true);
    if (result.status !== 200) throw new Error(`memoryBackend.ask.reply: ${result.message ?? result.status}`);
    return structuredClone(stored.question);
  }

  // --- inside -----------------------------------------------------------------------------

  #ask(user: LearnUser, body: unknown): SendResult {
    const parsed = AskRequest.safeParse(body);
    if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
    const request = parsed.data;
    if (!this.#topics.some((t) => t.id === request.topic)) return apiError(422, 'validation_failed', `unknown topic "${request.topic}"`);
    if (this.#questions.has(request.id)) return apiError(409, 'conflict', 'a question with this id exists');
    const at = now();
    const topic = this.#askTopic(this.#topics.find((t) => t.id === request.topic)!);
    const question: Question = { ...request, asker: this.#person(user), status: 'open', escalated: false, createdAt: at, updatedAt: at, unread: 0, messages: [] };
    if (topic.likely) question.routedTo = { id: topic.likely.id, name: topic.likely.name };
    const stored = { question, seen: 0 };
    this.#questions.set(question.id, stored);
    this.#emit('asked', stored);
    return { status: 201, body: this.#view(stored, user) };
  }

  #message(user: LearnUser, stored: Stored, body: unknown, expert: boolean): SendResult {
    const parsed = MessageRequest.safeParse(body);
    if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
    const q = stored.question;
    // 409 like the server; without Retry-After (only a key still in flight has one), so not retried.
    if (q.status === 'closed') return apiError(409, 'conflict', 'this question is closed');
    if (q.messages.some((m) => m.id === parsed.data.id)) return { status: 200, body: this.#view(stored, user) };
    const internal = expert && parsed.data.internal === true;
    const message: Message = { id: parsed.data.id, author: this.#person(user), role: expert ? 'expert' : 'asker', body: parsed.data.body, internal, createdAt: now() };
    q.messages.push(message);
    q.updatedAt = message.createdAt;
    if (expert && !internal) {
      q.assignee ??= this.#person(user);
      q.status = 'answered';
    } else if (!expert && q.status === 'answered') q.status = q.assignee ? 'claimed' : 'open';
    this.#emit('message', stored);
    return { status: 200, body: this.#view(stored, user) };
  }

  #status(stored: Stored, status: QuestionStatus): void {
    stored.question.status = status;
    stored.question.updatedAt = now();
  }

  #person(user: LearnUser | Person): Person {
    return { id: user.id.slice(0, 120), name: (user.name ?? '').slice(0, 120) };
  }

  #all(): Stored[] {
    return [...this.#questions.values()].sort((a, b) => b.question.createdAt.localeCompare(a.question.createdAt));
  }

  #visible(user: LearnUser, id: string): Stored | undefined {
    const stored = this.#questions.get(id);
    return stored && (stored.question.asker.id === user.id || this.isExpert(user)) ? stored : undefined;
  }

  #expertMessages(q: Question): number {
    return q.messages.filter((m) => m.role === 'expert' && !m.internal).length;
  }

  /** The asker's view has no internal notes and counts unread answers; an expert's has everything. */
  #view(stored: Stored, user: LearnUser): Question {
    const q = structuredClone(stored.question);
    if (q.asker.id !== user.id) return q;
    return { ...q, messages: q.messages.filter((m) => !m.internal), unread: this.#expertMessages(q) - stored.seen };
  }

  #inbox(user: LearnUser, params: URLSearchParams): Stored[] {
    if (!this.isExpert(user)) throw new BackendError('http', 'The inbox is for experts (403).', 403);
    const topic = params.get('topic');
    const status = params.get('status');
    const age = Number(params.get('age') ?? 0);
    return this.#all().filter(({ question: q }) => {
      if (topic && q.topic !== topic) return false;
      if (age > 0 && Date.now() - Date.parse(q.createdAt) < age * 60_000) return false;
      if (status === 'waiting') return q.status === 'open' || q.status === 'claimed';
      if (status === 'mine') return q.assignee?.id === user.id;
      if (status === 'answered') return q.status === 'answered';
      if (status === 'done') return q.status === 'solved' || q.status === 'closed';
      return status === 'all' || (q.status !== 'solved' && q.status !== 'closed');
    });
  }

  #askTopic(config: AskTopicConfig): AskTopic {
    const experts = this.#experts.filter((e) => e.topics.includes(config.id)).map(({ topics: _topics, ...card }) => card);
    // Least-loaded: the expert holding the fewest questions not done yet.
    const load = (id: string) => this.#all().filter((s) => s.question.assignee?.id === id && s.question.status !== 'solved' && s.question.status !== 'closed').length;
    const likely = [...experts].sort((a, b) => load(a.id) - load(b.id))[0];
    const { owner: _owner, ...topic } = config;
    return { ...topic, experts, ...(likely ? { likely } : {}) };
  }

  #draft(q: Question): ArticleDraft {
    const answer = q.messages.filter((m) => m.role === 'expert' && !m.internal).map((m) => m.body).join('\n\n');
    const slug = q.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'answer';
    return {
      id: `${slug}-${q.id.slice(0, 8)}`.replace(/^-/, ''),
      title: q.text.slice(0, 200),
      summary: answer.slice(0, 200),
      body: `## ${q.text.slice(0, 200)}\n\n${answer || '…'}`,
      contexts: q.context.screen ? [q.context.screen] : [],
      tags: this.#topics.find((t) => t.id === q.topic)?.tags.slice(0, 30) ?? [],
      locale: q.locale ?? 'en',
    };
  }

  #emit(kind: AskEvent['kind'], stored: Stored): void {
    const seq = ++this.#seq;
    const question = structuredClone(stored.question);
    this.#events.push({ seq, kind, question });
    for (const s of this.#streams) this.#write(s, seq, kind, question);
  }

  /** One event to one stream, as that user may see the question (nothing for anyone else). */
  #write(s: { user: LearnUser; controller: ReadableStreamDefaultController<Uint8Array> }, seq: number, kind: AskEvent['kind'], question: Question): void {
    const stored = this.#questions.get(question.id);
    if (!stored || (question.asker.id !== s.user.id && !this.isExpert(s.user))) return;
    // The view as it was at the event, with the asker's read mark as it is now.
    const event: AskEvent = { seq, kind, question: this.#view({ question, seen: stored.seen }, s.user) };
    s.controller.enqueue(encoder.encode(`id: ${seq}\nevent: question\ndata: ${JSON.stringify(event)}\n\n`));
  }
}
