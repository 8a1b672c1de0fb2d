/**
 * Response headers that cost nothing and close whole classes of problems. Set before the handler
 * runs (Hono merges them into the response it builds), so no response is rebuilt afterwards.
 */
import type { MiddlewareHandler } from 'hono';

/** On every response: no MIME sniffing (a JSON body is never run as script or HTML). */
export function baseSecurityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    await next();
  };
}

/**
 * On API responses: JSON needs no capabilities at all. If someone opens one in a browser tab it
 * can load nothing and cannot be framed.
 */
export function apiSecurityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('X-Frame-Options', 'DENY');
    await next();
  };
}
