/**
 * Search events and prompt state over real HTTP: events stored once by id; the prompt state merged
 * across devices (the larger count, the later timestamps), per user.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../src/protocol/api.js';
import { SearchEventsResponse } from '../../src/protocol/insights.js';
import { PromptState } from '../../src/protocol/prompts.js';
import { openDatabase } from '../../server/db/database.js';
import { mergePromptState } from '../../src/prompts/state.js';
import { Api } from './ask-support.js';
import { searchEvent, token } from './feedback-support.js';
import { startTestServer, TEST_SECRET, type TestServer } from './support.js';

describe('search events and prompt state', () => {
  let server: TestServer;
  let api: Api;
  let erik: string;

  before(async () => {
    server = await startTestServer({ tokenSecret: TEST_SECRET, feedback: { writeRate: false } });
    api = new Api(server.url);
    erik = await token('erik-nilsson');
  });
  after(async () => server?.close());

  it('stores each search event once, its query normalised', async () => {
    const events = [searchEvent({ query: '  Credit   Hold ', results: 2, opened: 'credit-hold' }), searchEvent({ query: 'expense report', results: 0 })];
    const first = await api.write('/v1/search-events', erik, { events });
    assert.equal(first.status, 200);
    assert.deepEqual(SearchEventsResponse.parse(await first.json()), { stored: 2, duplicates: 0 });
    const again = await api.write('/v1/search-events', erik, { events: [...events, searchEvent()] });
    assert.deepEqual(SearchEventsResponse.parse(await again.json()), { stored: 1, duplicates: 2 });
    const db = await openDatabase({ file: server.dbFile });
    try {
      const row = await db.selectFrom('search_events').selectAll().where('id', '=', events[0]?.id ?? '').executeTakeFirstOrThrow();
      assert.equal(row.query, 'credit hold');
      assert.equal(row.opened, 'credit-hold');
      assert.equal(row.screen, 'crm/quote');
    } finally {
      await db.destroy();
    }
  });

  it('refuses a query over 200 characters, a negative result count and an empty batch with 422', async () => {
    for (const events of [[searchEvent({ query: 'x'.repeat(201) })], [searchEvent({ results: -1 })], []]) {
      const response = await api.write('/v1/search-events', erik, { events });
      assert.equal(response.status, 422);
      assert.equal(ApiError.parse(await response.json()).error.code, 'validation_failed');
    }
  });

  it('merges prompt state from two devices: the larger count and the later times win', async () => {
    assert.deepEqual(await (await api.get('/v1/prompt-state', erik)).json(), { v: 1, prompts: {} });
    const laptop: PromptState = { v: 1, prompts: { 'article-helpful': { shown: 3, lastShownAt: '2026-11-20T10:00:00Z', dismissedAt: '2026-11-20T10:00:05Z' } }, lastInterruptionAt: '2026-11-20T10:00:00Z' };
    const phone: PromptState = { v: 1, prompts: { 'article-helpful': { shown: 1, lastShownAt: '2026-11-22T08:00:00Z', answeredAt: '2026-11-22T08:00:09Z' }, nps: { shown: 1, lastShownAt: '2026-11-19T09:00:00Z' } }, lastInterruptionAt: '2026-11-22T08:00:00Z' };
    const put = (state: PromptState) => api.send('PUT', '/v1/prompt-state', erik, state, { 'idempotency-key': randomUUID() });
    assert.equal((await put(laptop)).status, 200);
    const merged = PromptState.parse(await (await put(phone)).json());
    const expected: PromptState = {
      v: 1,
      prompts: {
        'article-helpful': { shown: 3, lastShownAt: '2026-11-22T08:00:00Z', answeredAt: '2026-11-22T08:00:09Z', dismissedAt: '2026-11-20T10:00:05Z' },
        nps: { shown: 1, lastShownAt: '2026-11-19T09:00:00Z' },
      },
      lastInterruptionAt: '2026-11-22T08:00:00Z',
    };
    assert.deepEqual(merged, expected);
    // The older device writing again does not undo anything.
    assert.deepEqual(PromptState.parse(await (await put(laptop)).json()), expected);
    assert.deepEqual(PromptState.parse(await (await api.get('/v1/prompt-state', erik)).json()), expected);
    // Per user.
    assert.deepEqual(await (await api.get('/v1/prompt-state', await token('maja-sjoberg'))).json(), { v: 1, prompts: {} });
  });

  it('refuses an invalid prompt state with 422', async () => {
    const response = await api.send('PUT', '/v1/prompt-state', erik, { v: 1, prompts: { 'a b': { shown: -1 } } }, { 'idempotency-key': randomUUID() });
    assert.equal(response.status, 422);
  });

  it('compares times as instants, whatever their offset', () => {
    const a: PromptState = { v: 1, prompts: { p: { shown: 1, answeredAt: '2026-11-22T10:00:00+02:00' } } };
    const b: PromptState = { v: 1, prompts: { p: { shown: 1, answeredAt: '2026-11-22T09:00:00Z' } } };
    assert.equal(mergePromptState(a, b).prompts.p?.answeredAt, '2026-11-22T09:00:00Z');
  });
});
