/**
 * `memoryBackend`: content held in memory, for tests, demos and prototypes. It behaves like a
 * server where it matters to the runtime: input validated with the protocol schemas, a catalog
 * version hash honoured as If-None-Match, optional latency (so loading states can be seen and
 * tested), copies handed out (nobody mutates the "server" copy), and failures on demand.
 */
import * as z from 'zod/mini';
import {
  Article,
  Catalog,
  Expert,
  Lesson,
  Topic,
  WorkContext,
  type SearchHit,
  type SuggestionsResponse,
} from '../../src/protocol/index.js';
import { BackendError, type Backend, type BackendErrorKind, type LearnUser, type RequestOptions, type Revalidated } from '../types.js';
import { MemoryAsk, type MemoryAskContent } from './memory-ask.js';
import { MemoryFeedback } from './memory-feedback.js';
import { MemoryWrites } from './memory-writes.js';
import { delay, throwIfAborted } from './abort.js';
import { LocalQuery } from './local-query.js';
import { describeIssues } from './validate.js';
import { etagFor, versionHash } from './version-hash.js';

/**
 * What `memoryBackend` accepts; article defaults (summary, tags, locale…) are filled in by the
 * schema. `askTopics` (as in topics.yaml) and `experts` make the ask-an-expert server: a user whose
 * id is an expert's sees the inbox; without `askTopics`, each catalog topic is an ask topic.
 */
export interface MemoryContent extends MemoryAskContent {
  articles: z.input<typeof Article>[];
  lessons?: z.input<typeof Lesson>[];
  topics?: z.input<typeof Topic>[];
  experts?: z.input<typeof Expert>[];
}

export interface MemoryBackendOptions extends MemoryContent {
  /** Delay every answer by this many ms (respecting abort signals). Default 0. */
  latencyMs?: number;
}

export interface MemoryBackend extends Backend {
  readonly kind: 'memory';
  /** Replace the content (a new catalog version), as if an author published. */
  replace(content: MemoryContent): void;
  /**
   * Make every following call fail with this kind (`'network'` simulates being offline), or
   * `null` to answer normally again.
   */
  setFailure(kind: BackendErrorKind | null): void;
  /** Calls made so far, per method, e.g. to check a 304 path in tests. */
  readonly calls: { catalog: number; article: number; search: number; suggestions: number; lesson: number; send: number; userData: number; stream: number };
  /**
   * The server side of writes: per-user progress, review and statements as the reference server
   * keeps them (merged, de-duplicated by idempotency key), the requests received, and `hook` to
   * answer a request with a status of your choosing or no answer at all.
   */
  readonly writes: MemoryWrites;
  /**
   * The ask-an-expert server: topics, questions, inbox, publish, live events — and test hooks
   * (`reply` as an expert, `dropStreams`, `pushRaw`). Published articles join the catalog.
   */
  readonly ask: MemoryAsk;
  /** The feedback server: POST /v1/feedback (`items`) and POST /v1/search-events (`searches`), each stored once per id. */
  readonly feedback: MemoryFeedback;
}

const Content = z.object({
  articles: z.array(Article),
  lessons: z._default(z.array(Lesson), []),
  topics: z._default(z.array(Topic), []),
  experts: z._default(z.array(Expert), []),
});
type Content = z.infer<typeof Content>;

const HEADING = /^#{2,3}\s+(.+?)\s*#*\s*$/gm;

function headingsOf(article: Article): string[] {
  if (article.headings.length > 0) return article.headings;
  return [...article.body.matchAll(HEADING)].map((m) => (m[1] ?? '').slice(0, 200)).slice(0, 50);
}

interface State {
  catalog: Catalog;
  etag: string;
  articles: Map<string, { article: Article; etag: string }>;
  lessons: Map<string, { lesson: Lesson; etag: string }>;
  query: LocalQuery;
}

function load(content: MemoryContent): State {
  const parsed = Content.safeParse(content);
  if (!parsed.success) throw new TypeError(`memoryBackend: invalid content (${describeIssues(parsed.error)})`);
  const { articles, lessons }: Content = parsed.data;
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new TypeError(`memoryBackend: two articles have the id "${a.id}"`);
    seen.add(a.id);
  }
  const withHeadings = articles.map((a) => ({ ...a, headings: headingsOf(a) }));
  const version = versionHash(JSON.stringify([withHeadings, lessons, parsed.data.topics]));
  // Deterministic: the newest content date, so the same content always yields the same catalog.
  const dates = [...withHeadings, ...lessons].map((x) => x.updatedAt).sort();
  const catalog = Catalog.parse({
    version,
    generatedAt: dates.at(-1) ?? '1970-01-01T00:00:00Z',
    articles: withHeadings.map(({ body: _body, html: _html, ...meta }) => meta),
    lessons: lessons.map(({ steps: _steps, passMark: _passMark, ...meta }) => meta),
    topics: parsed.data.topics,
  });
  return {
    catalog,
    etag: etagFor(version),
    articles: new Map(withHeadings.map((a) => [a.id, { article: a, etag: etagFor(versionHash(JSON.stringify(a))) }])),
    lessons: new Map(lessons.map((l) => [l.id, { lesson: l, etag: etagFor(versionHash(JSON.stringify(l))) }])),
    query: new LocalQuery(catalog),
  };
}

/** Content in memory; throws a `TypeError` naming the bad field when the content is invalid. */
export function memoryBackend(options: MemoryBackendOptions): MemoryBackend {
  let content: MemoryContent = options;
  let state = load(content);
  let failure: BackendErrorKind | null = null;
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  const describe = 'memory backend';
  const calls = { catalog: 0, article: 0, search: 0, suggestions: 0, lesson: 0, send: 0, userData: 0, stream: 0 };
  const writes = new MemoryWrites();
  let user: LearnUser | null = null;
  const ask = new MemoryAsk(options, state.catalog.topics, (draft) => {
    const { contexts, tags, locale } = draft;
    const article = { id: draft.id, title: draft.title, summary: draft.summary, body: draft.body, contexts, tags, locale, updatedAt: new Date().toISOString() };
    content = { ...content, articles: [...content.articles.filter((a) => a.id !== draft.id), article] };
    state = load(content);
  });
  const feedback = new MemoryFeedback(() => state.catalog);
  writes.routes = (request) => ask.send(user, request) ?? feedback.send(user, request);

  async function answer(signal: AbortSignal | undefined): Promise<void> {
    if (latencyMs > 0) await delay(latencyMs, signal, describe);
    else throwIfAborted(signal, describe);
    if (failure) throw new BackendError(failure, `The ${describe} is simulating a "${failure}" failure.`);
  }

  return {
    kind: 'memory',
    describe,
    calls,
    writes,
    ask,
    feedback,
    setUser(next) {
      // No tokens to verify in memory: the user is whoever the runtime says (none → 401, like the server).
      user = next;
    },
    async lesson(id: string, req: RequestOptions = {}): Promise<Revalidated<Lesson>> {
      calls.lesson++;
      await answer(req.signal);
      const entry = state.lessons.get(id);
      if (!entry) throw new BackendError('not-found', `There is no lesson "${id}".`, 404);
      if (req.etag === entry.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(entry.lesson), etag: entry.etag };
    },
    async userData(path, req = {}) {
      calls.userData++;
      await answer(req.signal);
      if (path !== '/v1/progress' && path !== '/v1/review' && path !== '/v1/prompt-state') return ask.read(user, path);
      if (!user) throw new BackendError('http', 'Not signed in (401).', 401);
      return writes.read(user.id, path);
    },
    async stream(_path, req) {
      calls.stream++;
      await answer(req.signal);
      return ask.stream(user, req);
    },
    async send(request) {
      calls.send++;
      await answer(request.signal);
      const result = writes.send(user?.id ?? null, request);
      if (!result) throw new BackendError('network', `The ${describe} is simulating a lost connection.`);
      return result;
    },
    replace(next) {
      content = next;
      state = load(content);
    },
    setFailure(kind) {
      failure = kind;
    },
    async catalog(req: RequestOptions = {}): Promise<Revalidated<Catalog>> {
      calls.catalog++;
      await answer(req.signal);
      if (req.etag === state.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(state.catalog), etag: state.etag };
    },
    async article(id: string, req: RequestOptions = {}): Promise<Revalidated<Article>> {
      calls.article++;
      await answer(req.signal);
      const entry = state.articles.get(id);
      if (!entry) throw new BackendError('not-found', `There is no article "${id}".`, 404);
      if (req.etag === entry.etag) return { status: 'not-modified' };
      return { status: 'fresh', data: structuredClone(entry.article), etag: entry.etag };
    },
    async search(query: string, req: RequestOptions & { limit?: number } = {}): Promise<SearchHit[]> {
      calls.search++;
      await answer(req.signal);
      return state.query.search(query, { limit: req.limit, locale: req.locale });
    },
    async suggestions(context: WorkContext, req: RequestOptions & { limit?: number } = {}): Promise<SuggestionsResponse> {
      calls.suggestions++;
      await answer(req.signal);
      const parsed = WorkContext.safeParse(context);
      if (!parsed.success) throw new BackendError('http', `Invalid context (${describeIssues(parsed.error)})`, 400);
      return structuredClone(state.query.suggestions(parsed.data, { limit: req.limit, locale: req.locale }));
    },
  };
}
