/** Where and how statements are forwarded: `startServer({ lrs })` or the LRS_* environment variables. */

export interface LrsOptions {
  /** The LRS's xAPI base, e.g. `https://lrs.example.com/xAPI` (statements go to `${endpoint}/statements`). */
  endpoint: string;
  /** HTTP Basic credentials (most LRSs issue a key and secret per client). */
  username?: string;
  password?: string;
  /** Statements per POST. Default 50. */
  batchSize?: number;
  /** How often pending statements are looked for. Default 5000 ms. */
  intervalMs?: number;
  /** First retry delay after a 5xx or network failure; doubles per attempt up to `maxRetryMs`. Default 5000 ms. */
  retryBaseMs?: number;
  /** Longest retry delay. Default 15 min. */
  maxRetryMs?: number;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
}

export type ResolvedLrs = Required<Omit<LrsOptions, 'username' | 'password'>> & Pick<LrsOptions, 'username' | 'password'>;

function positive(value: number | undefined, fallback: number, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) throw new Error(`lrs.${name} must be a whole number from 1 to ${max}, got ${value}`);
  return value;
}

/** Check the options up front: a typo in the endpoint should stop the start, not fail every batch. */
export function resolveLrs(options: LrsOptions): ResolvedLrs {
  let url: URL;
  try {
    url = new URL(options.endpoint);
  } catch {
    throw new Error(`LRS endpoint "${options.endpoint}" is not a URL; expected e.g. https://lrs.example.com/xAPI`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`LRS endpoint "${options.endpoint}" must be http(s)`);
  if ((options.username === undefined) !== (options.password === undefined)) throw new Error('LRS credentials need both a username (LRS_USERNAME) and a password (LRS_PASSWORD)');
  return {
    endpoint: options.endpoint.replace(/\/+$/, ''),
    username: options.username,
    password: options.password,
    batchSize: positive(options.batchSize, 50, 'batchSize', 500),
    intervalMs: positive(options.intervalMs, 5_000, 'intervalMs'),
    retryBaseMs: positive(options.retryBaseMs, 5_000, 'retryBaseMs'),
    maxRetryMs: positive(options.maxRetryMs, 15 * 60_000, 'maxRetryMs'),
    timeoutMs: positive(options.timeoutMs, 20_000, 'timeoutMs'),
  };
}

/** `LRS_ENDPOINT` (+ `LRS_USERNAME`, `LRS_PASSWORD`); undefined when no endpoint is set. */
export function lrsFromEnv(env: NodeJS.ProcessEnv = process.env): LrsOptions | undefined {
  if (!env.LRS_ENDPOINT) return undefined;
  return { endpoint: env.LRS_ENDPOINT, username: env.LRS_USERNAME || undefined, password: env.LRS_PASSWORD || undefined };
}
