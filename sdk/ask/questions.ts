/**
 * The employee's side of ask an expert (`learn.questions`, but for the synchronous members in the
 * runtime chunk). A question, a follow-up and a read mark are outbox rows before the call
 * returns — asked offline, sent when the connection returns, exactly once (the row's idempotency
 * key); solving needs the server's answer and is a request of its own.
 */
import { AskContext, Locale, MESSAGE_MAX, Question, QUESTION_MAX, QuestionList, type AskRequest, type AskTopic, type MessageRequest } from '../../src/protocol/index.js';
import { describeIssues } from '../backends/validate.js';
import { isUnreachable } from '../connectivity.js';
import type { Outbox } from '../outbox/outbox.js';
import { BackendError, type AskApi, type AskedQuestion, type AskInput } from '../types.js';
import { localMessage, localQuestion, type MyQuestions } from './mine.js';
import { questionPath, type AskRequests } from './requests.js';
import { suggest } from './suggest.js';
import { loadTopics } from './topics.js';
import { checkText, checkTopic } from './validate.js';

/** `learn.questions` but for what the runtime chunk answers (`unread`) or the engine itself (`count`, `context`, `topicFor`). */
export type QuestionCalls = Omit<AskApi, 'unread' | 'count' | 'topicFor' | 'context'>;

export function questionCalls(req: AskRequests, mine: MyQuestions, outbox: () => Promise<Outbox>, gotTopics: (topics: AskTopic[]) => void): QuestionCalls {
  const { front } = mine;
  const { deps } = req;
  let warnedReadOnly = false;

  /** The server's copy of one question (the asker's view), with what is queued laid on top. */
  async function fetchThread(id: string, signal?: AbortSignal): Promise<AskedQuestion> {
    const path = questionPath(id);
    try {
      return mine.put(await req.read(path, Question, 'the question', signal));
    } catch (error) {
      // Asked offline and not on the server yet: the local copy is the question.
      const local = mine.get(id);
      if (local?.pending && (isUnreachable(error) || (error instanceof BackendError && error.kind === 'not-found'))) return local;
      throw error;
    }
  }

  return {
    topics: async (options) => {
      const topics = await loadTopics(front, req, options?.signal);
      gotTopics(topics);
      return topics;
    },
    suggest: (text, options) => suggest(front, mine, text, options),

    async send(input: AskInput): Promise<AskedQuestion> {
      const user = req.user();
      const text = checkText(input?.text, QUESTION_MAX, 'question');
      const topic = checkTopic(input.topic);
      const context = AskContext.safeParse(input.context ?? {});
      if (!context.success) throw new BackendError('invalid-input', `The attached context is not valid (${describeIssues(context.error)}).`);
      const request: AskRequest = { id: crypto.randomUUID(), topic, text, context: context.data };
      if (Locale.safeParse(deps.locale).success) request.locale = deps.locale;
      const row = await (await outbox()).add({ method: 'POST', path: '/v1/questions', body: request });
      if (!deps.backend.send && !warnedReadOnly) {
        warnedReadOnly = true;
        const message = `${deps.backend.describe} is read-only: questions wait in this browser's outbox (shown as pending) until a backend that accepts them is configured.`;
        console.warn(`learnflow: ${message}`);
        deps.emit('warning', { source: 'ask', message });
      }
      return mine.put(localQuestion(request, user, row.createdAt));
    },

    async mine(options) {
      const user = req.user();
      const rows = await (await outbox()).rows();
      if (!deps.backend.userData) {
        mine.overlay(rows, user);
        return mine.list();
      }
      try {
        const { items, seq } = await req.read('/v1/questions', QuestionList, 'your questions', options?.signal);
        // A whole number, as the server's event ids are (anything else it would refuse as Last-Event-ID).
        if (Number.isSafeInteger(seq) && seq! >= 0) mine.seq = String(seq);
        return mine.replace(items, rows);
      } catch (error) {
        // Offline: what this session knows (and the outbox holds) rather than nothing.
        const known = mine.list().length > 0 || rows.length > 0;
        if (!isUnreachable(error) || !known) throw error;
        mine.overlay(rows, user);
        return mine.list();
      }
    },

    thread: (id, options) => (req.user(), fetchThread(id, options?.signal)),

    async followUp(id, body) {
      const user = req.user();
      const path = questionPath(id, '/messages');
      const request: MessageRequest = { id: crypto.randomUUID(), body: checkText(body, MESSAGE_MAX, 'message') };
      if (mine.get(id)?.status === 'closed') throw new BackendError('conflict', 'This question was closed by the expert: ask a new one instead.');
      const row = await (await outbox()).add({ method: 'POST', path, body: request });
      mine.queueMessage(id, localMessage(request, user, row.createdAt));
      const known = mine.get(id);
      if (known) mine.put(known);
    },

    async solve(id) {
      req.user();
      return mine.put(await req.act(questionPath(id, '/solve'), {}, Question, 'mark the question solved'));
    },

    async markRead(id) {
      req.user();
      const path = questionPath(id, '/read');
      // The badge goes down at once; the server hears of it through the outbox.
      mine.markRead(id);
      const known = mine.get(id);
      if (known) mine.put(known);
      await (await outbox()).add({ method: 'POST', path, body: {} });
    },
  };
}
