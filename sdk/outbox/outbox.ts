/**
 * The outbox: every write (progress, review, learning records) is a row in IndexedDB before the
 * call that made it returns, then sent in order through `Backend.send` with its idempotency key —
 * the same key on every retry, so a write the server got but whose answer was lost is not
 * applied twice. 5xx, network errors, 408/425/429, 401 and a 409 with Retry-After (a key still
 * in flight) are retried with backoff (Retry-After honoured); any other 4xx (a bare 409 too) marks the row `failed`: kept for inspection, reported (`sync-change`
 * and `error`), never retried. Rows survive reload and tab close; the next start (or another
 * tab) sends them. Sending: on start, on each new row, on `online`, when the tab is hidden (best
 * effort: the page may be going away), when another tab says there is more, and on `flush()`.
 */
import type { Records } from '../cache/records.js';
import { toBackendError } from '../errors.js';
import type { Backend, LearnEventMap, LearnEventType, SendResult, SyncState } from '../types.js';
import { outcomeOf, retryDelay } from './policy.js';
import { OutboxRow, rowStoreKey } from './rows.js';
import { isTabMessage, TabCoordinator, type TabMessage } from './tabs.js';

const STORE = 'outbox';

export interface OutboxDeps {
  readonly backend: Backend;
  readonly records: Records;
  /** The user database's name: one sending tab per user. */
  readonly name: string;
  live(): boolean;
  signal(): AbortSignal;
  emit<K extends LearnEventType>(type: K, detail: LearnEventMap[K]): void;
  /** The counts changed (the runtime's `learn.sync`). */
  report(state: SyncState): void;
}

export interface Write {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  /** Replace a queued, not yet sent row with the same method and path (a newer full state supersedes it). */
  coalesce?: boolean;
}

/** Told about each write the server accepted, with its answer (e.g. the merged progress). */
export type SentListener = (row: OutboxRow, result: SendResult) => void;

/** Whether `newer` replaces `older`: both full states (coalescing) of the same method and path. */
function supersedes(newer: OutboxRow, older: OutboxRow): boolean {
  return newer.coalesce === true && older.coalesce === true && newer.method === older.method && newer.path === older.path;
}

export class Outbox {
  readonly #deps: OutboxDeps;
  readonly #tabs: TabCoordinator;
  readonly #sent = new Set<SentListener>();
  #running: Promise<void> | null = null;
  #again = false;
  #force = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastNetworkError = '';
  /** Aborted by `stop()`: the send in flight is cancelled and nothing more is written. */
  readonly #stop = new AbortController();

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
    this.#tabs = new TabCoordinator(`learnflow-outbox:${deps.name}`, isTabMessage, this.#onTabMessage);
    addEventListener('online', this.#wake);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  onSent(listener: SentListener): void {
    this.#sent.add(listener);
  }

  /** Persist a write (resolves once it is in IndexedDB), then start sending it. */
  async add(write: Write): Promise<OutboxRow> {
    const records = this.#deps.records;
    const now = Date.now();
    const row: OutboxRow = { v: 1, key: crypto.randomUUID(), method: write.method, path: write.path, body: write.body, createdAt: now, attempts: 0, nextAt: now, state: 'queued' };
    if (write.coalesce) row.coalesce = true;
    // Not a row being sent: it may already be on the server; if it fails, `#drain` drops it then.
    const superseded = write.coalesce ? (await this.#rows()).filter(([, r]) => r.state === 'queued' && supersedes(row, r)) : [];
    // The new row first, then the old ones go: a tab closed in between sends both, never neither.
    await records.write(STORE, rowStoreKey(row), row);
    for (const [key] of superseded) await records.remove(STORE, key);
    this.#tabs.tell({ type: 'changed' });
    void this.#kick();
    return row;
  }

  /** Send now, without waiting for the backoff (refused rows stay refused). */
  flush(): Promise<void> {
    this.#tabs.tell({ type: 'flush' });
    return this.#kick(true);
  }

  /** Rows with their store keys, in sending order. */
  async rows(): Promise<OutboxRow[]> {
    return (await this.#rows()).map(([, row]) => row);
  }

  /**
   * Stop sending and resolve once nothing more will be written (logout clears the store after
   * this, and a send finishing late must not put a row back).
   */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.dispose();
    await this.#running;
  }

  dispose(): void {
    this.#stop.abort();
    clearTimeout(this.#timer);
    removeEventListener('online', this.#wake);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#tabs.close();
  }

  async #rows(): Promise<[string, OutboxRow][]> {
    const records = this.#deps.records;
    const keys = (await records.keys(STORE)).sort();
    const rows: [string, OutboxRow][] = [];
    for (const key of keys) {
      const row = await records.read(STORE, key, OutboxRow);
      if (row) rows.push([key, row]);
    }
    return rows;
  }

  /** Drain, or ask the drain already running to go round once more; resolves when it is done. */
  #kick(force = false): Promise<void> {
    if (force) this.#force = true;
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#tabs.asSender(() => this.#drain());
      } while (this.#again && this.#live());
    })()
      .catch((error: unknown) => console.warn('learnflow: the outbox stopped sending; it will try again later', error))
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  async #drain(): Promise<void> {
    const force = this.#force;
    this.#force = false;
    const { backend, records } = this.#deps;
    for (;;) {
      if (!this.#live()) return;
      const rows = await this.#rows();
      if (!this.#live()) return;
      this.#report(rows);
      const next = rows.find(([, r]) => r.state !== 'failed');
      // A read-only backend (static): rows wait for a writable one. Offline: `online` wakes us.
      if (!next || !backend.send || navigator.onLine === false) return;
      const [key, row] = next;
      if (rows.some(([k, r]) => k > key && r.state !== 'failed' && supersedes(r, row))) {
        // Left by `add` because it was in flight, and its try failed before the newer row was
        // written: the newer full state goes instead, without waiting for this one's backoff.
        await records.remove(STORE, key);
        continue;
      }
      const now = Date.now();
      if (row.nextAt > now && !force) return this.#schedule(row.nextAt - now);
      await records.write(STORE, key, { ...row, state: 'sending' });
      const result = await this.#send(row);
      if (!this.#live()) return;
      const outcome = result ? outcomeOf(result.status, result.retryAfterMs) : 'retry';
      if (outcome === 'sent') {
        await records.remove(STORE, key);
        for (const listener of this.#sent) listener(row, result!);
        continue;
      }
      const attempts = row.attempts + 1;
      const error = result ? (result.message ?? `HTTP ${result.status}`) : this.#lastNetworkError;
      if (outcome === 'refused') {
        await records.write(STORE, key, { ...row, attempts, state: 'failed', error, status: result!.status });
        const what = `${row.method} ${row.path}`;
        this.#deps.emit('error', { source: 'sync', kind: 'http', message: `The server refused a saved change (${what}, HTTP ${result!.status}: ${error}); it is kept and will not be sent again.` });
        continue;
      }
      if ((await this.#rows()).some(([k, r]) => k > key && r.state !== 'failed' && supersedes(r, row))) {
        // A newer full state of the same thing was queued while this one was in flight: send that instead.
        await records.remove(STORE, key);
        continue;
      }
      // Retry later; rows behind it wait too, so writes arrive in the order they were made.
      const delay = retryDelay(attempts, result?.retryAfterMs);
      await records.write(STORE, key, { ...row, attempts, state: 'queued', nextAt: Date.now() + delay, error, status: result?.status });
      this.#report(await this.#rows());
      return this.#schedule(delay);
    }
  }

  /** The server's answer, or undefined when there was none (network, timeout): retry. */
  async #send(row: OutboxRow): Promise<SendResult | undefined> {
    const { backend } = this.#deps;
    try {
      return await backend.send!({ method: row.method, path: row.path, body: row.body, idempotencyKey: row.key, signal: AbortSignal.any([this.#deps.signal(), this.#stop.signal]) });
    } catch (thrown) {
      this.#lastNetworkError = toBackendError(thrown, backend.describe).message;
      return undefined;
    }
  }

  #report(rows: [string, OutboxRow][]): void {
    const failed = rows.filter(([, r]) => r.state === 'failed').length;
    this.#deps.report({ pending: rows.length - failed, failed });
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#wake, Math.min(ms, 2 ** 31 - 1));
  }

  #live(): boolean {
    return this.#deps.live() && !this.#stop.signal.aborted;
  }

  readonly #wake = (): void => {
    if (this.#live()) void this.#kick();
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#wake();
  };

  readonly #onTabMessage = (message: TabMessage): void => {
    if (!this.#live()) return;
    if (message.type === 'flush') void this.#kick(true);
    else void this.#kick();
  };
}
