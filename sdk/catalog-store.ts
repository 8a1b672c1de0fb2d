/**
 * The catalog for one user: read from the cache first (instant, works offline), then revalidated
 * with If-None-Match. A failed revalidation keeps the cached copy in use, marked `stale` with the
 * error; an unreachable backend also flips connectivity to offline.
 */
import type { ArticleMeta, Catalog } from '../src/protocol/index.js';
import { CatalogRecord, RECORD_VERSION } from './cache/records.js';
import { errorDetail, toBackendError } from './errors.js';
import type { StoreDeps } from './store-deps.js';
import type { CatalogState } from './types.js';

const KEY = 'catalog';

export class CatalogStore {
  #state: CatalogState = { status: 'idle', catalog: null, stale: false, error: null };
  #etag: string | undefined;
  #byId = new Map<string, ArticleMeta>();
  #cacheRead: Promise<void> | null = null;
  #refreshing: Promise<void> | null = null;
  readonly #deps: StoreDeps;

  constructor(deps: StoreDeps) {
    this.#deps = deps;
  }

  get state(): CatalogState {
    return this.#state;
  }

  get catalog(): Catalog | null {
    return this.#state.catalog;
  }

  meta(id: string): ArticleMeta | undefined {
    return this.#byId.get(id);
  }

  /** Resolves once the cached copy (if any) is in `state`; never rejects. */
  cacheRead(): Promise<void> {
    this.#cacheRead ??= this.#readCache();
    return this.#cacheRead;
  }

  /** Cache first, then a conditional GET. Concurrent calls share one run; never rejects. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#revalidate().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #readCache(): Promise<void> {
    const records = await this.#deps.records;
    const record = await records.read('catalog', KEY, CatalogRecord);
    if (!this.#deps.live() || !record || this.#state.catalog) return;
    this.#etag = record.etag;
    this.#set({ status: 'ready', catalog: record.catalog, stale: false, error: null });
  }

  async #revalidate(): Promise<void> {
    await this.cacheRead();
    if (!this.#deps.live()) return;
    if (!this.#state.catalog) this.#set({ ...this.#state, status: 'loading' });
    const { backend, connectivity } = this.#deps;
    let result;
    try {
      result = await backend.catalog({ etag: this.#state.catalog ? this.#etag : undefined, signal: this.#deps.signal(), locale: this.#deps.locale });
    } catch (thrown) {
      if (!this.#deps.live()) return;
      const error = toBackendError(thrown, backend.describe);
      connectivity.reportFailure(error);
      const detail = errorDetail('catalog', error);
      this.#deps.emit('error', detail);
      this.#set(this.#state.catalog ? { ...this.#state, status: 'ready', stale: true, error: detail } : { status: 'error', catalog: null, stale: false, error: detail });
      return;
    }
    if (!this.#deps.live()) return;
    connectivity.reportSuccess();
    if (result.status === 'not-modified') {
      if (this.#state.stale || this.#state.error) this.#set({ ...this.#state, stale: false, error: null });
      return;
    }
    this.#etag = result.etag;
    this.#set({ status: 'ready', catalog: result.data, stale: false, error: null });
    const record: CatalogRecord = { v: RECORD_VERSION, catalog: result.data, etag: result.etag, savedAt: Date.now() };
    await (await this.#deps.records).write('catalog', KEY, record);
  }

  #set(state: CatalogState): void {
    if (state.catalog !== this.#state.catalog) this.#byId = new Map((state.catalog?.articles ?? []).map((a) => [a.id, a]));
    this.#state = state;
    this.#deps.emit('catalog-change', state);
  }
}
