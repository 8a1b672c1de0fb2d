/**
 * Insights for content owners (role `owner`; anyone else 403). Each route takes `?from=&to=`
 * (inclusive UTC days, default the last 30), `?screen=` and `?format=csv` (insights/range.ts), and
 * answers JSON (src/protocol/insights.ts) or text/csv with a header row (insights/csv.ts).
 *
 *   GET /v1/insights/searches    → SearchInsights   (no-result and most frequent queries)
 *   GET /v1/insights/articles    → ArticleInsights  (least helpful first, with the reasons)
 *   GET /v1/insights/questions   → QuestionInsights (open questions by topic and age vs the target)
 *   GET /v1/insights/lessons     → LessonInsights   (started, completed, passed per lesson)
 *   GET /v1/insights/feedback    → FeedbackInsights (per day: count, helpful share, stars, NPS)
 */
import type { Context, Hono } from 'hono';
import { currentUser, requireUser } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { articleCsv, articleInsights } from '../insights/articles.js';
import { toCsv, type Cell } from '../insights/csv.js';
import { feedbackCsv, feedbackInsights } from '../insights/feedback.js';
import { lessonCsv, lessonInsights } from '../insights/lessons.js';
import { questionCsv, questionInsights } from '../insights/questions.js';
import { insightsFilter, type InsightsFilter } from '../insights/range.js';
import { searchCsv, searchInsights } from '../insights/searches.js';
import { resource } from './resource.js';

export const OWNER_ROLE = 'owner';

interface Report<B> {
  query: (deps: AppDeps, f: InsightsFilter) => Promise<B>;
  csv: (body: B) => { header: string[]; rows: Cell[][] };
}

function report<B>(query: Report<B>['query'], csv: Report<B>['csv']): Report<B> {
  return { query, csv };
}

const REPORTS = {
  searches: report((deps, f) => searchInsights(deps.db, f), searchCsv),
  articles: report((deps, f) => articleInsights(deps.db, f), articleCsv),
  questions: report((deps, f) => questionInsights(deps.db, f, deps.feedback.targetMinutes, new Date()), questionCsv),
  lessons: report((deps, f) => lessonInsights(deps.db, f), lessonCsv),
  feedback: report((deps, f) => feedbackInsights(deps.db, f), feedbackCsv),
};

async function answer<B>(c: Context, deps: AppDeps, name: string, r: Report<B>): Promise<Response> {
  if (!currentUser(c).roles.includes(OWNER_ROLE)) throw new ApiProblem(403, 'forbidden', `insights are for content owners: the token has no "${OWNER_ROLE}" role`);
  const filter = insightsFilter(c);
  const body = await r.query(deps, filter);
  // Per-owner data: never kept by a shared cache.
  const headers = { 'Cache-Control': 'private, no-store' };
  if (filter.format === 'json') return c.json(body, 200, headers);
  const { header, rows } = r.csv(body);
  const file = `learnflow-${name}-${filter.range.from}-${filter.range.to}.csv`;
  return c.body(toCsv(header, rows), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"` });
}

export function insightsRoutes(app: Hono, deps: AppDeps): void {
  app.use('/v1/insights/*', requireUser(deps.tokenSecret));
  for (const [name, r] of Object.entries(REPORTS) as [string, Report<unknown>][]) {
    resource(app, `/v1/insights/${name}`, { GET: (c) => answer(c, deps, name, r) });
  }
}
