/**
 * A background job that works in passes over a table (the LRS forwarder, the webhook sender):
 * one pass at a time — a pass asked for while one runs waits for it — every `intervalMs` once
 * started, soon after `wake()` (rows stored together are handled in one pass), and once more right
 * after a pass when a tick came in during it (its row may have missed the pass's last look).
 * Timers never keep the process alive; `stop()` waits for the pass in progress.
 */
export interface PassOptions {
  intervalMs: number;
  /** How long after the first wake() the pass starts. */
  wakeDelayMs: number;
  /** A timer's pass failed (a direct `flush()` gets the rejection instead). */
  onError(error: unknown): void;
}

export class Passes<T> {
  readonly #run: () => Promise<T>;
  readonly #options: PassOptions;
  #timer: NodeJS.Timeout | undefined;
  #wakeTimer: NodeJS.Timeout | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #running = false;
  #again = false;
  #stopped = false;

  constructor(run: () => Promise<T>, options: PassOptions) {
    this.#run = run;
    this.#options = options;
  }

  /** Set by `stop()`: a pass checks it between rows and ends early. */
  get stopped(): boolean {
    return this.#stopped;
  }

  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.tick(), this.#options.intervalMs).unref();
    this.tick();
  }

  /** New rows were stored: a pass soon instead of at the next interval. */
  wake(): void {
    if (this.#stopped || !this.#timer || this.#wakeTimer) return;
    this.#wakeTimer = setTimeout(() => {
      this.#wakeTimer = undefined;
      this.tick();
    }, this.#options.wakeDelayMs).unref();
  }

  /** A pass after `ms` (a retry due before the next interval). */
  after(ms: number): void {
    if (!this.#stopped) setTimeout(() => this.tick(), ms).unref();
  }

  /** Stops the timers at once; resolves when the pass in progress has ended. */
  stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    clearTimeout(this.#wakeTimer);
    this.#timer = this.#wakeTimer = undefined;
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  /** One pass now (after any pass in progress). Tests and operators call it; the timers do too. */
  flush(): Promise<T> {
    const pass = this.#queue.then(async () => {
      this.#running = true;
      try {
        return await this.#run();
      } finally {
        this.#running = false;
      }
    });
    this.#queue = pass.catch(() => {});
    return pass;
  }

  tick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.flush()
      .catch((error: unknown) => this.#options.onError(error))
      .finally(() => {
        if (!this.#again) return;
        this.#again = false;
        this.tick();
      });
  }
}
