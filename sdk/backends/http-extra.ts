/**
 * httpBackend's lesson and write calls, in a module of their own: the runtime chunk
 * (catalog, articles, search) is counted against the drawer's byte budget, and nothing here is
 * needed until a lesson is opened or the outbox has something to send (`userData`, which the review badge
 * needs at idle, is in http-more.ts). `http.ts` imports this
 * module dynamically.
 */
import { Lesson } from '../../src/protocol/index.js';
import type { Revalidated, SendRequest, SendResult } from '../types.js';
import { BackendError } from '../types.js';
import { abortError } from './abort.js';
import { fetchJson, serverMessage, type FetchLike } from './fetch-json.js';
import { parseRetryAfter } from './retry-after.js';
import { parseResponse } from './validate.js';

export interface HttpContext {
  base: string;
  timeoutMs: number;
  fetch: FetchLike;
  headers(): Record<string, string>;
}

export async function lesson(ctx: HttpContext, id: string, req: { signal?: AbortSignal; etag?: string }): Promise<Revalidated<Lesson>> {
  const what = `lesson "${id}"`;
  const res = await fetchJson({ fetch: ctx.fetch, url: `${ctx.base}/v1/lessons/${encodeURIComponent(id)}`, source: ctx.base, what, timeoutMs: ctx.timeoutMs, signal: req.signal, etag: req.etag, headers: ctx.headers() });
  if (res.status === 'not-modified') return res;
  const data = parseResponse(Lesson, res.data, what, ctx.base);
  if (data.id !== id) throw new BackendError('invalid-response', `${ctx.base} answered with lesson "${data.id}" when asked for "${id}".`);
  return { status: 'fresh', data, etag: res.etag };
}

/**
 * One write, JSON, with `Idempotency-Key` and the bearer token. Small bodies go with `keepalive`,
 * so a write started as the tab is hidden or closed still reaches the server.
 */
export async function send(ctx: HttpContext, request: SendRequest): Promise<SendResult> {
  const body = JSON.stringify(request.body);
  const timeout = AbortSignal.timeout(ctx.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.base}${request.path}`, {
      method: request.method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': request.idempotencyKey, ...ctx.headers() },
      body,
      signal,
      // Browsers cap keepalive bodies at 64 KiB in total.
      keepalive: body.length < 60_000,
    });
  } catch (error) {
    if (signal.aborted) throw abortError(signal, ctx.base, ctx.timeoutMs);
    throw new BackendError('network', `Could not reach ${ctx.base} to save ${request.method} ${request.path}${error instanceof Error && error.message ? ` (${error.message})` : ''}.`, undefined, error);
  }
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw abortError(signal, ctx.base, ctx.timeoutMs);
    throw new BackendError('network', `The connection to ${ctx.base} broke while saving ${request.path}.`, response.status, error);
  }
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's error page): the status says what happened.
  }
  return {
    status: response.status,
    body: parsed,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    message: serverMessage(parsed),
  };
}
