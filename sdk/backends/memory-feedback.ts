/**
 * What the reference server does with POST /v1/feedback, in memory, for memoryBackend: the body
 * validated (the schema, then the range for the kind — the same rules `learn.feedback.give`
 * checks), an article or lesson subject that does not exist refused with 422, and each feedback
 * stored once by its id (a second copy answers `stored: false`). And POST /v1/search-events: the
 * batch validated, each settled search stored once by its id (`{ stored, duplicates }`). Idempotency
 * keys are MemoryWrites' job, before this is reached. Tests read `items` and `searches` to see what
 * "the server" holds.
 */
import { FeedbackRequest, type Catalog, type ErrorCode } from '../../src/protocol/index.js';
import { SearchEventBatch, type SearchEvent } from '../../src/protocol/insights.js';
import { feedbackProblem } from '../feedback/rules.js';
import type { LearnUser, SendRequest, SendResult } from '../types.js';
import { describeIssues } from './validate.js';

const apiError = (status: number, code: ErrorCode, message: string): SendResult => ({ status, body: { error: { code, message } }, message });

export class MemoryFeedback {
  /** Every feedback stored, in order, with who gave it. */
  readonly items: (FeedbackRequest & { userId: string })[] = [];

  constructor(private readonly catalog: () => Catalog) {}

  /** Every search event stored, in order, with who searched (the server keeps the query as sent). */
  readonly searches: (SearchEvent & { userId: string })[] = [];

  /** A feedback or search-events write, or undefined when `request` is neither (another route handles it). */
  send(user: LearnUser | null, request: SendRequest): SendResult | undefined {
    if (request.method !== 'POST' || (request.path !== '/v1/feedback' && request.path !== '/v1/search-events')) return undefined;
    if (!user) return apiError(401, 'unauthorized', 'no signed-in user (missing token)');
    if (request.path === '/v1/search-events') return this.#searchEvents(user, request.body);
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

  #searchEvents(user: LearnUser, body: unknown): SendResult {
    const parsed = SearchEventBatch.safeParse(body);
    if (!parsed.success) return apiError(422, 'validation_failed', describeIssues(parsed.error));
    let stored = 0;
    for (const event of parsed.data.events) {
      if (this.searches.some((s) => s.id === event.id)) continue;
      this.searches.push({ ...structuredClone(event), userId: user.id });
      stored++;
    }
    return { status: 200, body: { stored, duplicates: parsed.data.events.length - stored } };
  }
}
