/**
 * One request header, cheaply. Under @hono/node-server, asking Hono's request for any header
 * (`c.req.header()`) makes the adapter build a Fetch `Headers` object from every raw header of the
 * request; the cached catalog revalidation reads one header and is otherwise a string write, so
 * that object was a sizeable share of its CPU (bench/server.bench.ts). The adapter passes Node's
 * IncomingMessage as `c.env.incoming`, whose headers are already parsed; without it (tests calling
 * `app.request()`), Hono's accessor answers.
 */
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  // Node joins repeated headers with ", " (all but set-cookie, which requests do not carry).
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
