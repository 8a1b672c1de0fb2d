/**
 * `learn.feedback.give`, loaded the first time someone gives feedback (a chunk of its own: the
 * runtime chunk only holds the one-line forward in runtime.ts, because the drawer's bytes are
 * budgeted). The feedback is checked, then written to the session's outbox (POST /v1/feedback,
 * one idempotency key on every retry) before the call resolves: given offline or just before a
 * reload, it is sent later and the server stores it once (by the request's own UUID too).
 */
import * as z from 'zod/mini';
import { COMMENT_MAX, FeedbackKind, FeedbackRequest, IsoDateTime, Subject, type WorkContext } from '../../src/protocol/index.js';
import { Keyed } from '../../src/protocol/schema-helpers.js';
import { describeIssues } from '../backends/validate.js';
import type { LearningFront } from '../learning/front.js';
import { BackendError, type FeedbackApi, type FeedbackInput } from '../types.js';
import { feedbackProblem } from './rules.js';

/** What the feedback says about where it was given: the screen, not who or which record (no ids, no URL). */
function contextOf({ screen, tags, record, app }: WorkContext): WorkContext {
  return { screen, tags, app, record: record && { type: record.type } };
}

function tooLong(text: string | undefined, what: string): void {
  const n = text?.length ?? 0;
  if (n > COMMENT_MAX) throw new BackendError('invalid-input', `The ${what} is ${n} characters long; at most ${COMMENT_MAX} can be sent. Shorten it by ${n - COMMENT_MAX}.`);
}

const GIVEN_KEY = 'feedback-given';
const GIVEN_MAX = 300;
const Given = Keyed(Subject, z.object({ kind: FeedbackKind, value: z.optional(z.number()), givenAt: IsoDateTime }));

async function remember(front: LearningFront, { subject, kind, value, givenAt }: FeedbackRequest): Promise<void> {
  const records = await front.deps.records;
  const all = { ...((await records.read('user', GIVEN_KEY, Given)) ?? {}) };
  delete all[subject];
  all[subject] = value === undefined ? { kind, givenAt } : { kind, value, givenAt };
  // Insertion order is age: the oldest subjects go first.
  const keys = Object.keys(all);
  for (const old of keys.slice(0, Math.max(0, keys.length - GIVEN_MAX))) delete all[old];
  await records.write('user', GIVEN_KEY, all);
}

export function feedbackCalls(front: LearningFront): FeedbackApi {
  const { deps } = front;
  return {
    async give(input: FeedbackInput) {
      if (!deps.user()?.token) throw new BackendError('unauthorized', 'Sign in to give feedback: it needs a signed-in user with a token.');
      if (!input || typeof input !== 'object') throw new BackendError('invalid-input', 'give() needs the feedback: { subject, kind, value, … }.');
      const comment = input.comment?.trim() || undefined;
      tooLong(comment, 'comment');
      for (const a of input.answers ?? []) tooLong(a.text?.trim(), `answer to "${a.question}"`);
      const candidate = {
        ...input,
        comment,
        answers: input.answers?.map((a) => ({ ...a, text: a.text?.trim() || undefined })),
        id: crypto.randomUUID(),
        context: contextOf(deps.context()),
        givenAt: new Date().toISOString(),
      };
      // JSON round trip: no `undefined` members in what is stored and sent.
      const parsed = FeedbackRequest.safeParse(JSON.parse(JSON.stringify(candidate)));
      if (!parsed.success) throw new BackendError('invalid-input', `The feedback is not valid (${describeIssues(parsed.error)}).`);
      const problem = feedbackProblem(parsed.data);
      if (problem) throw new BackendError('invalid-input', problem);
      const request = parsed.data;
      await (await front.outbox()).add({ method: 'POST', path: '/v1/feedback', body: request });
      await remember(front, request);
      deps.emit('feedback', { subject: request.subject, kind: request.kind, value: request.value });
      return request;
    },
    async given(subject: string) {
      if (typeof subject !== 'string' || !deps.user()) return undefined;
      return ((await (await deps.records).read('user', GIVEN_KEY, Given)) ?? {})[subject];
    },
  };
}
