/**
 * The signed-in user's learning data: lesson progress, the Review schedule, and xAPI statements.
 * Every route needs a token (auth/middleware.ts); every write an Idempotency-Key (writes/).
 *
 *   GET  /v1/progress              → ProgressList
 *   PUT  /v1/progress/:lessonId    LessonProgress → ProgressResponse (merged: furthest wins)
 *   GET  /v1/review                → ReviewState
 *   PUT  /v1/review                ReviewState → ReviewState (merged per card)
 *   POST /v1/statements            StatementBatch → StatementsResponse
 */
import type { Hono } from 'hono';
import { Id, LessonProgress, ReviewState, StatementBatch, type ProgressList, type ProgressResponse } from '../../src/protocol/index.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { listProgress, saveProgress } from '../learner/progress.js';
import { readReview, saveReview } from '../learner/review.js';
import { checkStatements, storeStatements } from '../learner/statements.js';
import { keyedWrite } from '../writes/keyed-write.js';
import { resource } from './resource.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function learnerRoutes(app: Hono, deps: AppDeps): void {
  const auth = requireUser(deps.tokenSecret);
  for (const path of ['/v1/progress', '/v1/progress/*', '/v1/review', '/v1/statements']) app.use(path, auth);

  resource(app, '/v1/progress', {
    GET: async (c) => {
      const body: ProgressList = { items: await listProgress(deps.db, currentUser(c).sub, deps.log) };
      return c.json(body, 200, NO_STORE);
    },
  });

  resource(app, '/v1/progress/:lessonId', {
    PUT: (c) => {
      const lessonId = c.req.param('lessonId') ?? '';
      if (!Id.safeParse(lessonId).success) throw new ApiProblem(404, 'not_found', `"${lessonId}" is not a lesson id`);
      return keyedWrite(c, deps, {
        schema: LessonProgress,
        check: (progress) => {
          if (progress.lessonId !== lessonId) {
            throw new ApiProblem(422, 'validation_failed', `lessonId "${progress.lessonId}" does not match the path's "${lessonId}"`, [{ path: 'lessonId', message: `must be "${lessonId}", as in the path` }]);
          }
        },
        write: async (progress, user, trx) => {
          const body: ProgressResponse = { progress: await saveProgress(trx, user.sub, progress, deps.log, new Date()) };
          return { status: 200, body };
        },
      });
    },
  });

  resource(app, '/v1/review', {
    GET: async (c) => c.json(await readReview(deps.db, currentUser(c).sub, deps.log), 200, NO_STORE),
    PUT: (c) =>
      keyedWrite(c, deps, {
        schema: ReviewState,
        write: async (state, user, trx) => ({ status: 200, body: await saveReview(trx, user.sub, state, deps.log, new Date()) }),
      }),
  });

  resource(app, '/v1/statements', {
    POST: (c) =>
      keyedWrite(c, deps, {
        schema: StatementBatch,
        check: (batch, user) => checkStatements(batch.statements, user),
        write: async (batch, user, trx) => {
          const body = await storeStatements(trx, user.sub, batch.statements, new Date());
          if (body.stored > 0) deps.forwarder?.wake();
          return { status: 200, body };
        },
      }),
  });
}
