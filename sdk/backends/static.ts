/**
 * `staticBackend`: one content pack JSON (`learnflow pack ./content pack.json`) on any static
 * host — read-only (no `send`: writes wait in the outbox). Ask an expert over it: the pack's
 * catalog topics are offered (without experts); a question is queued in the outbox and shown as
 * pending (`learn.questions.mine()`), with a `warning` event — it is sent once the host switches to
 * a backend that accepts writes for the same tenant and user; inbox calls reject (`http`). The pack is fetched with ETag, validated with `ContentPack`, and kept in
 * memory; search and suggestions are computed locally. The catalog's ETag is the pack's HTTP
 * ETag (or its catalog version when the host sends none), so a reload revalidates with a 304.
 */
import { ContentPack, type Article, type Catalog, type Lesson, type SearchHit, type WorkContext } from '../../src/protocol/index.js';
import type { Backend, RequestOptions, Revalidated } from '../types.js';
import { BackendError } from '../types.js';
import { fetchJson, type FetchLike } from './fetch-json.js';
import { LocalQuery } from './local-query.js';
import { parseResponse } from './validate.js';
import { etagFor, versionHash } from './version-hash.js';

export interface StaticBackendOptions {
  /** URL of the content pack JSON. Relative URLs resolve against the page. */
  url: string;
  /** Per request, in ms. Default 8000. */
  timeoutMs?: number;
  fetch?: FetchLike;
}

interface Loaded {
  pack: ContentPack;
  etag: string;
  articles: Map<string, { article: Article; etag: string }>;
  lessons: Map<string, { lesson: Lesson; etag: string }>;
  query: LocalQuery;
}

function packUrl(url: string): string {
  if (typeof url !== 'string' || url.trim() === '') throw new TypeError('staticBackend: `url` of the content pack is required, e.g. "/help/pack.json"');
  try {
    return new URL(url, typeof location === 'undefined' ? undefined : location.href).href;
  } catch {
    throw new TypeError(`staticBackend: "${url}" is not a URL`);
  }
}

/** A read-only backend over one content pack JSON; every call rejects with `BackendError`. */
export function staticBackend(options: StaticBackendOptions): Backend {
  const url = packUrl(options?.url);
  const timeoutMs = options.timeoutMs ?? 8000;
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  let loaded: Loaded | null = null;
  let loading: Promise<Loaded | 'not-modified'> | null = null;

  async function fetchPack(signal: AbortSignal | undefined, etag: string | undefined): Promise<Loaded | 'not-modified'> {
    const res = await fetchJson({ fetch: doFetch, url, source: url, what: 'the content pack', timeoutMs, signal, etag });
    if (res.status === 'not-modified') return 'not-modified';
    const pack = parseResponse(ContentPack, res.data, 'content pack', url);
    const articles = new Map(pack.articles.map((a) => [a.id, { article: a, etag: etagFor(versionHash(JSON.stringify(a))) }]));
    const lessons = new Map(pack.lessons.map((l) => [l.id, { lesson: l, etag: etagFor(versionHash(JSON.stringify(l))) }]));
    return { pack, etag: res.etag ?? etagFor(pack.catalog.version), articles, lessons, query: new LocalQuery(pack.catalog) };
  }

  /** Fetch the pack (conditionally with `etag`); concurrent callers share one request. */
  async function load(signal: AbortSignal | undefined, etag: string | undefined): Promise<Loaded | 'not-modified'> {
    loading ??= fetchPack(signal, etag).finally(() => {
      loading = null;
    });
    const result = await loading;
    if (result !== 'not-modified') loaded = result;
    return result;
  }

  /** The pack in memory, fetched once if needed. */
  async function pack(signal: AbortSignal | undefined): Promise<Loaded> {
    if (loaded) return loaded;
    const result = await load(signal, undefined);
    if (result === 'not-modified') throw new BackendError('invalid-response', `${url} answered "not modified" to an unconditional request.`);
    return result;
  }

  return {
    kind: 'static',
    describe: url,
    async catalog(req: RequestOptions = {}): Promise<Revalidated<Catalog>> {
      const result = await load(req.signal, loaded?.etag ?? req.etag);
      if (result === 'not-modified') {
        // Unchanged pack: current if the caller has this pack's catalog (or asked with its ETag).
        if (!loaded || req.etag === loaded.etag) return { status: 'not-modified' };
        return { status: 'fresh', data: structuredClone(loaded.pack.catalog), etag: loaded.etag };
      }
      if (req.etag === result.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(result.pack.catalog), etag: result.etag };
    },
    async article(id: string, req: RequestOptions = {}): Promise<Revalidated<Article>> {
      const entry = (await pack(req.signal)).articles.get(id);
      if (!entry) throw new BackendError('not-found', `${url} has no article "${id}".`, 404);
      if (req.etag === entry.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(entry.article), etag: entry.etag };
    },
    async lesson(id: string, req: RequestOptions = {}): Promise<Revalidated<Lesson>> {
      const entry = (await pack(req.signal)).lessons.get(id);
      if (!entry) throw new BackendError('not-found', `${url} has no lesson "${id}".`, 404);
      if (req.etag === entry.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(entry.lesson), etag: entry.etag };
    },
    async search(query: string, req: RequestOptions & { limit?: number } = {}): Promise<SearchHit[]> {
      return (await pack(req.signal)).query.search(query, { limit: req.limit, locale: req.locale });
    },
    async suggestions(context: WorkContext, req: RequestOptions & { limit?: number } = {}) {
      return (await pack(req.signal)).query.suggestions(context, { limit: req.limit, locale: req.locale });
    },
  };
}
