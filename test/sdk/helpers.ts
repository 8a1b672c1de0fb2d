/**
 * Shared fixtures for the SDK's browser tests: a small believable catalog, a fresh tenant per
 * test (so IndexedDB databases never leak between tests), event helpers that await instead of
 * sleeping, and cleanup that destroys runtimes and deletes our databases.
 */
import type { Article } from '../../src/protocol/index.js';
import { expect } from '@open-wc/testing';
// From types.js, not index.js: importing the index would load the runtime, and the facade tests
// check that nothing loads it before init().
import { BackendError, type Backend, type Learn, type LearnEventMap, type LearnEventType } from '../../sdk/types.js';

export const ARTICLES: Article[] = [
  {
    id: 'close-dates',
    title: 'Setting a realistic close date',
    summary: 'How the close date drives the forecast, and when to move it.',
    tags: ['forecast', 'opportunity'],
    contexts: ['crm/opportunity'],
    locale: 'en',
    updatedAt: '2026-10-01T09:00:00Z',
    headings: [],
    body: '## Why it matters\n\nThe close date decides which quarter the deal counts in.\n\n## Moving it\n\nMove it as soon as the buyer says so.',
  },
  {
    id: 'discount-approval',
    title: 'Getting a discount approved',
    summary: 'Up to 10 % you decide; 10–20 % needs your sales manager; over 20 % goes to the Pricing desk.',
    tags: ['discount', 'pricing', 'approval'],
    contexts: ['crm/opportunity', 'crm/quote'],
    locale: 'en',
    updatedAt: '2026-10-02T09:00:00Z',
    headings: [],
    body: '## Thresholds\n\nUp to 10 % you decide yourself. From 10 to 20 % your sales manager approves in the quote; over 20 % goes to the Pricing desk.',
  },
  {
    id: 'merge-duplicates',
    title: 'Merging duplicate accounts',
    summary: 'Find and merge accounts that were entered twice.',
    tags: ['duplicates', 'account'],
    contexts: ['crm/account'],
    locale: 'en',
    updatedAt: '2026-10-03T09:00:00Z',
    headings: [],
    body: '## Finding them\n\nThe duplicates report lists accounts with the same domain.',
  },
];

let counter = 0;
/** A tenant nobody else uses, so each test gets its own databases. */
export function freshTenant(): string {
  return `test-${Date.now().toString(36)}-${counter++}`;
}

const runtimes: Learn[] = [];
/** Remember a runtime so `cleanup` destroys it even when the test failed halfway. */
export function track<T extends Learn>(learn: T): T {
  runtimes.push(learn);
  return learn;
}

export async function cleanup(): Promise<void> {
  for (const learn of runtimes.splice(0)) learn.destroy();
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs
      .filter((d) => d.name?.startsWith('learnflow:'))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(d.name!);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

/** The next event of `type` (matching `predicate`, when given). */
export function nextEvent<K extends LearnEventType>(learn: Learn, type: K, predicate: (detail: LearnEventMap[K]) => boolean = () => true): Promise<LearnEventMap[K]> {
  return new Promise((resolve) => {
    const off = learn.on(type, (detail) => {
      if (!predicate(detail)) return;
      off();
      resolve(detail);
    });
  });
}

/** Resolves when the catalog is ready (now or on a later catalog-change). */
export function catalogReady(learn: Learn): Promise<unknown> {
  if (learn.catalogState.status === 'ready' && !learn.catalogState.error) return Promise.resolve();
  return nextEvent(learn, 'catalog-change', (s) => s.status === 'ready');
}

/** Open a database the way the runtime names it, to look at or tamper with what it stored. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A backend whose calls wait until `release()` — to see what the runtime shows before the network answers. */
export function gated<B extends Backend>(backend: B): { backend: B; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const wrapped = Object.create(backend) as B;
  for (const method of ['catalog', 'article', 'search', 'suggestions'] as const) {
    const original = backend[method].bind(backend) as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      await gate;
      return original(...args);
    };
  }
  return { backend: wrapped, release };
}

/** Rows of one store in a raw database, keyed. */
export async function rawKeys(dbName: string, store: string): Promise<IDBValidKey[]> {
  const db = await openRaw(dbName);
  try {
    return await idbRequest(db.transaction(store).objectStore(store).getAllKeys());
  } finally {
    db.close();
  }
}

export async function rawPut(dbName: string, store: string, key: string, value: unknown): Promise<void> {
  const db = await openRaw(dbName);
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function dbName(tenant: string, user?: string): string {
  return `learnflow:${encodeURIComponent(tenant)}:${user ? encodeURIComponent(user) : 'anonymous'}`;
}

/** Resolves with the BackendError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function backendFailure(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(BackendError);
  return error as BackendError;
}
