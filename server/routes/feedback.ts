/**
 * What employees say and search (issue 5). Every route needs a token; every write an
 * Idempotency-Key (writes/keyed-write.ts), which also rate-limits every write per user
 * (http/rate-limit.ts: 429 with Retry-After, before the body is read).
 *
 *   POST /v1/feedback        FeedbackRequest → FeedbackResponse (201 stored; 200 when that id was
 *                            already stored: the first answer stays)
 *   POST /v1/search-events   SearchEventBatch → SearchEventsResponse
 *   GET  /v1/prompt-state    → PromptState
 *   PUT  /v1/prompt-state    PromptState → PromptState (merged: feedback/prompt-state.ts)
 */
import type { Hono } from 'hono';
import { FeedbackRequest } from '../../src/protocol/feedback.js';
import { SearchEventBatch } from '../../src/protocol/insights.js';
import { PromptState } from '../../src/protocol/prompts.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { checkFeedback } from '../feedback/check.js';
import { readPromptState, savePromptState } from '../feedback/prompt-state.js';
import { storeSearchEvents } from '../feedback/search-events.js';
import { checkSubject, storeFeedback } from '../feedback/store.js';
import { keyedWrite } from '../writes/keyed-write.js';
import { resource } from './resource.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function feedbackRoutes(app: Hono, deps: AppDeps): void {
  const auth = requireUser(deps.tokenSecret);
  for (const path of ['/v1/feedback', '/v1/search-events', '/v1/prompt-state']) app.use(path, auth);

  resource(app, '/v1/feedback', {
    POST: (c) =>
      keyedWrite(c, deps, {
        schema: FeedbackRequest,
        check: (input) => checkFeedback(input),
        // Read before the transaction: SQLite has one connection, a read on it inside would wait forever.
        prepare: (input) => checkSubject(deps.db, input.subject),
        write: (input, user, trx) => storeFeedback(trx, user.sub, input, new Date()),
      }),
  });

  resource(app, '/v1/search-events', {
    POST: (c) =>
      keyedWrite(c, deps, {
        schema: SearchEventBatch,
        write: async (batch, user, trx) => ({ status: 200, body: await storeSearchEvents(trx, user.sub, batch.events, new Date()) }),
      }),
  });

  resource(app, '/v1/prompt-state', {
    GET: async (c) => c.json(await readPromptState(deps.db, currentUser(c).sub, deps.log), 200, NO_STORE),
    PUT: (c) =>
      keyedWrite(c, deps, {
        schema: PromptState,
        write: async (state, user, trx) => ({ status: 200, body: await savePromptState(trx, user.sub, state, deps.log, new Date()) }),
      }),
  });
}
