/**
 * Client-side search over the cached catalog. The index (src/search) is restored from the cache
 * when one was saved for this catalog version, else built in idle slices (no long task on the
 * host page, however large the catalog) and saved at idle for the next load. A saved index that
 * fails to restore (corrupt, older search format) is rebuilt, never fatal.
 */
import type { Catalog } from '../src/protocol/index.js';
import { CatalogSearch, docsFromCatalog, SEARCH_FORMAT_VERSION } from '../src/search/index.js';
import { RECORD_VERSION, SearchRecord } from './cache/records.js';
import type { StoreDeps } from './store-deps.js';

export class SearchService {
  #current: { version: string; index: Promise<CatalogSearch> } | null = null;
  readonly #deps: StoreDeps;

  constructor(deps: StoreDeps) {
    this.#deps = deps;
  }

  /** The index for `catalog`, restored or built once per catalog version. */
  indexFor(catalog: Catalog): Promise<CatalogSearch> {
    if (this.#current?.version !== catalog.version) {
      const index = this.#load(catalog);
      this.#current = { version: catalog.version, index };
      // A failure (which should not happen: building is pure) must not stick for this version.
      index.catch(() => {
        if (this.#current?.index === index) this.#current = null;
      });
    }
    return this.#current.index;
  }

  async #load(catalog: Catalog): Promise<CatalogSearch> {
    const records = await this.#deps.records;
    const saved = await records.read('search', catalog.version, SearchRecord);
    if (saved && saved.format === SEARCH_FORMAT_VERSION) {
      try {
        return CatalogSearch.restore(saved.data);
      } catch (error) {
        console.warn('learnflow: the cached search index could not be restored; rebuilding it', error);
      }
    }
    const index = await CatalogSearch.buildInSlices(docsFromCatalog(catalog), () => this.#deps.slice());
    // Serialising a large index takes a while: do it when the tab is idle, not in this search.
    this.#deps.idle(() => void this.#save(catalog.version, index));
    return index;
  }

  async #save(version: string, index: CatalogSearch): Promise<void> {
    const records = await this.#deps.records;
    const record: SearchRecord = { v: RECORD_VERSION, catalogVersion: version, format: SEARCH_FORMAT_VERSION, data: index.serialize() };
    await records.write('search', version, record);
    // Keyed by catalog version; indexes of older versions are of no use any more.
    for (const key of await records.keys('search')) if (key !== version) await records.remove('search', key);
  }
}
