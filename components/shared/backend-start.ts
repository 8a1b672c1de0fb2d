/**
 * Starting a runtime from an element's `backend` attribute, for a page with no script of its own
 * (`<learn-lesson backend="…">`, `<learn-ask backend="…">`, `<learn-inbox backend="…">`). A task
 * after connecting — so a host that creates its runtime in the same task as the element goes
 * first — and only when no runtime answers, the SDK's autostart chunk is loaded with the URL.
 * `failed` says it did not work (the element shows its error state); `start()` tries again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Learn } from '../../sdk/types.js';

export interface BackendStartHost extends ReactiveControllerHost {
  readonly backend: string | undefined;
  readonly locale: string | undefined;
}

export class BackendStart implements ReactiveController {
  failed = false;
  #timer: number | undefined;

  constructor(
    private readonly host: BackendStartHost,
    private readonly learn: () => Learn | undefined,
    /** For the console: "lessons", "asking an expert", "the inbox". */
    private readonly what: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.backend && !this.learn()) this.#timer = window.setTimeout(() => this.start());
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  start(): void {
    const backend = this.host.backend;
    if (this.learn() || !backend) return;
    this.#set(false);
    import('../../sdk/autostart.js')
      .then(({ autoStart }) => autoStart({ backend, locale: this.host.locale }))
      .then((learn) => this.#set(!learn))
      .catch((error: unknown) => {
        console.warn(`Learnflow: could not start ${this.what} for backend "${backend}".`, error);
        this.#set(true);
      });
  }

  #set(failed: boolean): void {
    this.failed = failed;
    this.host.requestUpdate();
  }
}
