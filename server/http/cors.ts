/**
 * CORS with an exact allow-list (DESIGN.md): `Access-Control-Allow-Origin` echoes the request's
 * origin only when it is listed (or is the server's own origin), never `*` and never `null`
 * (sandboxed iframes and file: pages all send `null`, so allowing it allows everyone). Every API
 * response says `Vary: Origin` (http/front-door.ts) so a shared cache never hands one origin's
 * answer to another. No credentials: the SDK sends bearer tokens, not cookies.
 *
 * Applied on the Node response before Hono runs (http/front-door.ts): a request without an
 * Origin costs nothing, the headers reach every response Hono writes (a 304 and an error alike),
 * and a preflight never reaches the router.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeError } from './errors.js';

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, If-None-Match, Authorization, Idempotency-Key, Last-Event-ID';
const EXPOSED_HEADERS = 'ETag, Retry-After, Idempotent-Replayed';
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

/**
 * The page's own server: same host as the request. The scheme is not compared, because behind
 * a TLS-terminating proxy the page is `https:` while this server only ever sees `http:`.
 */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Adds the CORS headers an allowed origin gets, or answers a preflight. Returns true when the
 * request has been answered (a preflight) and must not go on to the app.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const ok = origin !== 'null' && (allowed.has(origin) || isOwnOrigin(origin, req.headers.host));
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (preflight) {
    if (!ok) {
      writeError(res, 403, 'forbidden', `origin ${origin} is not allowed; add it to CORS_ORIGINS`);
      return true;
    }
    res.writeHead(204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    });
    res.end();
    return true;
  }
  if (ok) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
  return false;
}
