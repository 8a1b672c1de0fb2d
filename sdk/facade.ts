/**
 * The script-tag API: `window.learnflow`. The host's snippet makes it a queue (`{ q: [] }`, or a
 * plain array, each entry `[method, ...args]`); `installFacade` replaces it with the real object
 * and replays the queue — `init` first, then `setUser`, then the rest in order (PostHog's snippet
 * pattern). This file is in the first-load budget: it must not import lit, zod, idb, marked or
 * src/search (types only). Nothing here throws into the host: mistakes become console warnings and
 * `error` events.
 *
 * `init` costs the host page almost nothing: it only checks its options. The runtime chunk is
 * imported (and the catalog read, the search index restored…) at the first idle moment after the
 * page's `load` event — or at once when something needs it: `open()`, `ready()`, or the person
 * reaching for the launcher (`<learn-drawer>` calls `ready()` on hover, focus and click). Until
 * then every call is queued, never dropped.
 */
import type { WorkContext } from '../src/protocol/index.js';
import { afterLoadIdle } from './idle.js';
import type { Backend, Learn, LearnErrorDetail, LearnEventMap, LearnEventType, LearnListener, LearnOptions, LearnUser, OpenTarget } from './types.js';

export interface FacadeInitOptions {
  /** A backend, or the base URL of a server speaking the v1 protocol (an httpBackend). */
  backend: string | Backend;
  user?: LearnUser | null;
  locale?: string;
  context?: WorkContext;
  tenant?: string;
  /** Proactive prompts and the interruption budget, as `createLearn` takes them. */
  prompts?: LearnOptions['prompts'];
  interruptions?: LearnOptions['interruptions'];
}

/** `window.learnflow` once installed. Methods never throw; calls before the runtime is ready are queued. */
export interface LearnflowGlobal {
  /** The runtime once `init` has loaded it, else null. */
  readonly learn: Learn | null;
  /**
   * Create the runtime at the first idle moment after `load` (or sooner, see `ready`); resolves
   * with it, or null when it could not start (see the `error` event).
   */
  init(options: FacadeInitOptions): Promise<Learn | null>;
  /**
   * Resolves with the runtime once it is ready (null if init failed or destroy was called first).
   * Asking means needing it: a runtime still waiting for idle time starts loading now.
   */
  ready(): Promise<Learn | null>;
  setContext(context: WorkContext): void;
  setUser(user: LearnUser | null): void;
  reset(): void;
  /** Opens the drawer (on `target`); starts loading the runtime now if it was waiting for idle time. */
  open(target?: OpenTarget): void;
  /** Opens the drawer on the ask form (`learnflow.ask({ topic: 'pricing' })`); like `open`, loads the runtime now. */
  ask(options?: { topic?: string; text?: string }): void;
  close(): void;
  /** Counts an event of the host's for prompt triggers (`learnflow.track('validation-error')`); queued until the runtime exists. */
  track(name: string, data?: Record<string, unknown>): void;
  on<K extends LearnEventType>(type: K, listener: LearnListener<K>): () => void;
  off<K extends LearnEventType>(type: K, listener: LearnListener<K>): void;
  destroy(): void;
}

type Queued = [method: string, ...args: unknown[]];
/** The calls that go to the runtime as they are (queued until it exists): `[method, args]`. */
const FORWARDED = ['setContext', 'setUser', 'reset', 'open', 'close', 'ask', 'track'] as const;
type Call = [method: (typeof FORWARDED)[number], args: unknown[]];

const MARK = Symbol.for('learnflow.facade.v1');
/** A page that is never idle still gets its runtime this long after `load`. */
const IDLE_TIMEOUT_MS = 5000;
const NOOP = (): void => {};
const OWN = ['init', 'ready', 'on', 'off', 'destroy'] as const;
const METHODS: readonly string[] = [...OWN, ...FORWARDED];

type Marked = LearnflowGlobal & { [MARK]?: true };
type FacadeWindow = Window & { learnflow?: unknown };

/** The queue a snippet left behind: `{ q: [...] }` or `[...]`; anything else is ignored. */
function queueOf(existing: unknown): Queued[] {
  const q = Array.isArray(existing) ? existing : (existing as { q?: unknown } | null)?.q;
  return Array.isArray(q) ? q.filter((e): e is Queued => Array.isArray(e) && typeof e[0] === 'string') : [];
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class Facade implements LearnflowGlobal {
  readonly [MARK] = true as const;
  #learn: Learn | null = null;
  #loading: Promise<Learn | null> | null = null;
  /** Bumped by destroy: a runtime that finishes loading after it is not created. */
  #generation = 0;
  #pending: Call[] = [];
  /** Ends the wait for idle time of an `init` whose runtime has not started loading yet. */
  #wake = NOOP;
  readonly #listeners = new Map<LearnEventType, Set<(detail: never) => void>>();

  declare setContext: (context: WorkContext) => void;
  declare setUser: (user: LearnUser | null) => void;
  declare reset: () => void;
  /** Also ends the wait for idle time: the runtime starts loading now. */
  declare open: (target?: OpenTarget) => void;
  declare close: () => void;
  declare ask: (options?: { topic?: string; text?: string }) => void;
  declare track: (name: string, data?: Record<string, unknown>) => void;

  constructor() {
    // Bound, so `button.onclick = learnflow.open` works like `learnflow.open()`.
    const self = this as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const m of OWN) self[m] = self[m]!.bind(this);
    // Written as one loop rather than six methods: this file is in the 5 KB first-load budget.
    for (const m of FORWARDED) {
      self[m] = (...args: unknown[]) => {
        if (m === 'open' || m === 'ask') this.#wake();
        this.#call([m, args]);
      };
    }
  }

  get learn(): Learn | null {
    return this.#learn;
  }

  init(options: FacadeInitOptions): Promise<Learn | null> {
    try {
      if (this.#learn || this.#loading) {
        console.warn('learnflow: init() was already called; call destroy() first to start again');
        return this.ready();
      }
      const backend = (options as Partial<FacadeInitOptions> | undefined)?.backend;
      if (!(typeof backend === 'string' && backend.trim() !== '') && !(backend && typeof backend === 'object')) {
        this.#fail('config', 'init() needs a backend: a URL such as "https://help.example.com/api", or a Backend object');
        return Promise.resolve(null);
      }
      const generation = this.#generation;
      const loading = new Promise<void>((resolve) => {
        const cancel = afterLoadIdle(() => this.#wake(), IDLE_TIMEOUT_MS);
        this.#wake = () => {
          this.#wake = NOOP;
          cancel();
          resolve();
        };
      }).then(() => this.#load(options, generation));
      this.#loading = loading;
      void loading.finally(() => {
        if (this.#loading === loading) this.#loading = null;
      });
      return loading;
    } catch (error) {
      this.#fail('config', `init() failed: ${message(error)}`);
      return Promise.resolve(null);
    }
  }

  ready(): Promise<Learn | null> {
    this.#wake();
    return this.#learn ? Promise.resolve(this.#learn) : (this.#loading ?? Promise.resolve(null));
  }

  on<K extends LearnEventType>(type: K, listener: LearnListener<K>): () => void {
    if (typeof listener !== 'function') return () => {};
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener as (detail: never) => void);
    return () => this.off(type, listener);
  }

  off<K extends LearnEventType>(type: K, listener: LearnListener<K>): void {
    this.#listeners.get(type)?.delete(listener as (detail: never) => void);
  }

  destroy(): void {
    this.#generation++;
    this.#pending = [];
    const learn = this.#learn;
    this.#learn = null;
    this.#loading = null;
    // A runtime still waiting for idle time: settle its init() promise (with null, see #load).
    this.#wake();
    try {
      // Before unhooking: the host's `destroy` listeners still hear it.
      learn?.destroy();
    } catch (error) {
      console.warn('learnflow: destroy() failed', error);
    }
    // The runtime's destroy() removed our forwarding listeners with all its others.
    this.#listeners.clear();
  }

  /** @internal Replay a snippet's queue: init first, then setUser, then everything else in order. */
  replay(queue: Queued[]): void {
    const rank = (m: string) => (m === 'init' ? 0 : m === 'setUser' ? 1 : 2);
    // Array#sort is stable: calls of the same rank keep the snippet's order.
    for (const [method, ...args] of [...queue].sort((a, b) => rank(a[0]) - rank(b[0]))) {
      const fn = (this as unknown as Record<string, unknown>)[method];
      if (!METHODS.includes(method) || typeof fn !== 'function') {
        console.warn(`learnflow: ignored a queued call to unknown method "${method}"`);
        continue;
      }
      try {
        (fn as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        console.warn(`learnflow: queued ${method}() failed`, error);
      }
    }
  }

  async #load(options: FacadeInitOptions, generation: number): Promise<Learn | null> {
    if (generation !== this.#generation) return null;
    let start: typeof import('./start.js').start;
    try {
      // In three tasks, so none is a long one: evaluating zod and the protocol schemas (imported
      // on their own first), evaluating the runtime, creating it.
      await import('../src/protocol/content.js');
      await nextTask();
      ({ start } = await import('./start.js'));
    } catch (error) {
      this.#fail('network', `Could not load the Learnflow runtime: ${message(error)}`);
      return null;
    }
    await nextTask();
    if (generation !== this.#generation) return null;
    // A setUser queued before the runtime existed becomes its initial user: no anonymous session first.
    let user = options.user;
    while (this.#pending[0]?.[0] === 'setUser') user = this.#pending.shift()![1][0] as LearnUser | null;
    let learn: Learn;
    try {
      // Every runtime event is forwarded to the listeners added with learnflow.on().
      learn = start({ ...options, user }, (type, detail) => this.#emit(type, detail));
    } catch (error) {
      this.#fail('config', message(error));
      return null;
    }
    this.#learn = learn;
    // Destroyed directly (not through this facade): forget it, so init() can start a new one.
    learn.on('destroy', () => {
      if (this.#learn === learn) this.#learn = null;
    });
    const pending = this.#pending;
    this.#pending = [];
    for (const call of pending) this.#invoke(learn, call);
    return learn;
  }

  #call(call: Call): void {
    // Live calls keep their order (only the snippet's queue is reordered, in replay).
    if (this.#learn) this.#invoke(this.#learn, call);
    else this.#pending.push(call);
  }

  #invoke(learn: Learn, [method, args]: Call): void {
    try {
      const result = (learn[method] as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) result.catch((error: unknown) => console.warn(`learnflow: ${method}() failed`, error));
    } catch (error) {
      this.#fail('config', `${method}() failed: ${message(error)}`);
    }
  }

  #emit<K extends LearnEventType>(type: K, detail: LearnEventMap[K]): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      try {
        (listener as LearnListener<K>)(detail);
      } catch (error) {
        console.error(`learnflow: a "${type}" listener threw`, error);
      }
    }
  }

  #fail(kind: LearnErrorDetail['kind'], text: string): void {
    console.warn(`learnflow: ${text}`);
    this.#emit('error', { source: 'init', kind, message: text });
  }
}

/**
 * Turn `win.learnflow` (the snippet's queue, or nothing) into the real API and replay what was
 * queued. Installing twice (two copies of learn.js) returns the first installation.
 */
export function installFacade(win: Window = window): LearnflowGlobal {
  const installed = installedFacade(win);
  if (installed) return installed;
  const w = win as FacadeWindow;
  const queue = queueOf(w.learnflow);
  const facade = new Facade();
  w.learnflow = facade;
  facade.replay(queue);
  return facade;
}

/** The installed facade on `win`, if any (used by autoStart). */
export function installedFacade(win: Window = window): LearnflowGlobal | undefined {
  const existing = (win as FacadeWindow).learnflow as Marked | undefined;
  return existing && existing[MARK] ? existing : undefined;
}
