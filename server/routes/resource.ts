/**
 * Register a path with its methods, and answer every other method on it with 405 and an `Allow`
 * header. Explicit per path, so a catch-all static route never turns an unknown API path's 404
 * into a 405.
 */
import type { Handler, Hono } from 'hono';
import { ApiProblem } from '../http/errors.js';

type Method = 'GET' | 'POST' | 'PUT';

export function resource(app: Hono, path: string, handlers: Partial<Record<Method, Handler>>): void {
  const methods = Object.keys(handlers) as Method[];
  for (const method of methods) {
    const handler = handlers[method];
    if (handler) app.on(method, path, handler);
  }
  // GET implies HEAD (Hono answers HEAD from the GET handler); OPTIONS is CORS preflight.
  const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  app.all(path, (c) => {
    // A plain OPTIONS (not a CORS preflight, which http/cors.ts answers) asks what is allowed.
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
    throw new ApiProblem(405, 'bad_request', `${c.req.method} is not supported on ${c.req.path}; use ${allow}`, undefined, { Allow: allow });
  });
}
