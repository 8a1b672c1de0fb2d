/**
 * Everything that belongs to one signed-in user (or the anonymous visitor): their cache database,
 * catalog, articles, search index and recently viewed list. `setUser` ends one session and starts
 * the next, so nothing of user A is visible to user B; `reset` (logout) also clears the stores.
 */
import { databaseName, openCache } from './cache/db.js';
import { Records } from './cache/records.js';
import { ArticleStore } from './article-store.js';
import { CatalogStore } from './catalog-store.js';
import type { ConnectivityMonitor } from './connectivity.js';
import { RecentList } from './recent.js';
import { SearchService } from './search-service.js';
import type { SliceDeadline } from '../src/search/index.js';
import type { StoreDeps } from './store-deps.js';
import { LearningFront } from './learning/front.js';
import type { WorkContext } from '../src/protocol/index.js';
import type { Backend, CatalogState, LearnEventMap, LearnEventType, LearnUser, XapiOptions } from './types.js';

export interface SessionOptions {
  user: LearnUser | null;
  tenant: string;
  backend: Backend;
  locale: string;
  connectivity: ConnectivityMonitor;
  indexedDB: IDBFactory | null | undefined;
  timeoutMs: number | undefined;
  emit<K extends LearnEventType>(type: K, detail: LearnEventMap[K]): void;
  /** For lessons and review: the work context (the screen in statements), whether anyone listens, xAPI naming. */
  context(): WorkContext;
  listening(type: LearnEventType): boolean;
  xapi: XapiOptions | undefined;
}

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (cb: (deadline: SliceDeadline & { didTimeout: boolean }) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Idle work waits at most this long for an idle period (a page that is never idle still gets it done). */
const IDLE_TIMEOUT_MS = 5000;
/** A slice of long work waits at most this long for an idle period; then it runs anyway. */
const SLICE_TIMEOUT_MS = 200;
/**
 * Most a slice may use, even when the idle period is longer (up to 50 ms): the thread can be
 * descheduled mid-slice (on a busy two-core machine a cold task's wall time is several times its
 * CPU time), and a long idle period ends the moment the person clicks.
 */
const SLICE_BUDGET_MS = 8;

/** A deadline `ms` from now, or the idle period's own when that ends sooner. */
function budget(ms: number, idle?: SliceDeadline): SliceDeadline {
  const end = performance.now() + ms;
  return { timeRemaining: () => Math.max(0, Math.min(end - performance.now(), idle ? idle.timeRemaining() : ms)) };
}

export class Session {
  #user: LearnUser | null;
  readonly records: Promise<Records>;
  readonly catalog: CatalogStore;
  readonly articles: ArticleStore;
  readonly search: SearchService;
  readonly recent: RecentList;
  /** Lessons, review, the outbox and ask an expert (the heavy parts load on first use). */
  readonly learning: LearningFront;
  /** Resolves when the cache is open and recent/cached ids are loaded (never rejects). */
  readonly ready: Promise<void>;
  readonly #abort = new AbortController();
  readonly #idle = new Set<number>();
  readonly #timeouts = new Set<ReturnType<typeof setTimeout>>();
  /** Rejecters of slices still waiting, so long work stops when the session ends. */
  readonly #waitingSlices = new Set<(reason: unknown) => void>();

  constructor(options: SessionOptions) {
    this.#user = options.user;
    const live = () => !this.#abort.signal.aborted;
    this.records = openCache(databaseName(options.tenant, options.user?.id), options.indexedDB, (reason) => {
      if (live()) options.emit('error', { source: 'cache', kind: 'cache', message: `Offline copies are kept in memory only: ${reason}.` });
    }).then(({ db, fallbackReason }) => {
      if (!live()) db.close();
      else if (fallbackReason) {
        console.warn(`learnflow: ${fallbackReason}; keeping the cache in memory (nothing will be available offline after a reload)`);
        options.emit('error', { source: 'cache', kind: 'cache', message: `Offline copies are kept in memory only: ${fallbackReason}.` });
      }
      return new Records(db);
    });
    const deps: StoreDeps = {
      backend: options.backend,
      records: this.records,
      connectivity: options.connectivity,
      locale: options.locale,
      live,
      signal: (caller) => {
        const signals = [this.#abort.signal];
        if (caller) signals.push(caller);
        if (options.timeoutMs) signals.push(AbortSignal.timeout(options.timeoutMs));
        return signals.length === 1 ? this.#abort.signal : AbortSignal.any(signals);
      },
      emit: (type, detail) => {
        if (!live()) return;
        options.emit(type, detail);
        const catalog = type === 'catalog-change' ? (detail as CatalogState).catalog : null;
        // Restore (or build) the search index while the tab is idle, so the first keystroke is instant.
        if (catalog) this.#schedule(() => void this.search.indexFor(catalog).catch(() => {}), IDLE_TIMEOUT_MS);
      },
      idle: (task) => this.#schedule(task, IDLE_TIMEOUT_MS),
      slice: () =>
        new Promise<SliceDeadline>((resolve, reject) => {
          if (!live()) return reject(this.#abort.signal.reason);
          this.#waitingSlices.add(reject);
          this.#schedule((deadline) => {
            this.#waitingSlices.delete(reject);
            resolve(budget(SLICE_BUDGET_MS, deadline && !deadline.didTimeout ? deadline : undefined));
          }, SLICE_TIMEOUT_MS);
        }),
    };
    this.catalog = new CatalogStore(deps);
    this.articles = new ArticleStore(deps, (id) => this.catalog.meta(id));
    this.search = new SearchService(deps);
    this.recent = new RecentList(this.records);
    this.learning = new LearningFront({
      ...deps,
      tenant: options.tenant,
      user: () => this.#user,
      context: options.context,
      catalogLessons: () => this.catalog.catalog?.lessons ?? [],
      listening: options.listening,
      xapi: options.xapi,
      session: this,
    });
    this.ready = Promise.all([this.recent.load(), this.articles.load()]).then(() => {});
  }

  get user(): LearnUser | null {
    return this.#user;
  }

  /** The same person with new details (a refreshed token): the session and its cache stay. */
  updateUser(user: LearnUser): void {
    if (user.id !== this.#user?.id) throw new Error('updateUser is for the same user id only');
    this.#user = user;
    // Writes refused for an expired token (401) wait for a new one: try them now (or, before
    // the engine, the review sync a user without a token skipped).
    this.learning.tokenChanged();
  }

  get live(): boolean {
    return !this.#abort.signal.aborted;
  }

  /** Logout: empty every store of this user's database. */
  async clear(): Promise<void> {
    // Queued writes go too (logout): the outbox stops first, so no send finishing late puts a row back.
    await this.learning.stop();
    await (await this.records).clear();
  }

  /** End the session: abort requests, cancel idle work, close the database. Emits nothing more. */
  dispose(): void {
    if (!this.live) return;
    this.#abort.abort(new DOMException('The Learnflow session ended', 'AbortError'));
    this.learning.dispose();
    const w = globalThis as IdleWindow;
    for (const handle of this.#idle) w.cancelIdleCallback?.(handle);
    for (const timer of this.#timeouts) clearTimeout(timer);
    this.#idle.clear();
    this.#timeouts.clear();
    for (const reject of this.#waitingSlices) reject(this.#abort.signal.reason);
    this.#waitingSlices.clear();
    void this.records.then((r) => r.closeWhenIdle());
  }

  #schedule(task: (deadline?: SliceDeadline & { didTimeout: boolean }) => void, timeout: number): void {
    if (!this.live) return;
    const w = globalThis as IdleWindow;
    if (w.requestIdleCallback) {
      const handle = w.requestIdleCallback(
        (deadline) => {
          this.#idle.delete(handle);
          task(deadline);
        },
        { timeout },
      );
      this.#idle.add(handle);
    } else {
      const timer = setTimeout(() => {
        this.#timeouts.delete(timer);
        task();
      }, 200);
      this.#timeouts.add(timer);
    }
  }
}
