/**
 * The Hono app: middleware order and route table. Every failure, thrown anywhere, leaves through
 * `onError` / `notFound` as the one ApiError shape. Transport policy — security headers, CORS,
 * the declared body size — is applied one level down, on the Node request (http/front-door.ts,
 * wired in main.ts), so no middleware runs here.
 */
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { ApiProblem, sendError, sendProblem } from './http/errors.js';
import { staticFiles } from './http/static.js';
import { articlePageRoutes } from './routes/article-page.js';
import { articleRoutes } from './routes/articles.js';
import { catalogRoutes } from './routes/catalog.js';
import { demoRoutes } from './routes/demo.js';
import { eventRoutes } from './routes/events.js';
import { feedbackRoutes } from './routes/feedback.js';
import { healthRoutes } from './routes/health.js';
import { inboxRoutes } from './routes/inbox.js';
import { insightsRoutes } from './routes/insights.js';
import { learnerRoutes } from './routes/learner.js';
import { lessonRoutes } from './routes/lessons.js';
import { questionRoutes } from './routes/questions.js';
import { searchRoutes } from './routes/search.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { topicRoutes } from './routes/topics.js';

export function buildApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ApiProblem) return sendProblem(c, error);
    deps.log.error(`${c.req.method} ${c.req.path} failed`, error);
    // Never echo internals (paths, SQL) to the client; the log has them.
    return sendError(c, 500, 'internal', 'the server could not handle this request; it has been logged');
  });
  app.notFound((c) => sendError(c, 404, 'not_found', `nothing at ${c.req.method} ${c.req.path}`));

  healthRoutes(app, deps);
  catalogRoutes(app, deps);
  articleRoutes(app, deps);
  lessonRoutes(app, deps);
  learnerRoutes(app, deps);
  searchRoutes(app, deps);
  suggestionRoutes(app, deps);
  topicRoutes(app, deps);
  questionRoutes(app, deps);
  inboxRoutes(app, deps);
  eventRoutes(app, deps);
  feedbackRoutes(app, deps);
  insightsRoutes(app, deps);
  articlePageRoutes(app, deps);
  if (deps.demo) demoRoutes(app, deps);

  // Unknown API paths are 404 even when a static folder would otherwise catch everything.
  app.all('/v1/*', (c) => sendError(c, 404, 'not_found', `no API endpoint at ${c.req.method} ${c.req.path}`));
  if (deps.staticDir) app.get('/*', staticFiles(deps.staticDir));
  return app;
}
