/**
 * The cache in memory: what the runtime uses when IndexedDB cannot be opened (hardened or
 * partitioned storage, a blocked upgrade), was taken away, or `indexedDB: null` was asked for. A
 * module of its own, loaded only then — most pages never need it, and the runtime chunk's bytes
 * count against the drawer's budget. Stores are made on first use (no list of store names here).
 */
import type { CacheDb, StoreName } from './db.js';

export class MemoryCache implements CacheDb {
  readonly #stores = new Map<StoreName, Map<string, unknown>>();

  #store(name: StoreName): Map<string, unknown> {
    let store = this.#stores.get(name);
    if (!store) this.#stores.set(name, (store = new Map()));
    return store;
  }
  async get(store: StoreName, key: string): Promise<unknown> {
    const value = this.#store(store).get(key);
    // Clone like IndexedDB does, so a caller mutating a record never changes the stored one.
    return value === undefined ? undefined : structuredClone(value);
  }
  async keys(store: StoreName): Promise<string[]> {
    return [...this.#store(store).keys()];
  }
  async put(store: StoreName, key: string, value: unknown): Promise<void> {
    this.#store(store).set(key, structuredClone(value));
  }
  async delete(store: StoreName, key: string): Promise<void> {
    this.#store(store).delete(key);
  }
  async clear(): Promise<void> {
    for (const store of this.#stores.values()) store.clear();
  }
  close(): void {}
}
