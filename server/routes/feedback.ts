/**
 * What employees say and search (issue 5). Every route needs a token; every write an
 * Idempotency-Key (writes/keyed-write.ts) and is rate-limited per user (http/rate-limit.ts: 429
 * with Retry-After, before the body is read).
 *
 *   POST /v1/feedback        FeedbackRequest → FeedbackResponse (201 stored; 200 when that id was
 *                            already stored: the first answer stays)
 *   POST /v1/search-events   SearchEventBatch → SearchEventsResponse
 *   GET  /v1/prompt-state    → PromptState
 *   PUT  /v1/prompt-state    PromptState → PromptState (merged: feedback/prompt-state.ts)
 */
import type { Context, Hono } from 'hono';
import { FeedbackRequest } from '../../src/protocol/feedback.js';
import { SearchEventBatch } from '../../src/protocol/insights.js';
import { PromptState } from '../../src/protocol/prompts.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { checkFeedback } from '../feedback/check.js';
import { readPromptState, savePromptState } from '../feedback/prompt-state.js';
import { storeSearchEvents } from '../feedback/search-events.js';
import { checkSubject, storeFeedback } from '../feedback/store.js';
import { keyedWrite, type KeyedWriteOptions } from '../writes/keyed-write.js';
import type * as z from 'zod/mini';
import { resource } from './resource.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function feedbackRoutes(app: Hono, deps: AppDeps): void {
  const auth = requireUser(deps.tokenSecret);
  for (const path of ['/v1/feedback', '/v1/search-events', '/v1/prompt-state']) app.use(path, auth);

  /** A keyed write behind the per-user limiter: a client over the limit is told when to come back. */
  const limitedWrite = <S extends z.ZodMiniType, P>(c: Context, options: KeyedWriteOptions<S, P>) => {
    deps.feedback.limiter?.take(currentUser(c).sub);
    return keyedWrite(c, deps, options);
  };

  resource(app, '/v1/feedback', {
    POST: (c) =>
      limitedWrite(c, {
        schema: FeedbackRequest,
        check: (input) => checkFeedback(input),
        // Read before the transaction: SQLite has one connection, a read on it inside would wait forever.
        prepare: (input) => checkSubject(deps.db, input.subject),
        write: (input, user, trx) => storeFeedback(trx, user.sub, input, new Date()),
      }),
  });

  resource(app, '/v1/search-events', {
    POST: (c) =>
      limitedWrite(c, {
        schema: SearchEventBatch,
        write: async (batch, user, trx) => ({ status: 200, body: await storeSearchEvents(trx, user.sub, batch.events, new Date()) }),
      }),
  });

  resource(app, '/v1/prompt-state', {
    GET: async (c) => c.json(await readPromptState(deps.db, currentUser(c).sub, deps.log), 200, NO_STORE),
    PUT: (c) =>
      limitedWrite(c, {
        schema: PromptState,
        write: async (state, user, trx) => ({ status: 200, body: await savePromptState(trx, user.sub, state, deps.log, new Date()) }),
      }),
  });
}
