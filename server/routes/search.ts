import type { Hono } from 'hono';
import { SearchRequest, type SearchResponse } from '../../src/protocol/index.js';
import type { AppDeps } from '../deps.js';
import { validate } from '../http/json-body.js';
import { resource } from './resource.js';

/**
 * GET /v1/search?q=&locale=&limit= — the same search the SDK runs offline, for clients that have
 * no catalog yet. Index per catalog version (CatalogSnapshot.search).
 */
export function searchRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/search', {
    GET: async (c) => {
      const request = validate(SearchRequest, { q: c.req.query('q'), locale: c.req.query('locale'), limit: c.req.query('limit') });
      const snapshot = await deps.catalog.current();
      const hits = snapshot.search.search(request.q, { limit: request.limit, locale: request.locale });
      const body: SearchResponse = { query: request.q, hits };
      return c.json(body, 200, { 'Cache-Control': 'no-cache' });
    },
  });
}
