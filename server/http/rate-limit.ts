/**
 * Per-user write rate limit (DESIGN.md: "writes are rate-limited per user"): a token bucket per
 * user id — `burst` writes at once, refilled at `perMinute`. A write over the limit is answered
 * 429 `rate_limited` with `Retry-After` (whole seconds until one write is allowed again); the
 * SDK's outbox keeps the write and sends it again after that, so nothing is lost.
 *
 * Kept in memory, per process: behind a load balancer each instance limits on its own, which
 * multiplies the allowance by the instance count but never refuses a fair client.
 */
import { ApiProblem } from './errors.js';

export interface WriteRate {
  /** Writes a user may send per minute, sustained. */
  perMinute: number;
  /** Writes a user may send at once after being idle. */
  burst: number;
}

export const DEFAULT_WRITE_RATE: WriteRate = { perMinute: 30, burst: 60 };

/** Buckets untouched for this long are full again; they are dropped to bound memory. */
const IDLE_SWEEP_EVERY = 1_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  #calls = 0;

  constructor(
    readonly rate: WriteRate,
    /** The clock (tests move it instead of sleeping). */
    private readonly now: () => number = Date.now,
  ) {
    if (!(rate.perMinute > 0) || !Number.isFinite(rate.perMinute)) throw new Error(`write rate must be a positive number per minute, got ${rate.perMinute}`);
    if (!Number.isInteger(rate.burst) || rate.burst < 1) throw new Error(`write burst must be a whole number ≥ 1, got ${rate.burst}`);
    this.#perMs = rate.perMinute / 60_000;
  }

  /** Takes one write from `userId`'s bucket, or throws 429 with Retry-After. */
  take(userId: string): void {
    const now = this.now();
    if (++this.#calls % IDLE_SWEEP_EVERY === 0) this.#sweep(now);
    const bucket = this.#buckets.get(userId) ?? { tokens: this.rate.burst, at: now };
    bucket.tokens = Math.min(this.rate.burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(userId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
    throw new ApiProblem(429, 'rate_limited', `too many writes: at most ${this.rate.perMinute} a minute (${this.rate.burst} at once); retry in ${seconds} s`, undefined, { 'Retry-After': String(seconds) });
  }

  #sweep(now: number): void {
    const fullAfter = this.rate.burst / this.#perMs;
    for (const [user, bucket] of this.#buckets) if (now - bucket.at >= fullAfter) this.#buckets.delete(user);
  }
}

/** `WRITE_RATE` ("30/min", "2/s" or a bare number per minute) and `WRITE_BURST`. */
export function parseWriteRate(rate: string | undefined, burst: string | undefined): WriteRate | false {
  if (rate?.trim() === 'off') return false;
  let perMinute = DEFAULT_WRITE_RATE.perMinute;
  if (rate?.trim()) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?\s*$/i.exec(rate);
    if (!match?.[1]) throw new Error(`WRITE_RATE must look like "30/min", "2/s" or "off", got "${rate}"`);
    const unit = (match[2] ?? 'min').toLowerCase();
    const n = Number(match[1]);
    perMinute = unit.startsWith('s') ? n * 60 : unit.startsWith('h') ? n / 60 : n;
    if (!(perMinute > 0)) throw new Error(`WRITE_RATE must be more than 0, got "${rate}"`);
  }
  const b = burst?.trim() ? Number(burst) : DEFAULT_WRITE_RATE.burst;
  if (!Number.isInteger(b) || b < 1) throw new Error(`WRITE_BURST must be a whole number ≥ 1, got "${burst}"`);
  return { perMinute, burst: b };
}
