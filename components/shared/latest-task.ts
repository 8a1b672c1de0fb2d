/**
 * The part of `@lit/task` the drawer and the lesson player use, in a fraction of its bytes (it
 * was ≈ 0.7 KB gzip of the chunk both load): before each host update the args are compared with
 * the last run's (item by item); when one differs the work runs again, the run in flight is
 * aborted, and only the latest run's outcome is kept. `run()` runs again with the current args
 * (Retry). No `render()`, `taskComplete`, `initialValue` or `autoRun` options: nothing here needs them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

export class LatestTask<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = 'initial';
  /** The latest run's result (kept while a new run is pending; undefined after an error). */
  value: R | undefined;
  error: unknown;
  private args: A | undefined;
  private runs = 0;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getArgs: () => A,
    private readonly work: (args: A, signal: AbortSignal) => Promise<R>,
    /** Called with the latest run's result, before the status turns `complete`. */
    private readonly onComplete?: (value: R) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.getArgs();
    const last = this.args;
    if (!last || args.some((arg, i) => arg !== last[i])) void this.run(args);
  }

  async run(args: A = this.getArgs()): Promise<void> {
    this.args = args;
    if (this.status === 'pending') this.abort!.abort();
    this.status = 'pending';
    this.host.requestUpdate();
    const run = ++this.runs;
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.work(args, (this.abort = new AbortController()).signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (run !== this.runs) return;
    if (!failed) {
      try {
        this.onComplete?.(value!);
      } catch {
        // A listener's error is not the task's.
      }
    }
    this.status = failed ? 'error' : 'complete';
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }
}
