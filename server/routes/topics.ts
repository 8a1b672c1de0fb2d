/**
 * GET /v1/topics?locale= → TopicsResponse: every topic with its experts, the likely expert (who a
 * question in `locale` would be routed to now) and the typical answer time.
 *
 * Signed-in only, unlike the catalog: it names employees and their working hours, and nobody
 * without a token could ask anyway. `private, no-cache`: a browser may keep it for the next open,
 * a shared cache may not, and the likely expert moves with every claim.
 */
import type { Hono } from 'hono';
import { Locale, type TopicsResponse } from '../../src/protocol/index.js';
import { requireUser } from '../auth/middleware.js';
import { listTopics } from '../ask/topics.js';
import type { AppDeps } from '../deps.js';
import { validate } from '../http/json-body.js';
import { directoryOf } from './ask-env.js';
import { resource } from './resource.js';
import * as z from 'zod/mini';

const TopicsQuery = z.object({ locale: z.optional(Locale) });

export function topicRoutes(app: Hono, deps: AppDeps): void {
  app.use('/v1/topics', requireUser(deps.tokenSecret));
  resource(app, '/v1/topics', {
    GET: async (c) => {
      const { locale } = validate(TopicsQuery, { locale: c.req.query('locale') || undefined });
      const body: TopicsResponse = { items: await listTopics(deps.db, await directoryOf(deps), locale, new Date()) };
      return c.json(body, 200, { 'Cache-Control': 'private, no-cache' });
    },
  });
}
