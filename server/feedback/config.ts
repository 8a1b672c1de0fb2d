/**
 * Settings of feedback, search analytics and insights: the per-user write rate (`WRITE_RATE`,
 * `WRITE_BURST`) and the target answer time open questions are measured against
 * (`INSIGHTS_TARGET_MINUTES`, default 240, the same four hours as ask's escalation).
 */
import { DEFAULT_WRITE_RATE, parseWriteRate, RateLimiter, type WriteRate } from '../http/rate-limit.js';

export interface FeedbackOptions {
  /** Per-user limit on every write (keyed and action writes); `false` turns it off. Default 30/min, burst 60. */
  writeRate?: WriteRate | false;
  /** The limiter's clock (tests move it instead of sleeping). */
  clock?: () => number;
  /** Target answer time for open questions in insights, minutes. Default 240. */
  insightsTargetMinutes?: number;
}

export interface FeedbackSettings {
  limiter?: RateLimiter;
  targetMinutes: number;
}

export const DEFAULT_TARGET_MINUTES = 240;

/** Throws on a bad setting, so the server refuses to start rather than run with the wrong limits. */
export function resolveFeedback(options: FeedbackOptions = {}): FeedbackSettings {
  const rate = options.writeRate ?? DEFAULT_WRITE_RATE;
  const targetMinutes = options.insightsTargetMinutes ?? DEFAULT_TARGET_MINUTES;
  if (!Number.isInteger(targetMinutes) || targetMinutes < 1) throw new Error(`INSIGHTS_TARGET_MINUTES must be a whole number of minutes ≥ 1, got ${targetMinutes}`);
  return { limiter: rate === false ? undefined : new RateLimiter(rate, options.clock), targetMinutes };
}

export function feedbackFromEnv(env: NodeJS.ProcessEnv): FeedbackOptions {
  const target = env.INSIGHTS_TARGET_MINUTES?.trim();
  const options: FeedbackOptions = { writeRate: parseWriteRate(env.WRITE_RATE, env.WRITE_BURST) };
  if (target) options.insightsTargetMinutes = Number(target);
  resolveFeedback(options); // check now, with the variable's name in the message
  return options;
}
