import type { Hono } from 'hono';
import type { Health } from '../../src/protocol/index.js';
import type { AppDeps } from '../deps.js';
import { resource } from './resource.js';

/** GET /v1/health: liveness plus what is served (`version` is the catalog version). */
export function healthRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/health', {
    GET: async (c) => {
      const snapshot = await deps.catalog.current();
      const body: Health = { ok: true, version: snapshot.version, articles: snapshot.catalog.articles.length };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    },
  });
}
