/**
 * Webhook notices (a new question, an escalation) for the experts' Slack or Teams channel. A
 * notice is queued in `webhook_deliveries` in the same transaction as the question, and POSTed
 * by this background sender — never in the asker's request, so a slow or hanging endpoint costs
 * the asker nothing. Each POST has a timeout (AbortSignal.timeout); a timeout, a network error, a
 * 5xx, 408 or 429 is retried with exponential backoff and jitter, up to `maxAttempts`; any other
 * 4xx means the endpoint refuses this body (a revoked hook, a bad URL) and is not retried. Given-up
 * notices stay in the table, are logged and counted in /v1/health. Same style as lrs/forwarder.ts.
 */
import type { Db, DbReader } from '../db/database.js';
import type { Logger } from '../log.js';
import type { ResolvedWebhook } from './config.js';
import { webhookBody, type Notice } from './webhook-body.js';

export interface WebhookCounts {
  pending: number;
  sent: number;
  failed: number;
}

export async function queueNotice(trx: DbReader, webhook: ResolvedWebhook | undefined, questionId: string, notice: Notice, now: Date): Promise<void> {
  if (!webhook) return;
  await trx
    .insertInto('webhook_deliveries')
    .values({ question_id: questionId, kind: notice.kind, body: JSON.stringify(webhookBody(webhook.format, notice)), next_attempt_at: now.toISOString(), created_at: now.toISOString(), sent_at: null, error: null })
    .execute();
}

type Outcome = { kind: 'sent' } | { kind: 'retry'; message: string } | { kind: 'refused'; message: string };

/** Notices queued together are sent together: a pass starts this long after the first wake(). */
const WAKE_DELAY_MS = 20;
const BATCH = 20;

export class WebhookSender {
  readonly #db: Db;
  readonly #hook: ResolvedWebhook;
  readonly #log: Logger;
  readonly #clock: () => Date;
  #timer: NodeJS.Timeout | undefined;
  #wakeTimer: NodeJS.Timeout | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #running = false;
  /** A wake() that came during a pass: run another one right after (its notice may have missed the pass's last look). */
  #again = false;
  #stopped = false;
  readonly #inFlight = new Set<AbortController>();

  constructor(db: Db, hook: ResolvedWebhook, options: { log: Logger; clock?: () => Date }) {
    this.#db = db;
    this.#hook = hook;
    this.#log = options.log;
    this.#clock = options.clock ?? (() => new Date());
  }

  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.#tick(), this.#hook.intervalMs).unref();
    this.#tick();
  }

  /** A notice was queued: send it soon instead of at the next interval. */
  wake(): void {
    if (this.#stopped || !this.#timer || this.#wakeTimer) return;
    this.#wakeTimer = setTimeout(() => {
      this.#wakeTimer = undefined;
      this.#tick();
    }, WAKE_DELAY_MS).unref();
  }

  /** Stop the timers, abort a POST in flight (it is retried after the next start) and wait for the pass to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    clearTimeout(this.#wakeTimer);
    this.#timer = this.#wakeTimer = undefined;
    for (const controller of this.#inFlight) controller.abort(new Error('server shutting down'));
    await this.#queue.catch(() => {});
  }

  /** One pass over every notice due now. */
  flush(): Promise<number> {
    const pass = this.#queue.then(() => this.#pass());
    this.#queue = pass.catch(() => {});
    return pass;
  }

  async counts(): Promise<WebhookCounts> {
    const rows = await this.#db.selectFrom('webhook_deliveries').select((eb) => ['state', eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
    const counts: WebhookCounts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  #tick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.flush()
      .catch((error: unknown) => this.#log.error('ask: webhook pass failed; will try again', error))
      .finally(() => {
        if (!this.#again) return;
        this.#again = false;
        this.#tick();
      });
  }

  async #pass(): Promise<number> {
    this.#running = true;
    let sent = 0;
    try {
      const seen = new Set<number>();
      while (!this.#stopped) {
        const rows = await this.#db
          .selectFrom('webhook_deliveries')
          .select(['id', 'body', 'attempts'])
          .where('state', '=', 'pending')
          .where('next_attempt_at', '<=', this.#clock().toISOString())
          .orderBy('id')
          .limit(BATCH)
          .execute();
        const due = rows.filter((r) => !seen.has(r.id));
        if (due.length === 0) break;
        for (const row of due) {
          seen.add(row.id);
          if (this.#stopped) break;
          const outcome = await this.#post(row.body);
          // Aborted by stop(): not the endpoint's fault, so not an attempt; sent after the next start.
          if (this.#stopped && outcome.kind !== 'sent') break;
          if (outcome.kind === 'sent') {
            await this.#db.updateTable('webhook_deliveries').set({ state: 'sent', sent_at: this.#clock().toISOString(), attempts: row.attempts + 1, error: null }).where('id', '=', row.id).execute();
            sent++;
          } else {
            await this.#failed(row.id, row.attempts + 1, outcome);
          }
        }
      }
    } finally {
      this.#running = false;
    }
    return sent;
  }

  async #failed(id: number, attempts: number, outcome: Exclude<Outcome, { kind: 'sent' }>): Promise<void> {
    if (outcome.kind === 'refused' || attempts >= this.#hook.maxAttempts) {
      await this.#db.updateTable('webhook_deliveries').set({ state: 'failed', attempts, error: outcome.message }).where('id', '=', id).execute();
      this.#log.warn(`ask: webhook notice ${id} given up after ${attempts} attempt(s): ${outcome.message}`);
      return;
    }
    // Exponential with jitter (half to full delay), as the LRS forwarder does.
    const delay = Math.min(this.#hook.maxRetryMs, this.#hook.retryBaseMs * 2 ** (attempts - 1)) * (0.5 + Math.random() / 2);
    await this.#db
      .updateTable('webhook_deliveries')
      .set({ attempts, next_attempt_at: new Date(this.#clock().getTime() + delay).toISOString(), error: outcome.message })
      .where('id', '=', id)
      .execute();
    this.#log.warn(`ask: webhook notice ${id} not delivered, will retry: ${outcome.message}`);
    // The interval may be longer than the delay: look again when it is due.
    setTimeout(() => this.#tick(), delay + 5).unref();
  }

  async #post(body: string): Promise<Outcome> {
    const controller = new AbortController();
    this.#inFlight.add(controller);
    try {
      const response = await fetch(this.#hook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(this.#hook.timeoutMs)]),
        redirect: 'error',
      });
      // The body is not needed, but reading (or cancelling) it frees the connection.
      await response.body?.cancel().catch(() => {});
      if (response.ok) return { kind: 'sent' };
      const message = `the webhook answered ${response.status}`;
      if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: 'retry', message };
      return { kind: 'refused', message: `${message}; check ASK_WEBHOOK_URL` };
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return { kind: 'retry', message: timedOut ? `no answer within ${this.#hook.timeoutMs} ms` : `could not reach the webhook (${error instanceof Error ? error.message : String(error)})` };
    } finally {
      this.#inFlight.delete(controller);
    }
  }
}
