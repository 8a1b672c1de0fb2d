import type { Hono } from 'hono';
import { ifNoneMatchHits } from '../http/etag.js';
import type { AppDeps } from '../deps.js';
import { resource } from './resource.js';

/**
 * `no-cache` = "store it, but ask before using it": every client revalidates with If-None-Match
 * and, while the catalog is unchanged, gets a body-less 304. The JSON string is built once per
 * catalog version, so this route is the cheapest one the server has.
 */
const CACHE_CONTROL = 'no-cache';
const JSON_TYPE = 'application/json; charset=utf-8';

/** GET /v1/catalog */
export function catalogRoutes(app: Hono, deps: AppDeps): void {
  resource(app, '/v1/catalog', {
    GET: async (c) => {
      const snapshot = await deps.catalog.current();
      // Content-Type on the 304 too: a cache updates its stored headers from a 304, and the Node
      // adapter would otherwise label the empty answer text/plain.
      const headers = { ETag: snapshot.etag, 'Cache-Control': CACHE_CONTROL, 'Content-Type': JSON_TYPE };
      if (ifNoneMatchHits(c.req.header('if-none-match'), snapshot.etag)) return c.body(null, 304, headers);
      return c.body(snapshot.json, 200, headers);
    },
  });
}
