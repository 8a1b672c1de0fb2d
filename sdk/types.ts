/**
 * The SDK's public contract. Components program against `Learn`; hosts call it; backends
 * implement `Backend`. Implementations live beside this file (runtime.ts, backends/*).
 */
import type {
  Article,
  Catalog,
  SearchHit,
  SuggestionsResponse,
  WorkContext,
} from '../src/protocol/index.js';

/** The signed-in employee. `token` is an HS256 JWT minted by the host app's server. */
export interface LearnUser {
  id: string;
  name?: string;
  token?: string;
}

/** Result of a conditional GET: fresh data with its ETag, or "your copy is current". */
export type Revalidated<T> =
  | { status: 'fresh'; data: T; etag?: string }
  | { status: 'not-modified' };

export interface RequestOptions {
  signal?: AbortSignal;
  /** ETag of the copy the caller already has (sent as If-None-Match). */
  etag?: string;
  locale?: string;
}

/**
 * One interface, three adapters (httpBackend, staticBackend, memoryBackend).
 * Every method validates what it receives with `src/protocol` and throws `BackendError`
 * (never a raw TypeError or SyntaxError) when the network, the status or the payload is wrong.
 */
export interface Backend {
  readonly kind: 'http' | 'static' | 'memory';
  /** Human-readable description for messages and logs, e.g. the base URL. */
  readonly describe: string;
  catalog(options?: RequestOptions): Promise<Revalidated<Catalog>>;
  article(id: string, options?: RequestOptions): Promise<Revalidated<Article>>;
  /** Server-side search, used only when the client index is not available. */
  search(query: string, options?: RequestOptions & { limit?: number }): Promise<SearchHit[]>;
  suggestions(context: WorkContext, options?: RequestOptions & { limit?: number }): Promise<SuggestionsResponse>;
  /** Called by the runtime on setUser/reset so adapters can attach or drop the token. */
  setUser?(user: LearnUser | null): void;
  /** Where "open in full page" goes for an article, when the backend serves such a page. */
  articlePageUrl?(id: string): string | undefined;
}

export type BackendErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'not-found' | 'aborted';

export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** What the drawer can be asked to show. */
export interface OpenTarget {
  article?: string;
  query?: string;
}

export type Connectivity = 'online' | 'offline';

/** Catalog state, observable through `learn.catalogState` and the `catalog-change` event. */
export interface CatalogState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalog: Catalog | null;
  /** True when `catalog` came from the cache and could not be revalidated. */
  stale: boolean;
  error: LearnErrorDetail | null;
}

export interface LearnErrorDetail {
  /** Where it happened: 'catalog', 'article', 'search', 'suggestions', 'init', 'cache'. */
  source: string;
  kind: BackendErrorKind | 'cache' | 'config';
  message: string;
}

/** Events the runtime emits through `learn.on(type, handler)`. */
export interface LearnEventMap {
  open: { target: OpenTarget | null };
  close: Record<string, never>;
  'context-change': { context: WorkContext };
  'user-change': { user: LearnUser | null };
  'catalog-change': CatalogState;
  connectivity: { state: Connectivity };
  'article-view': { id: string; title: string };
  error: LearnErrorDetail;
  /** The runtime is being destroyed (last event; every listener is removed right after). */
  destroy: Record<string, never>;
}
export type LearnEventType = keyof LearnEventMap;
export type LearnListener<K extends LearnEventType> = (detail: LearnEventMap[K]) => void;

export interface LearnOptions {
  backend: Backend;
  user?: LearnUser | null;
  locale?: string;
  /** Initial context; when absent the screen is derived from the URL route. */
  context?: WorkContext;
  /** Maps location → screen key when the host sets no context. Default: path without leading slash (hash route if present). */
  routeToScreen?: (url: URL) => string | undefined;
  /** IndexedDB namespace (tenant). Defaults to the backend's description. */
  tenant?: string;
  /** Element the runtime is provided on through @lit/context. Default: document.documentElement. */
  root?: HTMLElement;
  /** Request timeout in ms for backend calls. Default: the backend's own (8000 for httpBackend). */
  timeoutMs?: number;
  /**
   * Where the cache lives. Default: the page's `indexedDB`. `null` keeps everything in memory
   * (nothing persisted). When IndexedDB cannot open, the runtime falls back to memory by itself
   * and emits an `error` event with kind `'cache'`.
   */
  indexedDB?: IDBFactory | null;
}

export interface Learn {
  readonly locale: string;
  readonly user: LearnUser | null;
  readonly context: WorkContext;
  readonly catalogState: CatalogState;
  readonly connectivity: Connectivity;
  readonly isOpen: boolean;
  readonly openTarget: OpenTarget | null;

  setContext(context: WorkContext): void;
  setUser(user: LearnUser | null): Promise<void>;
  /** Logout: forget the user, clear their cached state and queued work. */
  reset(): Promise<void>;
  /** Remove every listener, provider and timer; a new runtime can be created afterwards. */
  destroy(): void;

  open(target?: OpenTarget): void;
  close(): void;

  on<K extends LearnEventType>(type: K, listener: LearnListener<K>): () => void;
  off<K extends LearnEventType>(type: K, listener: LearnListener<K>): void;

  /** Load (from cache, then revalidate) the catalog. Safe to call repeatedly. */
  refresh(): Promise<void>;
  /** Article by id: cache first, revalidated in the background; rejects with BackendError if unavailable. */
  getArticle(id: string, options?: { signal?: AbortSignal }): Promise<Article>;
  /** Client-side search over the cached catalog; falls back to the backend when no index exists. */
  search(query: string, options?: { limit?: number; signal?: AbortSignal }): Promise<SearchHit[]>;
  /** Articles for the current context, ranked from the cached catalog. */
  suggestions(limit?: number): import('../src/protocol/index.js').ArticleMeta[];
  /** Recently viewed article ids, newest first (per user, persisted). */
  recent(): string[];
  /** Record that the employee saw an article (the drawer calls it when it shows one); emits `article-view`. */
  markViewed(id: string): void;
  /** URL of the article as a standalone page ("open in full page"), when the backend serves one. */
  articlePageUrl(id: string): string | undefined;
  /** Whether an article's body is available offline. */
  isCached(id: string): boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The runtime's `error` event, also dispatched on its root element (bubbles, composed). */
    'learn-error': CustomEvent<LearnErrorDetail>;
  }
}
