/**
 * The runtime's storage: one IndexedDB database per tenant and user (`learnflow:<tenant>:<user>`),
 * or memory when IndexedDB cannot be used. Hardened and partitioned browsers (private windows,
 * blocked storage, an upgrade blocked by an old tab) refuse or stall `indexedDB.open`: we fall
 * back to memory, report why, and keep working. Values are read back as `unknown` — callers
 * parse every record (records.ts), because what is on disk may be corrupt or from an old build.
 */

/**
 * The request's result, or its error. (We used `idb` for this; the four calls below were all we
 * used it for, and its 1.2 KB gzip counted against the drawer's 60 KB.)
 */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Runs `work` in a transaction and resolves once the transaction has committed (a write is
 * durable then), with what `work`'s request gave; rejects when the transaction fails or aborts.
 */
function inTransaction<T>(db: IDBDatabase, stores: StoreName | StoreName[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    const request = work(tx);
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The cache transaction was aborted', 'AbortError'));
  });
}

/**
 * Version 2 (issue 3) added `lessons` (cached lessons), `progress` (lesson progress), `review` (the
 * review schedule) and `outbox` (writes waiting to be sent). The upgrade creates whichever stores
 * are missing, so a version-1 database keeps its catalog, articles and recent list.
 */
export const STORES = ['catalog', 'articles', 'search', 'user', 'lessons', 'progress', 'review', 'outbox'] as const;
export type StoreName = (typeof STORES)[number];

/** Bump with a migration in `upgrade` when stores change; records carry their own format version. */
const DB_VERSION = 2;
/** An `open` that neither succeeds nor fails this long (a blocked upgrade) is given up on. */
const OPEN_TIMEOUT_MS = 3000;

export interface CacheDb {
  get(store: StoreName, key: string): Promise<unknown>;
  keys(store: StoreName): Promise<string[]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /** Empty every store. */
  clear(): Promise<void>;
  close(): void;
}

/** The database name for a tenant and user; both parts encoded so ':' cannot collide. */
export function databaseName(tenant: string, userId: string | undefined): string {
  return `learnflow:${encodeURIComponent(tenant)}:${userId ? encodeURIComponent(userId) : 'anonymous'}`;
}

/** The memory fallback (memory-cache.ts), loaded only when it is needed. */
const memory = (): Promise<CacheDb> => import('./memory-cache.js').then((m) => new m.MemoryCache());

class IdbCache implements CacheDb {
  #db: IDBDatabase;
  /**
   * Set when the browser or another tab took the connection away, or it was closed: we continue in
   * memory (made on first use — a closed session's late writes are the usual case, and rare).
   */
  #lost = false;
  #memory: Promise<CacheDb> | undefined;

  constructor(db: IDBDatabase, onLost: (reason: string) => void) {
    this.#db = db;
    // Another tab wants to upgrade the schema: let it (close), and carry on in memory here.
    db.addEventListener('versionchange', () => {
      db.close();
      this.#lost = true;
      onLost('another tab is upgrading the cache database');
    });
    // Chromium fires `close` when the connection is terminated abnormally (storage cleared, disk error).
    db.addEventListener('close', () => {
      this.#lost = true;
      onLost('the browser closed the cache database');
    });
  }

  #mem(): Promise<CacheDb> {
    return (this.#memory ??= memory());
  }

  async get(store: StoreName, key: string): Promise<unknown> {
    if (this.#lost) return (await this.#mem()).get(store, key);
    return settle(this.#db.transaction(store).objectStore(store).get(key));
  }
  async keys(store: StoreName): Promise<string[]> {
    if (this.#lost) return (await this.#mem()).keys(store);
    const keys = await settle(this.#db.transaction(store).objectStore(store).getAllKeys());
    return keys.filter((k): k is string => typeof k === 'string');
  }
  async put(store: StoreName, key: string, value: unknown): Promise<void> {
    if (this.#lost) return (await this.#mem()).put(store, key, value);
    await inTransaction(this.#db, store, 'readwrite', (tx) => tx.objectStore(store).put(value, key));
  }
  async delete(store: StoreName, key: string): Promise<void> {
    if (this.#lost) return (await this.#mem()).delete(store, key);
    await inTransaction(this.#db, store, 'readwrite', (tx) => tx.objectStore(store).delete(key));
  }
  async clear(): Promise<void> {
    if (this.#lost) return (await this.#mem()).clear();
    await inTransaction(this.#db, [...STORES], 'readwrite', (tx) => {
      for (const s of STORES) tx.objectStore(s).clear();
    });
  }
  close(): void {
    if (!this.#lost) this.#db.close();
    this.#lost = true;
  }
}

export interface OpenResult {
  db: CacheDb;
  /** Why IndexedDB was not used, when the result is the memory fallback. */
  fallbackReason?: string;
}

function openIdb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  // Through `factory`, so a host (or a test) can pass another one.
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    for (const store of STORES) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
  });
  return settle(request);
}

/**
 * Open the cache database, or fall back to memory (never rejects). `factory: null` asks for
 * memory on purpose (no reason reported).
 */
export async function openCache(
  name: string,
  factory: IDBFactory | null | undefined,
  onLost: (reason: string) => void,
): Promise<OpenResult> {
  const idb = factory === undefined ? (typeof indexedDB === 'undefined' ? undefined : indexedDB) : factory;
  if (idb === null) return { db: await memory() };
  if (idb === undefined) return { db: await memory(), fallbackReason: 'IndexedDB is not available in this browser' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  try {
    const opening = openIdb(idb, name);
    // If the open finishes after we gave up, close that connection so it blocks nobody.
    opening.then((late) => gaveUp && late.close(), () => {});
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        gaveUp = true;
        reject(new Error(`opening took longer than ${OPEN_TIMEOUT_MS / 1000} s`));
      }, OPEN_TIMEOUT_MS);
    });
    const db = await Promise.race([opening, timeout]);
    return { db: new IdbCache(db, onLost) };
  } catch (error) {
    return { db: await memory(), fallbackReason: `IndexedDB could not be opened (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
