/**
 * Every record the runtime stores, with the schema it is parsed with when read back. A record that
 * fails to parse (corrupt, or written by an older build) is deleted with a warning and treated as
 * absent: the runtime refetches instead of crashing. Storage failures (quota, a closed
 * connection) are warnings too: the cache is an optimisation, never a reason to fail.
 */
import * as z from 'zod/mini';
import { Article, Catalog, Id } from '../../src/protocol/index.js';
import type { CacheDb, StoreName } from './db.js';

/** Bump when a record shape changes: older records then fail to parse and are discarded. */
const RECORD_VERSION = 1;
const v = z.literal(RECORD_VERSION);

export const CatalogRecord = z.object({ v, catalog: Catalog, etag: z.optional(z.string()), savedAt: z.number() });
export type CatalogRecord = z.infer<typeof CatalogRecord>;

export const ArticleRecord = z.object({ v, article: Article, etag: z.optional(z.string()), savedAt: z.number() });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** The serialised search index, valid for one catalog version and one search format version. */
export const SearchRecord = z.object({ v, catalogVersion: z.string(), format: z.number(), data: z.string() });
export type SearchRecord = z.infer<typeof SearchRecord>;

export const RecentRecord = z.object({ v, ids: z.array(Id).check(z.maxLength(50)) });
export type RecentRecord = z.infer<typeof RecentRecord>;

export { RECORD_VERSION };

/** Typed, parsing access to one CacheDb. */
export class Records {
  readonly #warned = new Set<string>();
  /** Writes still running: closing waits for them, so a view recorded just before logout is kept. */
  readonly #pending = new Set<Promise<unknown>>();

  constructor(readonly db: CacheDb) {}

  /** Close the database once the writes already started have finished. */
  async closeWhenIdle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
    this.db.close();
  }

  #track<T>(operation: Promise<T>): Promise<T> {
    this.#pending.add(operation);
    void operation.finally(() => this.#pending.delete(operation)).catch(() => {});
    return operation;
  }

  /** The record, parsed; `undefined` when absent, unreadable or invalid (then deleted). */
  async read<S extends z.ZodMiniType>(store: StoreName, key: string, schema: S): Promise<z.infer<S> | undefined> {
    let raw: unknown;
    try {
      raw = await this.db.get(store, key);
    } catch (error) {
      this.#warn(`read-${store}`, `could not read the cached ${store} "${key}"`, error);
      return undefined;
    }
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`learnflow: discarded a corrupt or outdated cached ${store} record "${key}"`, parsed.error.issues.slice(0, 3));
    await this.remove(store, key);
    return undefined;
  }

  async write(store: StoreName, key: string, value: unknown): Promise<void> {
    try {
      await this.#track(this.db.put(store, key, value));
    } catch (error) {
      this.#warn(`write-${store}`, `could not cache the ${store} "${key}"`, error);
    }
  }

  async remove(store: StoreName, key: string): Promise<void> {
    try {
      await this.#track(this.db.delete(store, key));
    } catch (error) {
      this.#warn(`delete-${store}`, `could not delete the cached ${store} "${key}"`, error);
    }
  }

  async keys(store: StoreName): Promise<string[]> {
    try {
      return await this.db.keys(store);
    } catch (error) {
      this.#warn(`keys-${store}`, `could not list the cached ${store}`, error);
      return [];
    }
  }

  async clear(): Promise<void> {
    try {
      await this.#track(this.db.clear());
    } catch (error) {
      this.#warn('clear', 'could not clear the cache', error);
    }
  }

  /** One warning per kind of failure: a full disk must not flood the console on every write. */
  #warn(kind: string, message: string, error: unknown): void {
    if (this.#warned.has(kind)) return;
    this.#warned.add(kind);
    console.warn(`learnflow: ${message}; continuing without it`, error);
  }
}
