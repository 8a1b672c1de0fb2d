/** What the per-user stores (catalog, articles, search) share: set up by `Session`. */
import type { SliceDeadline } from '../src/search/index.js';
import type { Records } from './cache/records.js';
import type { ConnectivityMonitor } from './connectivity.js';
import type { Backend, LearnEventMap, LearnEventType } from './types.js';

export interface StoreDeps {
  readonly backend: Backend;
  readonly records: Promise<Records>;
  readonly connectivity: ConnectivityMonitor;
  readonly locale: string;
  /** A signal for one backend call: aborted when the session ends, by the caller, or on timeout. */
  signal(caller?: AbortSignal): AbortSignal;
  /** False once the session has ended: late results are dropped, nothing more is emitted. */
  live(): boolean;
  emit<K extends LearnEventType>(type: K, detail: LearnEventMap[K]): void;
  /** Run `task` when the main thread is idle (cancelled when the session ends). */
  idle(task: () => void): void;
  /**
   * The next slice of idle time for long work (building the search index): resolves with how much
   * of it is left; rejects once the session has ended, so the work stops.
   */
  slice(): Promise<SliceDeadline>;
}
