/**
 * What the reference server does with POST /v1/feedback, in memory, for memoryBackend: the body
 * validated (the schema, then the range for the kind — the same rules `learn.feedback.give`
 * checks), an article or lesson subject that does not exist refused with 422, and each feedback
 * stored once by its id (a second copy answers `stored: false`). Idempotency keys are
 * MemoryWrites' job, before this is reached. Tests read `items` to see what "the server" holds.
 */
import { FeedbackRequest, type Catalog, type ErrorCode } from '../../src/protocol/index.js';
import { feedbackProblem } from '../feedback/rules.js';
import type { LearnUser, SendRequest, SendResult } from '../types.js';
import { describeIssues } from './validate.js';

const apiError = (status: number, code: ErrorCode, message: string): SendResult => ({ status, body: { error: { code, message } }, message });

export class MemoryFeedback {
  /** Every feedback stored, in order, with who gave it. */
  readonly items: (FeedbackRequest & { userId: string })[] = [];

  constructor(private readonly catalog: () => Catalog) {}

  /** A feedback write, or undefined when `request` is not one (another route handles it). */
  send(user: LearnUser | null, request: SendRequest): SendResult | undefined {
    if (request.method !== 'POST' || request.path !== '/v1/feedback') return undefined;
    if (!user) return apiError(401, 'unauthorized', 'no signed-in user (missing token)');
    const parsed = FeedbackRequest.safeParse(request.body);
    if (!parsed.success) return apiError(422, 'validation_failed', describeIssues(parsed.error));
    const feedback = parsed.data;
    const problem = feedbackProblem(feedback);
    if (problem) return apiError(422, 'validation_failed', `value: ${problem}`);
    const [type, id] = feedback.subject.split(':') as [string, string];
    const { articles, lessons } = this.catalog();
    const known = type === 'article' ? articles.some((a) => a.id === id) : type === 'lesson' ? lessons.some((l) => l.id === id) : true;
    if (!known) return apiError(422, 'validation_failed', `subject: there is no ${type} "${id}"`);
    if (this.items.some((f) => f.id === feedback.id)) return { status: 200, body: { id: feedback.id, stored: false } };
    this.items.push({ ...structuredClone(feedback), userId: user.id });
    return { status: 201, body: { id: feedback.id, stored: true } };
  }
}
