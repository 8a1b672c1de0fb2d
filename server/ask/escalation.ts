/**
 * Escalation: a question nobody claimed within `escalateMs` of being asked is marked escalated,
 * and its topic's owner is told — an event to the experts of the topic (the owner among them)
 * and a webhook notice naming the owner. Checked by a timer started with the server and stopped
 * on shutdown; `pass(now)` is public so tests run one at a chosen time instead of waiting hours.
 * The same pass prunes event-log rows too old to resume from.
 */
import type { Db } from '../db/database.js';
import type { Logger } from '../log.js';
import type { ResolvedAsk } from './config.js';
import { loadDirectory } from './directory.js';
import { appendEvent, pruneEvents } from './event-log.js';
import { findQuestion } from './store.js';
import { queueNotice } from './webhooks.js';

export interface EscalatorOptions {
  log: Logger;
  config: ResolvedAsk;
  clock: () => Date;
  /** Called after a pass that committed events or notices. */
  onChange: () => void;
}

export class Escalator {
  readonly #db: Db;
  readonly #options: EscalatorOptions;
  #timer: NodeJS.Timeout | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(db: Db, options: EscalatorOptions) {
    this.#db = db;
    this.#options = options;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      this.pass().catch((error: unknown) => this.#options.log.error('ask: escalation pass failed; will try again', error));
    }, this.#options.config.escalateCheckMs).unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#queue.catch(() => {});
  }

  /** Escalate every question due at `now`; returns their ids. One pass at a time. */
  pass(now: Date = this.#options.clock()): Promise<string[]> {
    const run = this.#queue.then(() => this.#pass(now));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #pass(now: Date): Promise<string[]> {
    const { config, log } = this.#options;
    const due = await this.#db
      .selectFrom('questions')
      .select('id')
      .where('status', '=', 'open')
      .where('escalated', '=', 0)
      .where('created_at', '<=', new Date(now.getTime() - config.escalateMs).toISOString())
      .orderBy('created_at')
      .limit(200)
      .execute();
    const escalated: string[] = [];
    if (due.length > 0) {
      const directory = await loadDirectory(this.#db, log);
      for (const { id } of due) {
        const done = await this.#db.transaction().execute(async (trx) => {
          // Guarded: a claim that committed since the select wins.
          const result = await trx.updateTable('questions').set({ escalated: 1, updated_at: now.toISOString() }).where('id', '=', id).where('status', '=', 'open').where('escalated', '=', 0).executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) return false;
          const question = (await findQuestion(trx, id))?.question;
          if (!question) return false;
          await appendEvent(trx, question, 'status', 'experts', now);
          const topic = directory.topic(question.topic);
          const owner = topic ? directory.expert(topic.owner) : undefined;
          // Due at the real time (a test's pass may look at a later `now`).
          await queueNotice(trx, config.webhook, id, { kind: 'escalated', topicName: topic?.name ?? question.topic, askerName: question.asker.name, text: question.text, expertName: owner?.name ?? topic?.owner, screen: question.context.screen }, this.#options.clock());
          return true;
        });
        if (done) escalated.push(id);
      }
      if (escalated.length > 0) {
        log.info(`ask: ${escalated.length} unclaimed question(s) escalated to their topic owners`);
        this.#options.onChange();
      }
    }
    await pruneEvents(this.#db, now);
    return escalated;
  }
}
