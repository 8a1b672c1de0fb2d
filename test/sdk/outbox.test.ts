/// <reference types="mocha" />
/**
 * The outbox through the runtime over a memory backend whose "server" can be told to fail: writes
 * persisted before the call returns, sent after a reload with the same idempotency key, retried
 * with backoff (Retry-After honoured), a refused write kept as failed and never retried.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { outcomeOf, retryDelay, MAX_DELAY_MS } from '../../sdk/outbox/policy.js';
import { parseRetryAfter } from '../../sdk/backends/retry-after.js';
import type { SendResult } from '../../sdk/types.js';
import { cleanup, freshTenant, nextEvent } from './helpers.js';
import { LESSON, USER, memory, outboxRows, progressAfter, start } from './lesson-fixtures.js';

describe('outbox', () => {
  afterEach(cleanup);

  it('keeps a write through a reload and sends it then, with the same idempotency key', async () => {
    const backend = memory();
    const tenant = freshTenant();
    backend.writes.hook = () => 'network';
    const first = start(backend, tenant);
    const progress = progressAfter([{ type: 'next' }]);
    await first.lessons.save(LESSON, progress);
    // In IndexedDB by the time save() resolved.
    const rows = await outboxRows(tenant);
    expect(rows.map((r) => `${r.method} ${r.path}`)).to.deep.equal(['PUT /v1/progress/forecast-basics']);
    await waitUntil(() => backend.writes.received.length === 1, 'tried once');
    first.destroy();

    backend.writes.hook = null;
    const second = start(backend, tenant);
    await waitUntil(() => backend.writes.user(USER.id).progress.has(LESSON.id), 'sent after the reload');
    expect(backend.writes.user(USER.id).progress.get(LESSON.id)).to.deep.equal(progress);
    expect(new Set(backend.writes.received.map((r) => r.idempotencyKey)).size).to.equal(1);
    await waitUntil(async () => (await outboxRows(tenant)).length === 0, 'row removed once sent');
    await waitUntil(() => second.sync.pending === 0);
  });

  it('retries a 5xx with exponential backoff and the same key', async () => {
    const backend = memory();
    const tenant = freshTenant();
    let failedAt = 0;
    backend.writes.hook = () => {
      failedAt = Date.now();
      return { status: 503, message: 'busy' } satisfies SendResult;
    };
    const learn = start(backend, tenant);
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    await waitUntil(async () => (await outboxRows(tenant))[0]?.attempts! >= 1, 'failed once');
    const [row] = await outboxRows(tenant);
    const exp = 1000 * 2 ** (row!.attempts - 1);
    expect(row!.state).to.equal('queued');
    expect(row!.nextAt - failedAt).to.be.within(exp / 2 - 50, exp + 50);
    expect(learn.sync.pending).to.equal(1);

    backend.writes.hook = null;
    await learn.sync.flush();
    expect(await outboxRows(tenant)).to.deep.equal([]);
    expect(learn.sync).to.include({ pending: 0, failed: 0 });
    const keys = backend.writes.received.map((r) => r.idempotencyKey);
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);
  });

  it('waits at least as long as Retry-After says', async () => {
    const backend = memory();
    const tenant = freshTenant();
    let failedAt = 0;
    backend.writes.hook = () => {
      failedAt = Date.now();
      return { status: 429, retryAfterMs: 120_000 };
    };
    const learn = start(backend, tenant);
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    await waitUntil(async () => (await outboxRows(tenant))[0]?.attempts === 1);
    const [row] = await outboxRows(tenant);
    expect(row!.nextAt - failedAt).to.be.within(119_950, 120_050);
    expect(learn.sync.pending).to.equal(1);
  });

  it('keeps a write the server refuses (4xx) as failed, reports it, and never sends it again', async () => {
    const backend = memory();
    const tenant = freshTenant();
    backend.writes.hook = () => ({ status: 422, message: 'this Idempotency-Key was used with another body' });
    const learn = start(backend, tenant);
    const error = nextEvent(learn, 'error', (e) => e.source === 'sync');
    const change = nextEvent(learn, 'sync-change', (s) => s.failed === 1);
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    expect((await error).message).to.contain('HTTP 422');
    expect(await change).to.deep.equal({ pending: 0, failed: 1 });
    const [row] = await outboxRows(tenant);
    expect(row).to.include({ state: 'failed', error: 'this Idempotency-Key was used with another body' });

    backend.writes.hook = null;
    await learn.sync.flush();
    expect(backend.writes.received).to.have.length(1);
    expect((await outboxRows(tenant))[0]?.state).to.equal('failed');
  });

  it('retries a 409 sent with Retry-After with the same key, and keeps a bare 409 as failed', async () => {
    const backend = memory();
    const tenant = freshTenant();
    let inFlight = true;
    backend.writes.hook = () => (inFlight ? { status: 409, retryAfterMs: 0, message: 'still being processed' } : undefined);
    const learn = start(backend, tenant);
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    await waitUntil(async () => (await outboxRows(tenant))[0]?.attempts! >= 1, 'tried once', { timeout: 5000 });
    expect((await outboxRows(tenant))[0]!.state).to.equal('queued');
    inFlight = false;
    await learn.sync.flush();
    expect(backend.writes.user(USER.id).progress.has(LESSON.id)).to.equal(true);
    expect(new Set(backend.writes.received.map((r) => r.idempotencyKey)).size).to.equal(1);

    backend.writes.hook = () => ({ status: 409, message: 'the question is closed' });
    const error = nextEvent(learn, 'error', (e) => e.source === 'sync');
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }, { type: 'next' }]));
    expect((await error).message).to.contain('HTTP 409');
    await waitUntil(() => learn.sync.failed === 1, 'kept as failed', { timeout: 5000 });
    expect((await outboxRows(tenant)).map((r) => r.state)).to.deep.equal(['failed']);
  });

  it('replaces a queued PUT of the same lesson instead of queueing one per save', async () => {
    const backend = memory();
    const tenant = freshTenant();
    backend.writes.hook = () => 'network';
    const learn = start(backend, tenant);
    const one = progressAfter([{ type: 'next' }]);
    const two = progressAfter([{ type: 'answer', stepId: 'q1', choices: ['a'] }], one);
    await learn.lessons.save(LESSON, one);
    await learn.lessons.save(LESSON, two);
    // The first may have been in flight when the second came: it goes once its try has failed.
    await waitUntil(async () => (await outboxRows(tenant)).length === 1, 'one row left');
    const rows = await outboxRows(tenant);
    expect(rows[0]!.body).to.deep.equal(two);
  });

  it('lets writes wait when the backend cannot send (read-only)', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const readOnly = Object.assign(Object.create(backend) as typeof backend, { send: undefined });
    const learn = start(readOnly, tenant);
    const change = nextEvent(learn, 'sync-change');
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    expect(await change).to.deep.equal({ pending: 1, failed: 0 });
    expect((await outboxRows(tenant))[0]?.state).to.equal('queued');
  });

  it('queues nothing for an anonymous visitor, and reset() drops what a user had queued', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const anonymous = start(backend, tenant, { user: null });
    await anonymous.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    expect(await anonymous.lessons.progress(LESSON)).to.not.equal(null);
    expect(backend.writes.received).to.deep.equal([]);
    anonymous.destroy();

    backend.writes.hook = () => 'network';
    const learn = start(backend, tenant);
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    expect(await outboxRows(tenant)).to.have.length(1);
    await learn.reset();
    expect(await outboxRows(tenant)).to.deep.equal([]);
  });
});

describe('outbox policy', () => {
  it('sends, retries or refuses by status', () => {
    expect([200, 201, 204].map(outcomeOf)).to.deep.equal(['sent', 'sent', 'sent']);
    expect([401, 408, 425, 429, 500, 502, 503].map((s) => outcomeOf(s)).every((o) => o === 'retry')).to.equal(true);
    expect([400, 403, 404, 409, 413, 422].map((s) => outcomeOf(s)).every((o) => o === 'refused')).to.equal(true);
  });

  it('retries a 409 only when the server sent Retry-After (a key still in flight), refuses a state conflict', () => {
    expect(outcomeOf(409, 1000), 'Idempotency-Key still in flight').to.equal('retry');
    expect(outcomeOf(409, 0)).to.equal('retry');
    expect(outcomeOf(409), 'e.g. a message to a closed question').to.equal('refused');
    expect(outcomeOf(422, 1000), 'Retry-After does not make another 4xx retryable').to.equal('refused');
  });

  it('backs off exponentially with jitter, capped, and never sooner than Retry-After', () => {
    expect(retryDelay(1, undefined, () => 0)).to.equal(500);
    expect(retryDelay(1, undefined, () => 1)).to.equal(1000);
    expect(retryDelay(4, undefined, () => 0.5)).to.equal(6000);
    expect(retryDelay(30, undefined, () => 1)).to.equal(MAX_DELAY_MS);
    expect(retryDelay(1, 30_000, () => 1)).to.equal(30_000);
    expect(retryDelay(5, 1_000, () => 1)).to.equal(16_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
