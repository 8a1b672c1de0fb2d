/**
 * Ask an expert's engine for one session, loaded lazily by `LearningFront` (a chunk of its own):
 * the employee's questions, the expert inbox, and when to keep a live event stream open.
 *
 * Connection policy — a stream costs the server a connection per person, so it is open only while
 * it matters: the user has a token, the backend can stream, and either a question of theirs is not
 * solved or closed yet or this session used the ask/inbox API (a form or inbox is on screen). The
 * idle check after start (`check`) reads the employee's questions once for the unread badge — an
 * answer that arrived while the page was closed is waiting on the next open — and decides; a first
 * stream resumes from the event sequence that list was read at. One tab per user holds the stream
 * and relays it to the others (live-tabs.ts).
 */
import * as z from 'zod/mini';
import { Question, type AskEvent, type AskTopic } from '../../src/protocol/index.js';
import { databaseName } from '../cache/db.js';
import type { Outbox } from '../outbox/outbox.js';
import type { AskApi, InboxApi } from '../types.js';
import { askContext, topicFor } from './context.js';
import type { LearningFront } from '../learning/front.js';
import { inboxCalls } from './inbox.js';
import type { SharedLive } from './live-tabs.js';
import { MyQuestions } from './mine.js';
import { questionCalls, type QuestionCalls } from './questions.js';
import { AskRequests } from './requests.js';

export interface AskEngine {
  readonly questions: QuestionCalls;
  readonly inbox: InboxApi;
  /** `learn.questions.context()` and `topicFor()`, answered synchronously once the engine has loaded. */
  context: AskApi['context'];
  topicFor: AskApi['topicFor'];
  /** `learn.questions.count`. */
  readonly count: number;
  /** The ask/inbox API was used: live updates matter from now on. */
  use(): void;
  /** Idle work after start (and after a new token): the unread badge, queued writes, the stream. */
  check(): Promise<void>;
  dispose(): void;
}

const LAST_EVENT_KEY = 'ask-last-event';
const LastEvent = z.object({ v: z.literal(1), id: z.string() });

/** Lesson ids the employee completed, from local progress (for `context({ share })`); read loosely, never fatal. */
async function completedLessons(front: LearningFront): Promise<string[]> {
  const records = await front.deps.records;
  const ids: string[] = [];
  for (const key of await records.keys('progress')) {
    const record = (await records.db.get('progress', key).catch(() => undefined)) as { progress?: { status?: unknown } } | undefined;
    if (record?.progress?.status === 'completed') ids.push(key);
  }
  return ids;
}

export function startAsk(front: LearningFront): AskEngine {
  const { deps } = front;
  const req = new AskRequests(deps);
  const mine = new MyQuestions(front);
  let outboxReady: Promise<Outbox> | undefined;
  const outbox = () =>
    (outboxReady ??= front.outbox().then((o) => {
      // The server's answer to a queued question or message is the newer copy.
      o.onSent((row, result) => {
        if (!deps.live() || !row.path.startsWith('/v1/questions')) return;
        mine.sent(row);
        const q = Question.safeParse(result.body);
        if (q.success && q.data.asker.id === deps.user()?.id) mine.put(q.data);
      });
      return o;
    }));
  let used = false;
  let live: Promise<SharedLive> | undefined;
  /** Topics as last read (`context({ share, topic })` filters by them) and completed lessons. */
  let topics: readonly AskTopic[] = [];
  let lessons: readonly string[] = [];
  void completedLessons(front).then((ids) => (lessons = ids), () => {});

  const event = ({ question }: AskEvent) => {
    if (question.asker.id === deps.user()?.id) mine.put(question);
    else deps.emit('question-change', { question });
  };

  function connect(): void {
    const { backend } = deps;
    const user = deps.user();
    if (!deps.live() || !user?.token || !backend.stream || !(used || mine.hasOpen())) return;
    live ??= import('./live-tabs.js').then(
      ({ SharedLive }) =>
        new SharedLive(databaseName(deps.tenant, user.id), {
          backend,
          live: deps.live,
          load: async () => (await (await deps.records).read('user', LAST_EVENT_KEY, LastEvent))?.id ?? mine.seq,
          save: (id) => void deps.records.then((r) => r.write('user', LAST_EVENT_KEY, { v: 1, id } satisfies z.infer<typeof LastEvent>)),
          event,
          warn: (message) => {
            console.warn(`learnflow: ${message}`);
            deps.emit('warning', { source: 'live', message });
          },
          fatal: (error) => deps.emit('error', { source: 'live', kind: error.kind, message: error.message }),
        }),
    );
    void live.then((shared) => deps.live() && shared.start(), () => {});
  }

  const questions = questionCalls(req, mine, outbox, (items) => (topics = items));
  return {
    questions,
    context: (options) => askContext(front.deps.session, topics, lessons, options),
    topicFor: (items) => topicFor(deps.context(), (topics = items)),
    inbox: inboxCalls(front, req, outbox),
    get count() {
      return mine.count;
    },
    use() {
      used = true;
      connect();
    },
    async check() {
      const user = deps.user();
      if (!user?.token) return;
      const rows = await (await outbox()).rows();
      if (rows.length > 0) void (await outbox()).flush();
      if (deps.backend.userData && deps.connectivity.state === 'online') {
        try {
          await questions.mine();
        } catch {
          // No ask server, 401, offline: the badge stays as it is; nothing to connect for.
        }
      }
      connect();
    },
    dispose() {
      void live?.then((shared) => shared.stop(), () => {});
    },
  };
}
