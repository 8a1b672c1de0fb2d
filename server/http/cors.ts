/**
 * CORS with an exact allow-list (DESIGN.md): `Access-Control-Allow-Origin` echoes the request's
 * origin only when it is listed (or is the server's own origin), never `*` and never `null`
 * (sandboxed iframes and file: pages all send `null`, so allowing it allows everyone). Every
 * API response says `Vary: Origin` (set with the security headers, http/front-door.ts) so a
 * shared cache never hands one origin's answer to another. No credentials: the SDK sends bearer
 * tokens, not cookies. Headers are added after the handler, and only for an allowed origin, so
 * same-origin and server-to-server requests never pay for them.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors.js';

const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, If-None-Match, Authorization, Idempotency-Key, Last-Event-ID';
const EXPOSED_HEADERS = 'ETag, Retry-After';
/** Browsers cap this (Chromium at 2 h); 10 min keeps config changes visible soon. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * Normalise and check configured origins (`https://crm.example.com`, no path, no trailing slash
 * needed). Throws an Error naming the bad entry: a typo here silently blocks a whole host app.
 */
export function parseOrigins(list: readonly string[]): string[] {
  return list
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry === '*' || entry === 'null') throw new Error(`CORS origin "${entry}" is not allowed: list each origin exactly, e.g. https://crm.example.com`);
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`CORS origin "${entry}" is not a URL: expected e.g. https://crm.example.com`);
      }
      const bare = entry.replace(/\/$/, '');
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== bare) {
        throw new Error(`CORS origin "${entry}" must be scheme://host[:port] with no path, e.g. ${url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : 'https://crm.example.com'}`);
      }
      return url.origin;
    });
}

export function cors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    const ok = origin !== 'null' && (allowed.has(origin) || origin === new URL(c.req.url).origin);
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (preflight) {
      if (!ok) throw new ApiProblem(403, 'forbidden', `origin ${origin} is not allowed; add it to CORS_ORIGINS`);
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', PREFLIGHT_MAX_AGE);
      return c.body(null, 204);
    }
    await next();
    if (ok) {
      // On the response's own Headers, not `c.header()`: that rebuilds the response from its
      // body, which a Fetch Response refuses to do for a 304 with the empty body the catalog
      // route uses (routes/catalog.ts).
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}
