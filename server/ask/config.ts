/** Ask-an-expert settings: `startServer({ ask })` or the ASK_* environment variables. */
import type { WebhookFormat } from './webhook-body.js';

export interface WebhookOptions {
  /** Incoming-webhook URL (Slack or Teams). */
  url: string;
  /** Body shape. Default `slack`. */
  format?: WebhookFormat;
  /** Per-request timeout. Default 5000 ms. */
  timeoutMs?: number;
  /** First retry delay; doubles per attempt up to `maxRetryMs`. Default 5000 ms. */
  retryBaseMs?: number;
  /** Longest retry delay. Default 15 min. */
  maxRetryMs?: number;
  /** Attempts before a notice is given up (marked failed, counted in /v1/health). Default 12 (~2 h at the defaults). */
  maxAttempts?: number;
  /** How often due notices are looked for (new ones are sent at once). Default 5000 ms. */
  intervalMs?: number;
}

export interface AskOptions {
  /** Minutes an unclaimed question waits before it escalates to the topic owner. Default 240; fractions allowed. */
  escalateMinutes?: number;
  /** How often unclaimed questions are checked. Default 60 s (or a quarter of the escalation time, if shorter). */
  escalateCheckMs?: number;
  /** Post a notice for new and escalated questions (ASK_WEBHOOK_URL, ASK_WEBHOOK_FORMAT). */
  webhook?: WebhookOptions;
  /** SSE heartbeat comment interval. Default 25 s (under the 30–60 s idle timeouts of common proxies). */
  heartbeatMs?: number;
  /** The SSE `retry:` hint: how long a browser's EventSource waits before reconnecting. Default 3000 ms. */
  retryMs?: number;
}

export type ResolvedWebhook = Required<WebhookOptions>;

export interface ResolvedAsk {
  escalateMs: number;
  escalateCheckMs: number;
  webhook?: ResolvedWebhook;
  heartbeatMs: number;
  retryMs: number;
}

function positive(value: number | undefined, fallback: number, name: string, integer = true): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isSafeInteger(value))) throw new Error(`ask.${name} must be a positive ${integer ? 'whole ' : ''}number, got ${value}`);
  return value;
}

export function resolveWebhook(options: WebhookOptions): ResolvedWebhook {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new Error(`ASK_WEBHOOK_URL "${options.url}" is not a URL; expected e.g. https://hooks.slack.com/services/…`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`ASK_WEBHOOK_URL "${options.url}" must be http(s)`);
  const format = options.format ?? 'slack';
  if (format !== 'slack' && format !== 'teams') throw new Error(`ASK_WEBHOOK_FORMAT must be "slack" or "teams", got "${String(format)}"`);
  return {
    url: options.url,
    format,
    timeoutMs: positive(options.timeoutMs, 5_000, 'webhook.timeoutMs'),
    retryBaseMs: positive(options.retryBaseMs, 5_000, 'webhook.retryBaseMs'),
    maxRetryMs: positive(options.maxRetryMs, 15 * 60_000, 'webhook.maxRetryMs'),
    maxAttempts: positive(options.maxAttempts, 12, 'webhook.maxAttempts'),
    intervalMs: positive(options.intervalMs, 5_000, 'webhook.intervalMs'),
  };
}

/** Checked up front: a typo in the webhook URL should stop the start, not fail every notice. */
export function resolveAsk(options: AskOptions = {}): ResolvedAsk {
  const escalateMs = positive(options.escalateMinutes, 240, 'escalateMinutes', false) * 60_000;
  const resolved: ResolvedAsk = {
    escalateMs,
    escalateCheckMs: positive(options.escalateCheckMs, Math.max(1_000, Math.min(60_000, Math.floor(escalateMs / 4))), 'escalateCheckMs'),
    heartbeatMs: positive(options.heartbeatMs, 25_000, 'heartbeatMs'),
    retryMs: positive(options.retryMs, 3_000, 'retryMs'),
  };
  if (options.webhook) resolved.webhook = resolveWebhook(options.webhook);
  return resolved;
}

/** ASK_ESCALATE_MINUTES, ASK_WEBHOOK_URL, ASK_WEBHOOK_FORMAT; throws a message naming the variable. */
export function askFromEnv(env: NodeJS.ProcessEnv = process.env): AskOptions {
  const options: AskOptions = {};
  if (env.ASK_ESCALATE_MINUTES) {
    const minutes = Number(env.ASK_ESCALATE_MINUTES);
    if (!Number.isFinite(minutes) || minutes <= 0) throw new Error(`ASK_ESCALATE_MINUTES must be a positive number of minutes, got "${env.ASK_ESCALATE_MINUTES}"`);
    options.escalateMinutes = minutes;
  }
  if (env.ASK_WEBHOOK_URL) {
    const format = env.ASK_WEBHOOK_FORMAT || 'slack';
    if (format !== 'slack' && format !== 'teams') throw new Error(`ASK_WEBHOOK_FORMAT must be "slack" or "teams", got "${format}"`);
    options.webhook = { url: env.ASK_WEBHOOK_URL, format };
  } else if (env.ASK_WEBHOOK_FORMAT) {
    throw new Error('ASK_WEBHOOK_FORMAT is set but ASK_WEBHOOK_URL is not: set the URL to post notices to');
  }
  return options;
}
