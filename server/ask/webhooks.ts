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
import { Passes } from '../background/passes.js';
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
  readonly #passes: Passes<number>;
  readonly #inFlight = new Set<AbortController>();

  constructor(db: Db, hook: ResolvedWebhook, options: { log: Logger; clock?: () => Date }) {
    this.#db = db;
    this.#hook = hook;
    this.#log = options.log;
    this.#clock = options.clock ?? (() => new Date());
    this.#passes = new Passes(() => this.#pass(), {
      intervalMs: hook.intervalMs,
      wakeDelayMs: WAKE_DELAY_MS,
      onError: (error) => this.#log.error('ask: webhook pass failed; will try again', error),
    });
  }

  start(): void {
    this.#passes.start();
  }

  /** A notice was queued: send it soon instead of at the next interval. */
  wake(): void {
    this.#passes.wake();
  }

  /** Stop the timers, abort a POST in flight (it is retried after the next start) and wait for the pass to end. */
  async stop(): Promise<void> {
    const ended = this.#passes.stop();
    for (const controller of this.#inFlight) controller.abort(new Error('server shutting down'));
    await ended;
  }

  /** One pass over every notice due now. */
  flush(): Promise<number> {
    return this.#passes.flush();
  }

  async counts(): Promise<WebhookCounts> {
    const rows = await this.#db.selectFrom('webhook_deliveries').select((eb) => ['state', eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
    const counts: WebhookCounts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  async #pass(): Promise<number> {
    let sent = 0;
    const seen = new Set<number>();
    while (!this.#passes.stopped) {
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
        if (this.#passes.stopped) break;
        const outcome = await this.#post(row.body);
        // Aborted by stop(): not the endpoint's fault, so not an attempt; sent after the next start.
        if (this.#passes.stopped && outcome.kind !== 'sent') break;
        if (outcome.kind === 'sent') {
          await this.#db.updateTable('webhook_deliveries').set({ state: 'sent', sent_at: this.#clock().toISOString(), attempts: row.attempts + 1, error: null }).where('id', '=', row.id).execute();
          sent++;
        } else {
          await this.#failed(row.id, row.attempts + 1, outcome);
        }
      }
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
    this.#passes.after(delay + 5);
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
