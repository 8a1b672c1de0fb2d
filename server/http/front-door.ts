/**
 * What happens to every request before Hono sees it, on the Node response itself:
 *
 * - Security headers that cost nothing and close whole classes of problems. Node merges them into
 *   whatever the app writes, they cover responses the adapter writes itself, and the cached
 *   catalog GET stays on the adapter's fast path (a plain header object written straight to the
 *   socket). As Hono middleware (`c.header`) they forced a Headers object onto every response.
 * - A declared `Content-Length` over the body limit is answered 413 here, before routing and
 *   before a byte of the body is read (streamed bodies are counted in http/body-limit.ts).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { tooLargeMessage } from './body-limit.js';
import { errorBody } from './errors.js';

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

function refuseTooLarge(res: ServerResponse, limit: number): void {
  const body = JSON.stringify(errorBody('payload_too_large', tooLargeMessage(limit)));
  // Close the connection: the rest of the body is still on the wire and we will not read it.
  res.writeHead(413, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(body);
}

export function frontDoor(listener: RequestListener, options: { bodyLimit: number }): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of EVERYWHERE) res.setHeader(name, value);
    if (req.url?.startsWith('/v1/')) for (const [name, value] of API) res.setHeader(name, value);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > options.bodyLimit) return refuseTooLarge(res, options.bodyLimit);
    listener(req, res);
  };
}
