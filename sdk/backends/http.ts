/**
 * `httpBackend`: the reference server, or any server speaking the v1 protocol (docs/protocol.md).
 * Paths are appended to `url` (`https://help.example.com/api` → `…/api/v1/catalog`). Every payload
 * is validated with src/protocol; catalog and articles are conditional GETs (ETag/If-None-Match).
 * The real server is exercised by test/e2e; test/sdk/http-backend.test.ts drives it with a fake
 * `fetch` returning real Responses.
 */
import { Article, Catalog } from '../../src/protocol/index.js';
import type { Backend, LearnUser, RequestOptions, Revalidated } from '../types.js';
import { BackendError } from '../types.js';
import { fetchJson, type FetchLike, type JsonRequest, type JsonResult } from './fetch-json.js';
import { parseResponse } from './validate.js';

export interface HttpBackendOptions {
  /** Base URL of the API (without `/v1`). Relative URLs resolve against the page. */
  url: string;
  /** Per request, in ms. Default 8000. */
  timeoutMs?: number;
  /** Defaults to the global `fetch` (tests pass their own). */
  fetch?: FetchLike;
}

const DEFAULT_TIMEOUT_MS = 8000;

function baseUrl(url: string): string {
  if (typeof url !== 'string' || url.trim() === '') throw new TypeError('httpBackend: `url` is required, e.g. "https://help.example.com/api"');
  let parsed: URL;
  try {
    parsed = new URL(url, typeof location === 'undefined' ? undefined : location.href);
  } catch {
    throw new TypeError(`httpBackend: "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`httpBackend: "${url}" must be an http(s) URL`);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href.replace(/\/+$/, '');
}

/**
 * A backend over HTTP (`GET {url}/v1/catalog`, `/v1/articles/:id`; the server's search and
 * suggestions, the user's progress, review, questions and inbox and the live event stream through
 * http-more.ts, lessons and writes through http-extra.ts).
 * Throws a TypeError for a missing or non-http(s) `url`; every call rejects with `BackendError`.
 */
export function httpBackend(options: HttpBackendOptions): Backend {
  const base = baseUrl(options?.url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Bound, or a `fetch` taken off `window` throws "Illegal invocation" when called unbound.
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  let token: string | undefined;

  function request(path: string, what: string, req: RequestOptions): Promise<JsonResult> {
    const json: JsonRequest = { fetch: doFetch, url: `${base}/v1${path}`, source: base, what, timeoutMs, signal: req.signal, etag: req.etag, headers: ctx.headers() };
    return fetchJson(json);
  }

  const ctx = { base, timeoutMs, fetch: doFetch, headers: (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {}) };
  const extra = () => import('./http-extra.js');
  const more = () => import('./http-more.js');

  return {
    kind: 'http',
    lesson: (id, req = {}) => extra().then((m) => m.lesson(ctx, id, req)),
    userData: (path, req = {}) => more().then((m) => m.userData(ctx, path, req)),
    userText: (path, req = {}) => more().then((m) => m.userText(ctx, path, req)),
    send: (request) => extra().then((m) => m.send(ctx, request)),
    stream: (path, opts) => more().then((m) => m.stream(ctx, path, opts)),
    describe: base,
    setUser(user: LearnUser | null) {
      token = user?.token || undefined;
    },
    articlePageUrl(id: string) {
      return `${base}/articles/${encodeURIComponent(id)}`;
    },
    async catalog(req: RequestOptions = {}): Promise<Revalidated<Catalog>> {
      const res = await request('/catalog', 'the catalog', req);
      if (res.status === 'not-modified') return res;
      return { status: 'fresh', data: parseResponse(Catalog, res.data, 'catalog', base), etag: res.etag };
    },
    async article(id: string, req: RequestOptions = {}): Promise<Revalidated<Article>> {
      const res = await request(`/articles/${encodeURIComponent(id)}`, `article "${id}"`, req);
      if (res.status === 'not-modified') return res;
      const article = parseResponse(Article, res.data, `article "${id}"`, base);
      if (article.id !== id) throw new BackendError('invalid-response', `${base} answered with article "${article.id}" when asked for "${id}".`);
      return { status: 'fresh', data: article, etag: res.etag };
    },
    search: (query, req = {}) => more().then((m) => m.search(ctx, query, req)),
    suggestions: (context, req = {}) => more().then((m) => m.suggestions(ctx, context, req)),
  };
}
