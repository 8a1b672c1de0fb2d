import type { Hono } from 'hono';
import { requestHeader } from '../http/request-header.js';
import { ifNoneMatchHits } from '../http/etag.js';
import type { AppDeps } from '../deps.js';
import { resource } from './resource.js';

/**
 * GET /v1/catalog. Every client revalidates with If-None-Match (`Cache-Control: no-cache`, see
 * catalog/store.ts) and, while the catalog is unchanged, gets a body-less 304. Body and headers
 * are built once per catalog version, so this is the cheapest route the server has.
 */
export function catalogRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/catalog', {
    GET: async (c) => {
      const snapshot = await deps.catalog.current();
      // Plain Responses with header objects built once per catalog version: the Node adapter
      // writes those without building a Headers instance (bench/server.bench.ts). Security and
      // CORS headers were already set on the Node response (http/front-door.ts); Node merges them.
      if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), snapshot.etag)) return new Response('', { status: 304, headers: snapshot.headers304 });
      return new Response(snapshot.body, { status: 200, headers: snapshot.headers200 });
    },
  });
}
