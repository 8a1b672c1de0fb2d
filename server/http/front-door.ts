/**
 * Transport policy, applied to every request before Hono sees it, on the Node request and
 * response themselves:
 *
 * - Security headers that cost nothing and close whole classes of problems.
 * - CORS for the API (http/cors.ts), preflights answered here.
 * - A declared `Content-Length` over the body limit is answered 413 before routing and before a
 *   byte of the body is read (streamed bodies are counted in http/body-limit.ts).
 *
 * Headers set here with `setHeader` are merged by Node into whatever the app writes, so they
 * reach every response (a 304, an error, one the adapter writes itself), and the app's routes
 * stay on the adapter's fast path (a plain header object written straight to the socket). As
 * Hono middleware (`c.header`) the same headers forced a Headers object onto every response and
 * cost the cached catalog GET about a third of its throughput (bench/server.bench.ts).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { bodyLimitFor, tooLargeMessage } from './body-limit.js';
import { applyCors } from './cors.js';
import { writeError } from './errors.js';

/** On every response: no MIME sniffing (a JSON body is never run as script or HTML). */
const EVERYWHERE: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/**
 * On API responses: JSON needs no capabilities, so opened in a tab it can load nothing and cannot
 * be framed. `Vary: Origin` because CORS headers depend on the request's Origin (http/cors.ts).
 */
const API: [string, string][] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['Vary', 'Origin'],
];

export interface FrontDoorOptions {
  bodyLimit: number;
  /** Exact origins allowed by CORS (http/cors.ts `parseOrigins`). */
  corsOrigins: readonly string[];
}

export function frontDoor(listener: RequestListener, options: FrontDoorOptions): RequestListener {
  const allowed = new Set(options.corsOrigins);
  return (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of EVERYWHERE) res.setHeader(name, value);
    if (req.url?.startsWith('/v1/')) {
      for (const [name, value] of API) res.setHeader(name, value);
      if (applyCors(req, res, allowed)) return;
    }
    const declared = req.headers['content-length'];
    const limit = bodyLimitFor(req.url ?? '', options.bodyLimit);
    if (declared !== undefined && Number(declared) > limit) {
      // Close the connection: the rest of the body is still on the wire and we will not read it.
      return writeError(res, 413, 'payload_too_large', tooLargeMessage(limit), { Connection: 'close' });
    }
    listener(req, res);
  };
}
