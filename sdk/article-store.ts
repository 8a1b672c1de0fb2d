/**
 * Article bodies for one user: cache first, revalidated in the background at idle (a newer
 * version replaces the cached one quietly; being offline is not worth a message). When the catalog already
 * says the article changed since it was cached, the backend is asked first and the cached copy is
 * the fallback. `isCached` is synchronous from an in-memory set of ids, loaded when the session
 * starts and kept in step with every write.
 */
import type { Article, ArticleMeta } from '../src/protocol/index.js';
import { abortError } from './backends/abort.js';
import { ArticleRecord, RECORD_VERSION } from './cache/records.js';
import { errorDetail, toBackendError } from './errors.js';
import type { StoreDeps } from './store-deps.js';
import { BackendError } from './types.js';

/** Articles kept in memory per session (most recently used): re-opening one skips IndexedDB. */
const MEMORY_LIMIT = 20;

export class ArticleStore {
  readonly #cached = new Set<string>();
  /**
   * The records last read or fetched, most recent last. A drawer that warms its suggestions at
   * idle, or a person going back to an article, then gets it without an IndexedDB round trip —
   * the difference between the article appearing in the click's frame or a few frames later.
   */
  readonly #memory = new Map<string, ArticleRecord>();
  /** Revalidated once per session: reading an article twice should not cost two requests. */
  readonly #revalidated = new Set<string>();
  readonly #deps: StoreDeps;
  readonly #meta: (id: string) => ArticleMeta | undefined;

  constructor(deps: StoreDeps, meta: (id: string) => ArticleMeta | undefined) {
    this.#deps = deps;
    this.#meta = meta;
  }

  async load(): Promise<void> {
    const records = await this.#deps.records;
    for (const id of await records.keys('articles')) this.#cached.add(id);
  }

  isCached(id: string): boolean {
    return this.#cached.has(id);
  }

  /** Cached title for `article-view` when the catalog does not list the article. */
  async cachedTitle(id: string): Promise<string | undefined> {
    if (!this.#cached.has(id)) return undefined;
    return (await (await this.#deps.records).read('articles', id, ArticleRecord))?.article.title;
  }

  async get(id: string, signal?: AbortSignal): Promise<Article> {
    const records = await this.#deps.records;
    const record = this.#memory.get(id) ?? (this.#cached.has(id) ? await records.read('articles', id, ArticleRecord) : undefined);
    if (record) this.#remember(id, record);
    else this.#cached.delete(id);
    this.#throwIfAborted(signal);
    if (!record) return this.#fetch(id, undefined, signal);

    const listed = this.#meta(id);
    if (listed && listed.updatedAt > record.article.updatedAt && this.#deps.connectivity.state === 'online') {
      // The catalog knows of a newer version: worth a request before showing the old one.
      try {
        return await this.#fetch(id, record, signal);
      } catch (error) {
        if (error instanceof BackendError && (error.kind === 'not-found' || error.kind === 'aborted')) throw error;
        return record.article;
      }
    }
    if (!this.#revalidated.has(id)) {
      this.#revalidated.add(id);
      // At idle: the answer (parse, compare, write) must not compete with showing the cached copy.
      this.#deps.idle(() =>
        this.#fetch(id, record).catch(() => {
          // Already reported where it matters (connectivity, error event for a broken response).
        }),
      );
    }
    return record.article;
  }

  /** Fetch (conditionally when `cached`), store, and return the current version. */
  async #fetch(id: string, cached: ArticleRecord | undefined, caller?: AbortSignal): Promise<Article> {
    const { backend, connectivity } = this.#deps;
    let result;
    try {
      result = await backend.article(id, { etag: cached?.etag, signal: this.#deps.signal(caller), locale: this.#deps.locale });
    } catch (thrown) {
      const error = toBackendError(thrown, backend.describe);
      if (!this.#deps.live()) throw error;
      connectivity.reportFailure(error);
      if (error.kind === 'not-found' && cached) {
        // Unpublished since we cached it: stop offering it offline.
        this.#cached.delete(id);
        this.#memory.delete(id);
        await (await this.#deps.records).remove('articles', id);
      }
      // Offline and timeouts are expected (the drawer shows the offline notice); a broken answer is not.
      if (error.kind === 'invalid-response' || error.kind === 'http') this.#deps.emit('error', errorDetail('article', error));
      throw error;
    }
    if (this.#deps.live()) connectivity.reportSuccess();
    if (result.status === 'not-modified') {
      if (cached) return cached.article;
      // A backend answering 304 to a request without If-None-Match is broken.
      throw new BackendError('invalid-response', `${backend.describe} answered "not modified" for article "${id}" without a cached copy.`);
    }
    if (result.data.id !== id) {
      throw new BackendError('invalid-response', `${backend.describe} answered with article "${result.data.id}" when asked for "${id}".`);
    }
    if (this.#deps.live()) {
      const record: ArticleRecord = { v: RECORD_VERSION, article: result.data, etag: result.etag, savedAt: Date.now() };
      this.#remember(id, record);
      await (await this.#deps.records).write('articles', id, record);
      this.#cached.add(id);
      this.#revalidated.add(id);
    }
    return result.data;
  }

  #remember(id: string, record: ArticleRecord): void {
    // Shared with every caller from now on: frozen, so one caller's change cannot reach another.
    const { article } = record;
    if (!Object.isFrozen(article)) [article.tags, article.contexts, article.headings, article].forEach((part) => Object.freeze(part));
    this.#memory.delete(id);
    this.#memory.set(id, record);
    if (this.#memory.size > MEMORY_LIMIT) this.#memory.delete(this.#memory.keys().next().value as string);
  }

  #throwIfAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw abortError(signal, this.#deps.backend.describe);
  }
}
