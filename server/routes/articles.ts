import type { Hono } from 'hono';
import { Id } from '../../src/protocol/index.js';
import { findArticle } from '../catalog/repository.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { requestHeader } from '../http/request-header.js';
import { ifNoneMatchHits, quoteEtag } from '../http/etag.js';
import { resource } from './resource.js';

/** GET /v1/articles/:id — the full article (markdown body), ETag = its content hash. */
export function articleRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/articles/:id', {
    GET: async (c) => {
      const id = c.req.param('id') ?? '';
      // Not a slug → cannot exist; say so without touching the database.
      const stored = Id.safeParse(id).success ? await findArticle(deps.db, id) : undefined;
      if (!stored) throw new ApiProblem(404, 'not_found', `no article with id "${id}"`);
      const etag = quoteEtag(stored.hash);
      // Content-Type on the 304 as well (see routes/catalog.ts).
      const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' };
      if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), etag)) return c.body(null, 304, headers);
      return c.json(stored.article, 200, headers);
    },
  });
}
