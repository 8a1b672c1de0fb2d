/**
 * Ask an expert's long-lived parts, started and stopped with the server: the live event hub,
 * the webhook sender (when a webhook is configured) and the escalation timer. Routes call
 * `changed()` after a commit that wrote events or notices.
 */
import type { Db } from '../db/database.js';
import type { Logger } from '../log.js';
import { resolveAsk, type AskOptions, type ResolvedAsk } from './config.js';
import { Escalator } from './escalation.js';
import { EventHub } from './hub.js';
import { WebhookSender, type WebhookCounts } from './webhooks.js';

export interface AskHealth {
  /** Questions waiting for an expert (open or claimed without an answer). */
  waiting: number;
  escalated: number;
  /** Open live streams on this instance. */
  streams: number;
  webhooks?: WebhookCounts;
}

export class AskService {
  readonly config: ResolvedAsk;
  readonly hub: EventHub;
  readonly webhooks: WebhookSender | undefined;
  readonly escalator: Escalator;
  readonly #db: Db;

  private constructor(db: Db, config: ResolvedAsk, hub: EventHub, webhooks: WebhookSender | undefined, escalator: Escalator) {
    this.#db = db;
    this.config = config;
    this.hub = hub;
    this.webhooks = webhooks;
    this.escalator = escalator;
  }

  /** `options` are checked before anything starts (resolveAsk throws on a bad value). */
  static async start(db: Db, log: Logger, options: AskOptions = {}, clock: () => Date = () => new Date()): Promise<AskService> {
    const config = resolveAsk(options);
    const hub = await EventHub.open(db, log, config.heartbeatMs);
    const webhooks = config.webhook ? new WebhookSender(db, config.webhook, { log, clock }) : undefined;
    let service: AskService | undefined;
    const escalator = new Escalator(db, { log, config, clock, onChange: () => service?.changed() });
    service = new AskService(db, config, hub, webhooks, escalator);
    webhooks?.start();
    escalator.start();
    return service;
  }

  /** New events and notices were committed: send them. */
  changed(): void {
    this.hub.wake();
    this.webhooks?.wake();
  }

  async health(): Promise<AskHealth> {
    const row = await this.#db
      .selectFrom('questions')
      .select((eb) => [eb.fn.countAll<number>().as('waiting'), eb.fn.sum<number>('escalated').as('escalated')])
      .where('status', 'in', ['open', 'claimed'])
      .executeTakeFirst();
    const health: AskHealth = { waiting: Number(row?.waiting ?? 0), escalated: Number(row?.escalated ?? 0), streams: this.hub.size };
    if (this.webhooks) health.webhooks = await this.webhooks.counts();
    return health;
  }

  async stop(): Promise<void> {
    await this.escalator.stop();
    await this.webhooks?.stop();
    await this.hub.close();
  }
}
