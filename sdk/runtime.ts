/**
 * `createLearn(options)`: the runtime elements and hosts talk to. It composes small parts —
 * events (emitter.ts), the work context (work-context.ts, route-context.ts), connectivity,
 * a per-user Session (cache, catalog, articles, search, recent) — and provides itself to
 * elements through `@lit/context` (provider.ts). Nothing happens at import; everything it adds
 * (listeners, provider, history hooks, timers, the database) `destroy()` takes away again.
 */
import * as z from 'zod/mini';
import { Id, type Article, type ArticleMeta, type SearchHit, type WorkContext } from '../src/protocol/index.js';
import { suggestForContext } from '../src/search/index.js';
import { abortError } from './backends/abort.js';
import { describeIssues } from './backends/validate.js';
import { ConnectivityMonitor } from './connectivity.js';
import { Emitter } from './emitter.js';
import { learningApis } from './learning/api.js';
import { askApis } from './ask/api.js';
import { forward } from './forward.js';
import { promptsApi } from './prompts/facade.js';
import { SearchReporter } from './search-report.js';
import { resolveLocale } from './locale.js';
import { RuntimeProvider } from './provider.js';
import { Session } from './session.js';
import {
  BackendError,
  type AskApi,
  type Backend,
  type CatalogState,
  type FeedbackApi,
  type Connectivity,
  type InsightsApi,
  type PromptsApi,
  type InboxApi,
  type Learn,
  type LearnEventMap,
  type LearnEventType,
  type LearnListener,
  type LearnOptions,
  type LearnUser,
  type LessonsApi,
  type OpenTarget,
  type ReviewApi,
  type SyncState,
} from './types.js';
import { WorkContextController } from './work-context.js';

const DEFAULT_SUGGESTIONS = 5;
const DEFAULT_SEARCH_LIMIT = 10;

const UserSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  name: z.optional(z.string().check(z.maxLength(200))),
  token: z.optional(z.string().check(z.minLength(1))),
});

const TargetId = z.optional(z.string().check(z.minLength(1)));
const TargetSchema = z.object({
  article: TargetId,
  query: z.optional(z.string()),
  lesson: TargetId,
  review: z.optional(z.boolean()),
  ask: z.optional(z.object({ topic: z.optional(z.string()), text: z.optional(z.string()) })),
  question: TargetId,
});

function parseUser(user: unknown): LearnUser | null {
  if (user === null || user === undefined) return null;
  const parsed = UserSchema.safeParse(user);
  if (!parsed.success) throw new TypeError(`learnflow: invalid user (${describeIssues(parsed.error)})`);
  return parsed.data;
}

function assertBackend(backend: unknown): asserts backend is Backend {
  const b = backend as Partial<Backend> | null;
  const methods = ['catalog', 'article', 'search', 'suggestions'] as const;
  if (!b || typeof b !== 'object' || methods.some((m) => typeof b[m] !== 'function')) {
    throw new TypeError('learnflow: `backend` must be a Backend, e.g. httpBackend({ url: "https://help.example.com/api" })');
  }
}

/** Called with every event but `navigate` (start.ts: the script-tag facade forwards them to `learnflow.on`). */
export type EveryEvent = <K extends LearnEventType>(type: K, detail: LearnEventMap[K]) => void;

export class LearnRuntime implements Learn {
  readonly locale: string;
  readonly #options: LearnOptions;
  readonly #backend: Backend;
  readonly #tenant: string;
  readonly #emitter = new Emitter<LearnEventMap>();
  readonly #root: HTMLElement;
  readonly #connectivity: ConnectivityMonitor;
  readonly #context: WorkContextController;
  readonly #provider: RuntimeProvider;
  #session: Session;
  #isOpen = false;
  #openTarget: OpenTarget | null = null;
  #destroyed = false;
  readonly lessons: LessonsApi;
  readonly review: ReviewApi;
  readonly sync: SyncState & { flush(): Promise<void> };
  readonly questions: AskApi;
  readonly inbox: InboxApi;
  readonly feedback: FeedbackApi;
  readonly prompts: PromptsApi;
  readonly insights: InsightsApi;
  readonly #searches: SearchReporter;
  readonly #every: EveryEvent | undefined;

  constructor(options: LearnOptions, every?: EveryEvent) {
    assertBackend(options?.backend);
    const user = parseUser(options.user);
    this.#options = options;
    this.#every = every;
    this.#backend = options.backend;
    this.locale = resolveLocale(options.locale);
    this.#tenant = options.tenant ?? options.backend.describe ?? 'default';
    this.#context = new WorkContextController(window, { initial: options.context, routeToScreen: options.routeToScreen }, (context) =>
      this.#emit('context-change', { context }),
    );
    this.#connectivity = new ConnectivityMonitor(
      window,
      (state) => this.#emit('connectivity', { state }),
      () => void this.refresh(),
    );
    this.#backend.setUser?.(user);
    const front = () => this.#session.learning;
    ({ lessons: this.lessons, review: this.review, sync: this.sync } = learningApis(front, this.locale));
    ({ questions: this.questions, inbox: this.inbox } = askApis(front));
    // Its own chunk (sdk/feedback/give.ts): a page where nobody gives feedback never loads it.
    this.feedback = forward(() => import('./feedback/give.js').then((m) => m.feedbackCalls(front())), 'give given', {} as FeedbackApi);
    this.insights = forward(() => import('./insights/api.js').then((m) => m.insightsCalls(front())), 'report csv', {} as InsightsApi);
    this.#searches = new SearchReporter(front, () => this.context.screen);
    this.#session = this.#startSession(user);
    this.prompts = promptsApi(front, options, this, this.#tenant);
    this.#root = options.root ?? document.documentElement;
    this.#provider = new RuntimeProvider(this.#root, this);
  }

  get user(): LearnUser | null {
    return this.#session.user;
  }
  get context(): WorkContext {
    return this.#context.context;
  }
  get catalogState(): CatalogState {
    return this.#session.catalog.state;
  }
  get connectivity(): Connectivity {
    return this.#connectivity.state;
  }
  get isOpen(): boolean {
    return this.#isOpen;
  }
  get openTarget(): OpenTarget | null {
    return this.#openTarget;
  }

  setContext(context: WorkContext): void {
    if (this.#destroyed) return;
    try {
      this.#context.set(context);
    } catch (error) {
      this.#configError('context', error);
    }
  }

  async setUser(user: LearnUser | null): Promise<void> {
    if (this.#destroyed) return;
    let next: LearnUser | null;
    try {
      next = parseUser(user);
    } catch (error) {
      this.#configError('user', error);
      throw error;
    }
    const current = this.#session.user;
    this.#backend.setUser?.(next);
    if (current?.id === next?.id) {
      // Same person, maybe a refreshed token: keep their session and cache.
      if (next && JSON.stringify(current) !== JSON.stringify(next)) {
        this.#session.updateUser(next);
        this.#emit('user-change', { user: next });
      }
      return;
    }
    this.#session.dispose();
    this.#session = this.#startSession(next);
    this.#emit('user-change', { user: next });
    this.#emit('catalog-change', this.#session.catalog.state);
    await this.#session.ready;
  }

  async reset(): Promise<void> {
    if (this.#destroyed) return;
    const previous = this.#session;
    await previous.clear();
    if (this.#destroyed) return;
    previous.dispose();
    this.#backend.setUser?.(null);
    this.#session = this.#startSession(null);
    if (previous.user) this.#emit('user-change', { user: null });
    this.#emit('catalog-change', this.#session.catalog.state);
    await this.#session.ready;
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#emit('destroy', {});
    this.#destroyed = true;
    this.#session.dispose();
    this.#searches.dispose();
    this.#context.destroy();
    this.#connectivity.destroy();
    this.#provider.detach();
    this.#emitter.clear();
  }

  track(name: string, data?: Record<string, unknown>): void {
    if (!this.#destroyed && typeof name === 'string' && name) this.#emit('track', { name, data });
  }

  open(target?: OpenTarget): void {
    if (this.#destroyed) return;
    const parsed = TargetSchema.safeParse(target ?? {});
    if (!parsed.success) return this.#configError('open', new TypeError(`learnflow: invalid open target (${describeIssues(parsed.error)})`));
    const { article, query, lesson, review, ask, question } = parsed.data;
    const clean = article || query !== undefined || lesson || review || ask || question ? parsed.data : null;
    this.#isOpen = true;
    this.#openTarget = clean;
    this.#emit('open', { target: clean });
  }

  ask(options?: { topic?: string; text?: string }): void {
    this.open({ ask: options ?? {} });
  }

  close(): void {
    if (this.#destroyed || !this.#isOpen) return;
    this.#isOpen = false;
    this.#openTarget = null;
    this.#emit('close', {});
  }

  on<K extends LearnEventType>(type: K, listener: LearnListener<K>): () => void {
    if (this.#destroyed) return () => {};
    return this.#emitter.on(type, listener);
  }

  off<K extends LearnEventType>(type: K, listener: LearnListener<K>): void {
    this.#emitter.off(type, listener);
  }

  refresh(): Promise<void> {
    if (this.#destroyed) return Promise.resolve();
    return this.#session.catalog.refresh();
  }

  async getArticle(id: string, options: { signal?: AbortSignal } = {}): Promise<Article> {
    this.#assertAlive();
    if (typeof id !== 'string' || id === '') throw new BackendError('not-found', 'No article id was given.');
    const session = this.#session;
    await session.ready;
    return session.articles.get(id, options.signal);
  }

  async search(query: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<SearchHit[]> {
    this.#assertAlive();
    const q = typeof query === 'string' ? query.trim() : '';
    if (q === '') return [];
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const session = this.#session;
    await session.catalog.cacheRead();
    if (options.signal?.aborted) throw abortError(options.signal, 'search');
    const catalog = session.catalog.catalog;
    if (catalog) {
      const index = await session.search.indexFor(catalog);
      if (options.signal?.aborted) throw abortError(options.signal, 'search');
      const hits = index.search(query, { limit, locale: this.locale });
      this.#searches.searched(q, hits.length);
      return hits;
    }
    // No catalog to search (rare): the backend's search, from a module loaded only then.
    const { serverSearch } = await import('./server-search.js');
    return serverSearch(this.#backend, this.#connectivity, (detail) => this.#emit('error', detail), q, { limit, locale: this.locale, signal: options.signal });
  }

  suggestions(limit = DEFAULT_SUGGESTIONS): ArticleMeta[] {
    const catalog = this.#session.catalog.catalog;
    if (!catalog) return [];
    return suggestForContext(catalog.articles, this.context, { limit, locale: this.locale });
  }

  recent(): string[] {
    return this.#session.recent.ids();
  }

  markViewed(id: string): void {
    if (this.#destroyed) return;
    // Only real article ids: the stored list is parsed with the Id schema, and one bad entry
    // would make the whole record fail to parse on the next load.
    if (!Id.safeParse(id).success) return this.#configError('recent', new TypeError(`learnflow: markViewed() needs an article id, got ${JSON.stringify(id)}`));
    const session = this.#session;
    void session.recent.add(id);
    this.#searches.opened(id);
    const title = session.catalog.meta(id)?.title;
    if (title !== undefined) {
      this.#emit('article-view', { id, title });
      return;
    }
    // Not in the catalog (yet): the cached article knows its title.
    void session.articles.cachedTitle(id).then((cached) => {
      if (session.live) this.#emit('article-view', { id, title: cached ?? id });
    });
  }

  isCached(id: string): boolean {
    return this.#session.articles.isCached(id);
  }

  articlePageUrl(id: string): string | undefined {
    try {
      return this.#backend.articlePageUrl?.(id);
    } catch {
      return undefined;
    }
  }

  #startSession(user: LearnUser | null): Session {
    const session = new Session({
      user,
      tenant: this.#tenant,
      backend: this.#backend,
      locale: this.locale,
      connectivity: this.#connectivity,
      indexedDB: this.#options.indexedDB,
      timeoutMs: this.#options.timeoutMs,
      emit: (type, detail) => this.#emit(type, detail),
      context: () => this.context,
      listening: (type) => this.#emitter.has(type),
      xapi: this.#options.xapi,
    });
    void session.catalog.refresh();
    return session;
  }

  #emit<K extends LearnEventType>(type: K, detail: LearnEventMap[K]): void {
    if (this.#destroyed) return;
    // Not `navigate`: `lessons.navigate()` answers whether anyone listens, and forwarding it would
    // always say yes — a host of the script-tag build listens on `learnflow.learn` instead.
    if (type !== 'navigate') this.#every?.(type, detail);
    this.#emitter.emit(type, detail);
    // Errors are also a DOM event on the element the runtime is provided on, so a page with only a
    // bare <learn-drawer backend> (no SDK object in hand) can still listen: `learn-error`.
    if (type === 'error') this.#root.dispatchEvent(new CustomEvent('learn-error', { detail, bubbles: true, composed: true }));
  }

  #configError(source: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(message);
    this.#emit('error', { source, kind: 'config', message });
  }

  #assertAlive(): void {
    if (this.#destroyed) throw new BackendError('aborted', 'This Learnflow runtime was destroyed.');
  }
}

/**
 * Create the runtime and provide it to elements. Throws a TypeError when `backend` is missing or
 * `user` is invalid (a programming error); everything that can go wrong later becomes an
 * `error` event instead.
 */
export function createLearn(options: LearnOptions): Learn {
  return new LearnRuntime(options);
}
