/**
 * `learn.insights` (role `owner`): the five reports `<learn-insights>` draws, validated with the
 * protocol's schemas, and the same reports as CSV for a download. Its own chunk, loaded on the
 * first call. What can go wrong is a BackendError of a kind the element branches on: no user or
 * token (`unauthorized`, before any request), a filter that is not a range of calendar days
 * (`invalid-input`, before any request; 400/422 from the server too), 401 `unauthorized`, 403
 * `forbidden` (no role `owner`), and the transport's `network`/`timeout`/`invalid-response`.
 * Reports are aggregates only the reference server keeps: memoryBackend and staticBackend say so.
 */
import type * as z from 'zod/mini';
import { ArticleInsights, FeedbackInsights, LessonInsights, QuestionInsights, SearchInsights } from '../../src/protocol/insights.js';
import { AskRequests } from '../ask/requests.js';
import type { LearningFront } from '../learning/front.js';
import { BackendError, type InsightsApi, type InsightsFilter, type InsightsReportName, type InsightsReports } from '../types.js';
import { filterQuery } from './filter.js';

const SCHEMAS: { [R in InsightsReportName]: z.ZodMiniType<InsightsReports[R]> } = {
  searches: SearchInsights,
  articles: ArticleInsights,
  questions: QuestionInsights,
  lessons: LessonInsights,
  feedback: FeedbackInsights,
};

export function insightsCalls(front: LearningFront): InsightsApi {
  const { deps } = front;

  /** The request path after every check that needs no server. */
  function pathOf(name: InsightsReportName, filter: InsightsFilter | undefined, csv: boolean): `/v1/insights/${string}` {
    if (!Object.hasOwn(SCHEMAS, name)) throw new BackendError('invalid-input', `There is no insights report "${String(name).slice(0, 40)}" (searches, articles, questions, lessons or feedback).`);
    const backend = deps.backend;
    if (backend.kind !== 'http' || !backend.userData) {
      throw new BackendError('http', `Insights need the reference server (httpBackend): ${backend.describe} (a ${backend.kind} backend) keeps no usage to report on.`);
    }
    const user = deps.user();
    if (!user?.token) throw new BackendError('unauthorized', 'Insights need a signed-in content owner with a token (LearnUser.token).');
    const query = filterQuery(filter, csv);
    return `/v1/insights/${name}${query ? `?${query}` : ''}`;
  }

  const requests = new AskRequests(deps);

  return {
    async report(name, filter, options = {}) {
      return requests.read(pathOf(name, filter, false), SCHEMAS[name], `${name} report`, options.signal);
    },
    async csv(name, filter, options = {}) {
      const path = pathOf(name, filter, true);
      const userText = deps.backend.userText?.bind(deps.backend);
      if (!userText) throw new BackendError('http', `${deps.backend.describe} cannot download reports as CSV.`);
      const text = await requests.call((signal) => userText(path, { signal }), options.signal);
      if (typeof text !== 'string' || !text.trim()) throw new BackendError('invalid-response', `${deps.backend.describe} sent an empty CSV for the ${name} report.`);
      return text;
    },
  };
}
