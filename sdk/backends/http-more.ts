/**
 * httpBackend's calls the runtime never makes on the drawer's path, in a small module of their
 * own that `http.ts` imports dynamically: `userData` and `userText` (the per-user reads of learning/review-watch.ts,
 * the learning and ask engines, all loaded lazily themselves — and only for a user with a token),
 * `stream` (the live event stream of ask an expert, opened only while it matters), and `search` and
 * `suggestions` (the runtime searches and ranks the cached catalog itself: it asks the server to
 * search only when it has no catalog, and suggestions are there for hosts that ask the server). Not in http-extra.ts: that one brings the lesson schema along.
 */
import { SearchResponse, SuggestionsResponse, type SearchHit, type WorkContext } from '../../src/protocol/index.js';
import type { RequestOptions, StreamOptions } from '../types.js';
import { BackendError } from '../types.js';
import type { HttpContext } from './http-extra.js';
import { abortError } from './abort.js';
import { fetchBody, fetchJson, serverMessage, type FetchLike, type JsonRequest } from './fetch-json.js';
import { parseResponse } from './validate.js';

/**
 * A per-user read. The list of questions may carry the server's live event sequence as an
 * `X-Event-Seq` header rather than QuestionList's `seq` field: it is folded into the answer as `seq`
 * (a field the server sent wins), so the ask engine reads one place. (Cross-origin, the server must
 * list it in Access-Control-Expose-Headers for the browser to show it.)
 */
export async function userData(ctx: HttpContext, path: string, req: RequestOptions): Promise<unknown> {
  const { base } = ctx;
  let seq: string | null = null;
  const fetch: FetchLike = path === '/v1/questions' ? (input, init) => ctx.fetch(input, init).then((r) => ((seq = r.headers.get('X-Event-Seq')), r)) : ctx.fetch;
  const res = await fetchJson({ fetch, url: `${base}${path}`, source: base, what: `your saved data (${path})`, timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() });
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${base} answered ${path} with "not modified".`);
  const { data } = res;
  if (seq !== null && /^\d{1,15}$/.test(seq) && data && typeof data === 'object' && !('seq' in data)) return { ...data, seq: Number(seq) };
  return data;
}

/** A per-user read as text (the insights' CSV: `/v1/insights/<report>?…&format=csv`). */
export function userText(ctx: HttpContext, path: string, req: RequestOptions): Promise<string> {
  const { base } = ctx;
  return fetchText({ fetch: ctx.fetch, url: `${base}${path}`, source: base, what: `a download (${path.split('?')[0]})`, timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() }, 'text/csv');
}

/** `${base}/v1${path}` with the parameters that have a value. */
function withParams(base: string, path: string, params: Record<string, string | undefined>): string {
  const url = new URL(`${base}/v1${path}`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  return url.href;
}

export async function search(ctx: HttpContext, query: string, req: RequestOptions & { limit?: number }): Promise<SearchHit[]> {
  const { base } = ctx;
  const url = withParams(base, '/search', { q: query, locale: req.locale, limit: req.limit?.toString() });
  const res = await fetchJson({ fetch: ctx.fetch, url, source: base, what: 'search results', timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() });
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${base} answered a search with "not modified".`);
  return parseResponse(SearchResponse, res.data, 'search response', base).hits;
}

export async function suggestions(ctx: HttpContext, context: WorkContext, req: RequestOptions & { limit?: number }): Promise<SuggestionsResponse> {
  const { base } = ctx;
  const params = { screen: context.screen, tags: context.tags?.join(','), recordType: context.record?.type, locale: req.locale, limit: req.limit?.toString() };
  const url = withParams(base, '/suggestions', params);
  const res = await fetchJson({ fetch: ctx.fetch, url, source: base, what: 'suggestions', timeoutMs: ctx.timeoutMs, signal: req.signal, headers: ctx.headers() });
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${base} answered suggestions with "not modified".`);
  return parseResponse(SuggestionsResponse, res.data, 'suggestions response', base);
}

/**
 * The live event stream (`GET /v1/events`, server-sent events) with the bearer token and
 * `Last-Event-ID`: resolves with the body once the server answered 2xx. The timeout covers only the
 * wait for that answer — the stream itself stays open as long as the server keeps it.
 */
export async function stream(ctx: HttpContext, path: string, options: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', ...ctx.headers() };
  if (options.lastEventId) headers['Last-Event-ID'] = options.lastEventId;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException('The server did not answer in time', 'TimeoutError')), ctx.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.base}${path}`, { headers, signal, cache: 'no-store' });
  } catch (error) {
    if (signal.aborted) throw abortError(signal, ctx.base, ctx.timeoutMs);
    throw new BackendError('network', `Could not reach ${ctx.base} for live updates${error instanceof Error && error.message ? ` (${error.message})` : ''}.`, undefined, error);
  } finally {
    clearTimeout(timer);
  }
  const { status } = response;
  if (status >= 200 && status < 300 && response.body) return response.body;
  let said: string | undefined;
  try {
    said = serverMessage(JSON.parse(await response.text()));
  } catch {
    // Not JSON: the status alone has to do.
  }
  const kind = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'http';
  throw new BackendError(kind, `${ctx.base} refused live updates (HTTP ${status}${said ? `: ${said}` : ''}).`, status);
}

/** `fetchJson`'s request for a text body (`accept`: "text/csv"): its text on 2xx, the same errors otherwise. */
async function fetchText(req: JsonRequest, accept: string): Promise<string> {
  const res = await fetchBody(req, accept);
  if (res.status === 'not-modified') throw new BackendError('invalid-response', `${req.source} answered ${req.what} with "not modified".`, 304);
  return res.text;
}
