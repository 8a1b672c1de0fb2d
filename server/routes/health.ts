import type { Hono } from 'hono';
import type { Health } from '../../src/protocol/index.js';
import type { AskHealth } from '../ask/service.js';
import type { AppDeps } from '../deps.js';
import { resource } from './resource.js';

/**
 * GET /v1/health: liveness plus what is served (`version` is the catalog version, `articles` and
 * `lessons` its counts) and, when an LRS is configured, how forwarding stands (`lrs`: statements
 * pending, sent, rejected) and ask-an-expert (`ask`: questions waiting for an expert, escalated
 * ones among them, open live streams, and webhook notices pending/sent/failed when a webhook is
 * configured). Fields beyond the protocol's `Health` are additive (clients drop them).
 */
export function healthRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/health', {
    GET: async (c) => {
      const snapshot = await deps.catalog.current();
      const body: Health & { lessons: number; lrs?: { pending: number; sent: number; rejected: number }; ask?: AskHealth } = {
        ok: true,
        version: snapshot.version,
        articles: snapshot.catalog.articles.length,
        lessons: snapshot.catalog.lessons.length,
      };
      if (deps.forwarder) body.lrs = await deps.forwarder.counts();
      body.ask = await deps.ask.health();
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    },
  });
}
