/**
 * httpBackend's calls the runtime never makes on the drawer's path, in a small module of their
 * own that `http.ts` imports dynamically: `userData` (the per-user reads of learning/review-watch.ts
 * and the engine, both loaded lazily themselves — and only for a user with a token) and
 * `suggestions` (the runtime ranks the cached catalog itself; the call is there for hosts that
 * ask the server). Not in http-extra.ts: that one brings the lesson schema along.
 */
import { SuggestionsResponse, type WorkContext } from '../../src/protocol/index.js';
import type { RequestOptions } from '../types.js';
import { BackendError } from '../types.js';
import type { HttpContext } from './http-extra.js';
import { fetchJson } from './fetch-json.js';
import { parseResponse } from './validate.js';

export async function userData(ctx: HttpContext, path: string, req: RequestOptions): Promise<unknown> {
  const { base } = ctx;
  const res = await fetchJson({ fetch: ctx.fetch, url: `${base}${path}`, source: base, what: `your saved data (${path})`, timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() });
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${base} answered ${path} with "not modified".`);
  return res.data;
}

export async function suggestions(ctx: HttpContext, context: WorkContext, req: RequestOptions & { limit?: number }): Promise<SuggestionsResponse> {
  const { base } = ctx;
  const url = new URL(`${base}/v1/suggestions`);
  const params = { screen: context.screen, tags: context.tags?.join(','), recordType: context.record?.type, locale: req.locale, limit: req.limit?.toString() };
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  const res = await fetchJson({ fetch: ctx.fetch, url: url.href, source: base, what: 'suggestions', timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() });
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${base} answered suggestions with "not modified".`);
  return parseResponse(SuggestionsResponse, res.data, 'suggestions response', base);
}
