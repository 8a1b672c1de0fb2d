/**
 * The screen, derived from the URL while the host sets no context: the hash route when there is
 * one (`#/opportunity/1042` → `opportunity`), else the path (`/crm/accounts/7` → `crm/accounts`).
 * Re-derived on every same-document navigation: through the Navigation API's
 * `currententrychange` where it exists (it sees pushState, replaceState, hash changes and
 * traversals), else popstate + hashchange + wrapped `history.pushState`/`replaceState`, which are
 * restored on stop. Wrapping is the only way to see pushState without the Navigation API
 * (Safari < 26, Firefox < 147 at the time of writing); delete it when those are gone.
 */
import { ScreenKey } from '../src/protocol/index.js';

export type RouteToScreen = (url: URL) => string | undefined;

/** Segments that identify a record rather than a screen: numbers, UUIDs, long hex or mixed ids. */
const RECORD_ID = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|(?=.*\d)[a-z0-9_-]{20,})$/i;
const PAGE_EXTENSION = /\.(html?|php|aspx?|jsp)$/i;

/** The route part of a URL: the hash route (`#/x` or `#!/x`) when present, else the path. */
function routeOf(url: URL): string {
  const hash = url.hash.replace(/^#!?/, '');
  if (hash.startsWith('/')) return hash.split(/[?#]/)[0] ?? '';
  return url.pathname;
}

/** The default mapping: route segments without record ids or page extensions, as a screen key. */
export function defaultRouteToScreen(url: URL): string | undefined {
  const segments = routeOf(url)
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .map((s) => s.replace(PAGE_EXTENSION, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, ''))
    .filter((s) => s !== '' && s !== 'index' && !RECORD_ID.test(s));
  const screen = segments.join('/');
  return screen && ScreenKey.safeParse(screen).success ? screen : undefined;
}

type HistoryMethod = 'pushState' | 'replaceState';
interface NavigationLike extends EventTarget {}

export interface RouteWatcherOptions {
  routeToScreen?: RouteToScreen;
  /** For tests of the fallback: ignore `window.navigation` even where it exists. */
  useNavigationApi?: boolean;
}

/** Watches same-document navigations and reports the derived screen on each. */
export class RouteWatcher {
  readonly #win: Window;
  readonly #map: RouteToScreen;
  readonly #onRoute: () => void;
  #navigation: NavigationLike | null = null;
  readonly #wrapped = new Map<HistoryMethod, { original: History[HistoryMethod]; wrapper: History[HistoryMethod]; live: { on: boolean } }>();
  #active = false;

  constructor(win: Window, onRoute: () => void, options: RouteWatcherOptions = {}) {
    this.#win = win;
    this.#onRoute = onRoute;
    this.#map = options.routeToScreen ?? defaultRouteToScreen;
    const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
    if (options.useNavigationApi !== false && navigation && typeof navigation.addEventListener === 'function') {
      this.#navigation = navigation;
    }
  }

  /** The screen for the current location (`undefined` when none can be derived). */
  screen(): string | undefined {
    try {
      const screen = this.#map(new URL(this.#win.location.href));
      if (screen === undefined) return undefined;
      const parsed = ScreenKey.safeParse(screen);
      if (parsed.success) return parsed.data;
      console.warn(`learnflow: routeToScreen returned "${String(screen)}", which is not a screen key like "crm/opportunity"; ignored`);
    } catch (error) {
      console.warn('learnflow: routeToScreen threw; no screen derived', error);
    }
    return undefined;
  }

  /** Page URL without query or fragment (they may carry secrets). */
  pageUrl(): string {
    const { origin, pathname } = this.#win.location;
    return `${origin}${pathname}`;
  }

  start(): void {
    if (this.#active) return;
    this.#active = true;
    if (this.#navigation) {
      this.#navigation.addEventListener('currententrychange', this.#handle);
      return;
    }
    this.#win.addEventListener('popstate', this.#handle);
    this.#win.addEventListener('hashchange', this.#handle);
    for (const method of ['pushState', 'replaceState'] as const) this.#wrap(method);
  }

  stop(): void {
    if (!this.#active) return;
    this.#active = false;
    if (this.#navigation) {
      this.#navigation.removeEventListener('currententrychange', this.#handle);
      return;
    }
    this.#win.removeEventListener('popstate', this.#handle);
    this.#win.removeEventListener('hashchange', this.#handle);
    const history = this.#win.history;
    for (const [method, { original, wrapper, live }] of this.#wrapped) {
      // Only unwrap if nobody wrapped on top of us since; otherwise our wrapper stays in their
      // chain as a pass-through.
      live.on = false;
      if (history[method] === wrapper) history[method] = original;
    }
    this.#wrapped.clear();
  }

  #wrap(method: HistoryMethod): void {
    const history = this.#win.history;
    const original = history[method];
    const handle = this.#handle;
    const live = { on: true };
    const wrapper = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      if (live.on) handle();
      return result;
    } as History[HistoryMethod];
    history[method] = wrapper;
    this.#wrapped.set(method, { original, wrapper, live });
  }

  readonly #handle = (): void => {
    this.#onRoute();
  };
}
