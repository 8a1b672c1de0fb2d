/**
 * Connectivity as the employee experiences it: 'offline' when the browser says so OR when the
 * backend cannot be reached (network error, timeout) — a captive portal or a down server looks
 * "online" to `navigator.onLine`. Back to 'online' on the next successful call or the browser's
 * `online` event (which also asks the runtime to revalidate).
 */
import { BackendError, type Connectivity } from './types.js';

export function isUnreachable(error: unknown): boolean {
  return error instanceof BackendError && (error.kind === 'network' || error.kind === 'timeout');
}

export class ConnectivityMonitor {
  #state: Connectivity;
  readonly #win: Window;
  readonly #onChange: (state: Connectivity) => void;
  readonly #onBrowserOnline: () => void;

  constructor(win: Window, onChange: (state: Connectivity) => void, onBrowserOnline: () => void) {
    this.#win = win;
    this.#onChange = onChange;
    this.#onBrowserOnline = onBrowserOnline;
    this.#state = this.#browserOnline() ? 'online' : 'offline';
    win.addEventListener('online', this.#handleOnline);
    win.addEventListener('offline', this.#handleOffline);
  }

  get state(): Connectivity {
    return this.#state;
  }

  /** A backend call succeeded. */
  reportSuccess(): void {
    if (this.#browserOnline()) this.#set('online');
  }

  /** A backend call failed; only "could not reach it" means offline (a 500 or bad JSON does not). */
  reportFailure(error: unknown): void {
    if (isUnreachable(error)) this.#set('offline');
  }

  destroy(): void {
    this.#win.removeEventListener('online', this.#handleOnline);
    this.#win.removeEventListener('offline', this.#handleOffline);
  }

  #browserOnline(): boolean {
    return this.#win.navigator?.onLine !== false;
  }

  #set(state: Connectivity): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#onChange(state);
  }

  readonly #handleOnline = (): void => {
    this.#set('online');
    this.#onBrowserOnline();
  };

  readonly #handleOffline = (): void => {
    this.#set('offline');
  };
}
