/**
 * What the outbox does with the server's answer, and how long it waits before trying again.
 * Pure, so the rules are tested without a network.
 */

/** `sent`: done, the row goes. `retry`: try again later, same idempotency key. `refused`: kept as failed, never retried. */
export type Outcome = 'sent' | 'retry' | 'refused';

/**
 * 2xx → sent. Retried: 408 (timeout), 425, 429 (rate limited), every 5xx, and 401 — an expired
 * token is the host's to refresh, and the employee's write must not be lost to it. A 409 means two
 * different things on our server: "this Idempotency-Key is still in flight" (always sent with
 * Retry-After — the same write will succeed shortly) and a state conflict such as a message to a
 * closed question (no Retry-After — it never will); so a 409 is retried only with `retryAfterMs`.
 * Every other status (400, 403, 404, 413, 422, a bare 409…) means the server will never accept this
 * write as it is: retrying it forever would only hide the problem.
 */
export function outcomeOf(status: number, retryAfterMs?: number): Outcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status >= 500 || status === 401 || status === 408 || status === 425 || status === 429 || (status === 409 && retryAfterMs !== undefined)) return 'retry';
  return 'refused';
}

export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 5 * 60_000;
/** A Retry-After further away than this is not believed (a misconfigured proxy must not park writes for days). */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * How long to wait after the `attempts`-th failed try: exponential (1 s, 2 s, 4 s … 5 min) with
 * "equal jitter" (half fixed, half random), so tabs and devices that failed together do not retry
 * together. The server's Retry-After, when it sent one, is the least we wait.
 */
export function retryDelay(attempts: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = exp / 2 + (exp / 2) * random();
  if (retryAfterMs === undefined || !(retryAfterMs >= 0)) return Math.round(jittered);
  return Math.round(Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS)));
}
