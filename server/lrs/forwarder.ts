/**
 * Forwards stored statements (`statements` table, state `pending`) to the configured LRS in
 * batches, oldest first, and marks them `sent`. A batch the LRS cannot take now (down, 5xx,
 * network) stays pending and is retried with exponential backoff. A batch it refuses (4xx) is
 * split in halves until the refused statements are isolated: those are marked `rejected` with the
 * LRS's message, logged, counted in /v1/health, and never retried; the others go through. Nothing
 * is ever deleted.
 *
 * Sending is at-least-once: a crash between the LRS's 2xx and our `sent` mark resends the batch,
 * which an LRS answers with 2xx without storing anything twice (same id, same statement).
 */
import { XapiStatement } from '../../src/protocol/index.js';
import { Passes } from '../background/passes.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../log.js';
import { sendStatements, type SendOutcome } from './client.js';
import type { ResolvedLrs } from './config.js';

export interface ForwardCounts {
  pending: number;
  sent: number;
  rejected: number;
}

export interface FlushResult {
  sent: number;
  rejected: number;
  /** Statements put back for a later attempt. */
  deferred: number;
}

interface Row {
  id: string;
  data: string;
  attempts: number;
}

export interface ForwarderOptions {
  log: Logger;
  clock?: () => Date;
  fetch?: typeof fetch;
}

/** Statements arriving together are sent together: a pass starts this long after the first wake(). */
const WAKE_DELAY_MS = 50;

export class LrsForwarder {
  readonly #db: Db;
  readonly #lrs: ResolvedLrs;
  readonly #log: Logger;
  readonly #clock: () => Date;
  readonly #fetch: typeof fetch | undefined;
  readonly #passes: Passes<FlushResult>;

  constructor(db: Db, lrs: ResolvedLrs, options: ForwarderOptions) {
    this.#db = db;
    this.#lrs = lrs;
    this.#log = options.log;
    this.#clock = options.clock ?? (() => new Date());
    this.#fetch = options.fetch;
    this.#passes = new Passes(() => this.#pass(), {
      intervalMs: lrs.intervalMs,
      wakeDelayMs: WAKE_DELAY_MS,
      onError: (error) => this.#log.error('lrs: forwarding pass failed; will try again', error),
    });
  }

  /** Look for due statements every `intervalMs`; the timer never keeps the process alive. */
  start(): void {
    this.#passes.start();
  }

  /** New statements were stored: send them soon instead of at the next interval. */
  wake(): void {
    this.#passes.wake();
  }

  /** Stop the timers and wait for a pass in progress to finish. */
  stop(): Promise<void> {
    return this.#passes.stop();
  }

  /** One pass over every statement due now (after any pass in progress). Tests and operators call it; the timer does too. */
  flush(): Promise<FlushResult> {
    return this.#passes.flush();
  }

  async counts(): Promise<ForwardCounts> {
    const rows = await this.#db.selectFrom('statements').select((eb) => ['state', eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
    const counts: ForwardCounts = { pending: 0, sent: 0, rejected: 0 };
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  async #pass(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, rejected: 0, deferred: 0 };
    // Guard: a statement seen in this pass is never sent twice in it, even if marking it failed silently.
    const seen = new Set<string>();
    for (;;) {
      const now = this.#clock().toISOString();
      const rows = await this.#db
        .selectFrom('statements')
        .select(['id', 'data', 'attempts'])
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('stored_at')
        .orderBy('id')
        .limit(this.#lrs.batchSize)
        .execute();
      if (rows.length === 0) break;
      const batch = rows.filter((row) => !seen.has(row.id));
      if (batch.length === 0) break;
      for (const row of batch) seen.add(row.id);
      // The LRS is unavailable: the rest waits for the next pass.
      if (!(await this.#sendAndMark(batch, result))) break;
      if (rows.length < this.#lrs.batchSize) break;
    }
    return result;
  }

  /** Send `rows`, splitting on a 4xx; false when the LRS could not take them now. */
  async #sendAndMark(rows: Row[], result: FlushResult): Promise<boolean> {
    const statements: XapiStatement[] = [];
    const readable: Row[] = [];
    for (const row of rows) {
      const parsed = XapiStatement.safeParse(parseJson(row.data));
      if (parsed.success) {
        statements.push(parsed.data);
        readable.push(row);
      } else {
        await this.#reject([row], 'the stored statement no longer validates; it was changed outside Learnflow', result);
      }
    }
    if (readable.length === 0) return true;
    const outcome: SendOutcome = await sendStatements(this.#lrs, statements, this.#fetch);
    if (outcome.kind === 'sent') {
      await this.#db.updateTable('statements').set({ state: 'sent', sent_at: this.#clock().toISOString(), error: null }).where('id', 'in', readable.map((r) => r.id)).execute();
      result.sent += readable.length;
      return true;
    }
    if (outcome.kind === 'retry') {
      await this.#defer(readable, outcome.message, result);
      return false;
    }
    if (readable.length === 1) {
      await this.#reject(readable, outcome.message, result);
      return true;
    }
    const half = Math.ceil(readable.length / 2);
    return (await this.#sendAndMark(readable.slice(0, half), result)) && (await this.#sendAndMark(readable.slice(half), result));
  }

  async #defer(rows: Row[], message: string, result: FlushResult): Promise<void> {
    const now = this.#clock().getTime();
    for (const row of rows) {
      const attempts = row.attempts + 1;
      // Exponential with jitter (half to full delay), so instances that failed together do not retry together.
      const delay = Math.min(this.#lrs.maxRetryMs, this.#lrs.retryBaseMs * 2 ** (attempts - 1)) * (0.5 + Math.random() / 2);
      await this.#db
        .updateTable('statements')
        .set({ attempts, next_attempt_at: new Date(now + delay).toISOString(), error: message })
        .where('id', '=', row.id)
        .execute();
    }
    result.deferred += rows.length;
    this.#log.warn(`lrs: ${rows.length} statement(s) not forwarded, will retry: ${message}`);
  }

  async #reject(rows: Row[], message: string, result: FlushResult): Promise<void> {
    await this.#db
      .updateTable('statements')
      .set((eb) => ({ state: 'rejected', error: message, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', rows.map((r) => r.id))
      .execute();
    result.rejected += rows.length;
    for (const row of rows) this.#log.warn(`lrs: statement ${row.id} rejected by the LRS and kept (not retried): ${message}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
