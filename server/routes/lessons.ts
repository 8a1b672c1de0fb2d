import type { Hono } from 'hono';
import { Id } from '../../src/protocol/index.js';
import { findLesson } from '../catalog/lessons.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { ifNoneMatchHits, quoteEtag } from '../http/etag.js';
import { requestHeader } from '../http/request-header.js';
import { resource } from './resource.js';

/** GET /v1/lessons/:id — the full lesson (text steps with server-rendered `html`), ETag = its content hash. */
export function lessonRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/lessons/:id', {
    GET: async (c) => {
      const id = c.req.param('id') ?? '';
      const stored = Id.safeParse(id).success ? await findLesson(deps.db, id) : undefined;
      if (!stored) throw new ApiProblem(404, 'not_found', `no lesson with id "${id}"`);
      const etag = quoteEtag(stored.hash);
      const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' };
      if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), etag)) return c.body(null, 304, headers);
      return c.json(stored.lesson, 200, headers);
    },
  });
}
