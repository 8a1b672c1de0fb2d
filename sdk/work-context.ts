/**
 * The current work context: the host's (`setContext`) or, until the host sets one, derived from
 * the URL route. Emits only on a real change, so suggestions are not recomputed for nothing.
 */
import * as z from 'zod/mini';
import { WorkContext } from '../src/protocol/index.js';
import { describeIssues } from './backends/validate.js';
import { RouteWatcher, type RouteToScreen } from './route-context.js';

export class WorkContextController {
  #context: WorkContext;
  #key: string;
  readonly #watcher: RouteWatcher;
  readonly #onChange: (context: WorkContext) => void;

  constructor(win: Window, options: { initial?: WorkContext; routeToScreen?: RouteToScreen }, onChange: (context: WorkContext) => void) {
    this.#onChange = onChange;
    this.#watcher = new RouteWatcher(win, () => this.#apply(this.#derived()), { routeToScreen: options.routeToScreen });
    if (options.initial) {
      this.#context = parseContext(options.initial);
    } else {
      this.#context = this.#derived();
      this.#watcher.start();
    }
    this.#key = stableKey(this.#context);
  }

  get context(): WorkContext {
    return this.#context;
  }

  /** The host takes over: route derivation stops for good. Throws a TypeError on invalid input. */
  set(context: unknown): void {
    const parsed = parseContext(context);
    this.#watcher.stop();
    this.#apply(parsed);
  }

  destroy(): void {
    this.#watcher.stop();
  }

  #derived(): WorkContext {
    const screen = this.#watcher.screen();
    return screen ? { screen, url: this.#watcher.pageUrl() } : { url: this.#watcher.pageUrl() };
  }

  #apply(context: WorkContext): void {
    const key = stableKey(context);
    if (key === this.#key) return;
    this.#context = context;
    this.#key = key;
    this.#onChange(context);
  }
}

export function parseContext(value: unknown): WorkContext {
  const parsed = WorkContext.safeParse(value);
  if (!parsed.success) throw new TypeError(`learnflow: invalid context (${describeIssues(parsed.error as z.core.$ZodError)})`);
  return parsed.data;
}

/** JSON with sorted keys: two contexts are the same when their keys sort to the same text. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
