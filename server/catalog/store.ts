/**
 * The catalog (articles and lessons) as the API serves it: one in-memory snapshot per catalog version, with its JSON
 * and ETag computed once (a cached catalog GET is a string write) and the search index built on
 * first use. The database is asked at most every `revalidateMs` whether the version moved, so an
 * import by the CLI into a running server's file shows up within a second, and several server
 * processes on one database agree.
 */
import { CatalogSearch, docsFromCatalog } from '../../src/search/index.js';
import type { Catalog } from '../../src/protocol/index.js';
import type { Db } from '../db/database.js';
import { quoteEtag } from '../http/etag.js';
import type { Logger } from '../log.js';
import { buildCatalog } from './build.js';
import { listLessonMeta } from './lessons.js';
import { listArticleMeta, readCatalogState } from './repository.js';

export class CatalogSnapshot {
  readonly etag: string;
  readonly json: string;
  /** `json` encoded once, so a catalog GET writes bytes instead of encoding 20+ KB each time. */
  readonly body: Uint8Array<ArrayBuffer>;
  /**
   * `no-cache` = "store it, but ask before using it": clients always revalidate. Content-Type is
   * on the 304 too: caches update stored headers from a 304, and the Node adapter would label an
   * empty answer text/plain.
   */
  readonly headers200: Readonly<Record<string, string>>;
  /**
   * The same object: the 304's body is an empty string rather than null, which keeps it on the
   * adapter's fast path (Node sends no body for a 304 regardless), so it needs the 200's
   * Content-Length, the one value RFC 9110 §8.6 allows on a 304 (the adapter would write 0).
   */
  readonly headers304: Readonly<Record<string, string>>;
  #search: CatalogSearch | undefined;

  constructor(readonly catalog: Catalog) {
    this.etag = quoteEtag(catalog.version);
    this.json = JSON.stringify(catalog);
    this.body = new TextEncoder().encode(this.json);
    // Both carry Content-Length: the Node adapter adds a missing one INTO the object it is given,
    // and these objects are shared by every response of this version (frozen to keep it so).
    this.headers200 = Object.freeze({
      ETag: this.etag,
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(this.body.byteLength),
    });
    this.headers304 = this.headers200;
  }

  get version(): string {
    return this.catalog.version;
  }

  /** Built on the first search of this version, then reused until the version changes. */
  get search(): CatalogSearch {
    this.#search ??= CatalogSearch.build(docsFromCatalog(this.catalog));
    return this.#search;
  }
}

export interface CatalogStoreOptions {
  /** How stale the snapshot may get before the database is asked again. Default 1000 ms. */
  revalidateMs?: number;
  log: Logger;
}

export class CatalogStore {
  readonly #db: Db;
  readonly #revalidateMs: number;
  readonly #log: Logger;
  #snapshot: CatalogSnapshot;
  #checkedAt: number;
  #checking: Promise<CatalogSnapshot> | undefined;

  private constructor(db: Db, snapshot: CatalogSnapshot, options: CatalogStoreOptions) {
    this.#db = db;
    this.#snapshot = snapshot;
    this.#revalidateMs = options.revalidateMs ?? 1000;
    this.#log = options.log;
    this.#checkedAt = Date.now();
  }

  static async open(db: Db, options: CatalogStoreOptions): Promise<CatalogStore> {
    return new CatalogStore(db, await CatalogStore.#load(db, options.log), options);
  }

  static async #load(db: Db, log: Logger): Promise<CatalogSnapshot> {
    // One read transaction, so the version and the articles come from the same import.
    return db.transaction().execute(async (trx) => {
      const state = await readCatalogState(trx);
      const articles = await listArticleMeta(trx, (id, reason) => log.warn(`catalog: skipped article ${id}, its stored data is invalid (${reason}); re-import its folder`));
      const lessons = await listLessonMeta(trx, (id, reason) => log.warn(`catalog: skipped lesson ${id}, its stored data is invalid (${reason}); re-import its folder`));
      return new CatalogSnapshot(buildCatalog(state, articles, lessons));
    });
  }

  /** The current snapshot; cheap (no I/O) unless `revalidateMs` has passed since the last look. */
  async current(): Promise<CatalogSnapshot> {
    if (Date.now() - this.#checkedAt < this.#revalidateMs) return this.#snapshot;
    // One look at a time: concurrent requests share it instead of each querying.
    this.#checking ??= this.#revalidate().finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  /** Reload now, e.g. right after this process imported content. */
  async reload(): Promise<CatalogSnapshot> {
    this.#snapshot = await CatalogStore.#load(this.#db, this.#log);
    this.#checkedAt = Date.now();
    return this.#snapshot;
  }

  async #revalidate(): Promise<CatalogSnapshot> {
    try {
      const state = await readCatalogState(this.#db);
      if (state.version !== this.#snapshot.version) return await this.reload();
    } catch (error) {
      // A busy or briefly unreadable database must not take the catalog down: serve what we have.
      this.#log.error('catalog: could not revalidate against the database; serving the last snapshot', error);
    }
    this.#checkedAt = Date.now();
    return this.#snapshot;
  }
}
