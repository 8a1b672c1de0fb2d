/** The per-user token bucket and its settings, without HTTP (feedback.node.test.ts covers the 429 on the wire). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiProblem } from '../../server/http/errors.js';
import { parseWriteRate, RateLimiter } from '../../server/http/rate-limit.js';
import { feedbackFromEnv } from '../../server/feedback/config.js';
import { ManualClock } from './feedback-support.js';

function retryAfter(limiter: RateLimiter, user: string): string | undefined {
  try {
    limiter.take(user);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ApiProblem);
    assert.equal(error.status, 429);
    assert.equal(error.code, 'rate_limited');
    return error.headers['Retry-After'];
  }
}

describe('write rate limit', () => {
  it('lets a burst through, then one write per refill interval, per user', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ perMinute: 6, burst: 2 }, clock.now);
    assert.equal(retryAfter(limiter, 'a'), undefined);
    assert.equal(retryAfter(limiter, 'a'), undefined);
    // 6 a minute: a token every 10 s.
    assert.equal(retryAfter(limiter, 'a'), '10');
    assert.equal(retryAfter(limiter, 'b'), undefined);
    clock.advance(4);
    assert.equal(retryAfter(limiter, 'a'), '6');
    clock.advance(6);
    assert.equal(retryAfter(limiter, 'a'), undefined);
    assert.equal(retryAfter(limiter, 'a'), '10');
    // A long pause refills to the burst, never beyond it.
    clock.advance(3600);
    assert.equal(retryAfter(limiter, 'a'), undefined);
    assert.equal(retryAfter(limiter, 'a'), undefined);
    assert.ok(retryAfter(limiter, 'a'));
  });

  it('reads WRITE_RATE and WRITE_BURST, and refuses nonsense', () => {
    assert.deepEqual(parseWriteRate(undefined, undefined), { perMinute: 30, burst: 60 });
    assert.deepEqual(parseWriteRate('2/s', '10'), { perMinute: 120, burst: 10 });
    assert.deepEqual(parseWriteRate('600/h', undefined), { perMinute: 10, burst: 60 });
    assert.deepEqual(parseWriteRate('45', undefined), { perMinute: 45, burst: 60 });
    assert.equal(parseWriteRate('off', undefined), false);
    assert.throws(() => parseWriteRate('fast', undefined), /WRITE_RATE/);
    assert.throws(() => parseWriteRate('0/min', undefined), /WRITE_RATE/);
    assert.throws(() => parseWriteRate(undefined, '1.5'), /WRITE_BURST/);
    assert.throws(() => feedbackFromEnv({ INSIGHTS_TARGET_MINUTES: 'soon' }), /INSIGHTS_TARGET_MINUTES/);
    assert.equal(feedbackFromEnv({ INSIGHTS_TARGET_MINUTES: '60' }).insightsTargetMinutes, 60);
  });
});
