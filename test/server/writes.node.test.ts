/**
 * Per-user writes over real HTTP: progress (furthest wins), review (merged per card), statements
 * (validated, own actor only, stored once), and the Idempotency-Key rules every write follows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ApiError, ProgressList, ProgressResponse, ReviewState, StatementsResponse } from '../../src/protocol/index.js';
import { signUserToken } from '../../server/auth/token.js';
import { openDatabase } from '../../server/db/database.js';
import { requestHash } from '../../server/writes/canonical.js';
import { progress, reviewState, statement } from './learner-fixtures.js';
import { startTestServer, TEST_SECRET, writeHeaders, type TestServer } from './support.js';

describe('per-user writes', () => {
  let server: TestServer;
  let erik: string;
  let maja: string;

  before(async () => {
    server = await startTestServer({ tokenSecret: TEST_SECRET, bodyLimit: 16 * 1024 });
    erik = await signUserToken(TEST_SECRET, { sub: 'erik-nilsson', name: 'Erik Nilsson', roles: [] }, 600);
    maja = await signUserToken(TEST_SECRET, { sub: 'maja-sjoberg', name: 'Maja Sjöberg', roles: [] }, 600);
  });
  after(async () => server?.close());

  const send = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    fetch(server.url + path, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const get = (path: string, token: string) => fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });

  async function apiError(response: Response, status: number, code: string): Promise<ApiError> {
    assert.equal(response.status, status);
    const body = ApiError.parse(await response.json());
    assert.equal(body.error.code, code);
    return body;
  }

  describe('progress', () => {
    it('keeps the furthest progress whichever device writes last, per user', async () => {
      const ahead = progress('crm-pipeline-stages', { current: 'check', reached: 3, updatedAt: '2026-11-25T08:03:00Z' });
      const behind = progress('crm-pipeline-stages', { current: 'intro', reached: 1, updatedAt: '2026-11-25T08:09:00Z' });
      const first = ProgressResponse.parse(await (await send('PUT', '/v1/progress/crm-pipeline-stages', ahead, writeHeaders(erik))).json());
      assert.equal(first.progress.reached, 3);
      // A second device that is behind writes later: the server keeps (and answers with) the furthest.
      const second = ProgressResponse.parse(await (await send('PUT', '/v1/progress/crm-pipeline-stages', behind, writeHeaders(erik))).json());
      assert.equal(second.progress.reached, 3);
      assert.equal(second.progress.current, 'check');

      const list = ProgressList.parse(await (await get('/v1/progress', erik)).json());
      assert.deepEqual(list.items.map((p) => [p.lessonId, p.reached]), [['crm-pipeline-stages', 3]]);
      // Maja sees none of Erik's progress.
      assert.deepEqual(ProgressList.parse(await (await get('/v1/progress', maja)).json()).items, []);
    });

    it('refuses progress whose lessonId is not the path\'s, and invalid progress, with 422', async () => {
      const mismatch = await apiError(await send('PUT', '/v1/progress/crm-close-dates', progress('crm-pipeline-stages'), writeHeaders(erik)), 422, 'validation_failed');
      assert.deepEqual(mismatch.error.issues?.map((i) => i.path), ['lessonId']);
      const invalid = await apiError(await send('PUT', '/v1/progress/crm-close-dates', { ...progress('crm-close-dates'), reached: -1, registration: 'nope' }, writeHeaders(erik)), 422, 'validation_failed');
      assert.deepEqual(invalid.error.issues?.map((i) => i.path).sort(), ['reached', 'registration']);
      await apiError(await send('PUT', '/v1/progress/Not_An_Id', progress('crm-close-dates'), writeHeaders(erik)), 404, 'not_found');
    });
  });

  describe('review', () => {
    it('starts empty and merges cards: more reviews win, then the later update', async () => {
      assert.deepEqual(ReviewState.parse(await (await get('/v1/review', erik)).json()), { cards: [] });
      const phone = reviewState([
        { id: 'crm-close-dates/honest-push', reviews: 2, updatedAt: '2026-11-25T08:00:00Z', box: 3 },
        { id: 'crm-close-dates/realistic', reviews: 0, updatedAt: '2026-11-25T07:00:00Z' },
      ]);
      const laptop = reviewState([
        { id: 'crm-close-dates/honest-push', reviews: 1, updatedAt: '2026-11-25T09:00:00Z', box: 2 },
        { id: 'crm-close-dates/realistic', reviews: 1, updatedAt: '2026-11-25T09:00:00Z', box: 2 },
      ]);
      assert.equal((await send('PUT', '/v1/review', phone, writeHeaders(erik))).status, 200);
      const merged = ReviewState.parse(await (await send('PUT', '/v1/review', laptop, writeHeaders(erik))).json());
      const boxes = Object.fromEntries(merged.cards.map((c) => [c.id, c.box]));
      assert.deepEqual(boxes, { 'crm-close-dates/honest-push': 3, 'crm-close-dates/realistic': 2 });
      assert.deepEqual(ReviewState.parse(await (await get('/v1/review', erik)).json()), merged);
    });
  });

  describe('statements', () => {
    it('stores each statement once: a repeat id is a duplicate, not an error', async () => {
      const a = statement('erik-nilsson');
      const b = statement('erik-nilsson', { verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } } });
      const first = StatementsResponse.parse(await (await send('POST', '/v1/statements', { statements: [a, b] }, writeHeaders(erik))).json());
      assert.deepEqual(first, { stored: 2, duplicates: 0 });
      // Another write (new key) carrying one old and one new statement, plus a repeat within the batch.
      const c = statement('erik-nilsson');
      const second = StatementsResponse.parse(await (await send('POST', '/v1/statements', { statements: [{ ...b, id: b.id.toUpperCase() }, c, c] }, writeHeaders(erik))).json());
      assert.deepEqual(second, { stored: 1, duplicates: 2 });
      const db = await openDatabase({ file: server.dbFile });
      try {
        const rows = await db.selectFrom('statements').select(['id', 'user_id', 'state']).where('user_id', '=', 'erik-nilsson').execute();
        assert.equal(rows.length, 3);
        assert.ok(rows.every((r) => r.state === 'pending'));
      } finally {
        await db.destroy();
      }
    });

    it('answers 403 for a statement about someone else, and stores none of the batch', async () => {
      const own = statement('erik-nilsson');
      const body = await apiError(await send('POST', '/v1/statements', { statements: [own, statement('maja-sjoberg')] }, writeHeaders(erik)), 403, 'forbidden');
      assert.match(body.error.message, /statement 1 .*"maja-sjoberg".*"erik-nilsson"/);
      const retry = StatementsResponse.parse(await (await send('POST', '/v1/statements', { statements: [own] }, writeHeaders(erik))).json());
      assert.deepEqual(retry, { stored: 1, duplicates: 0 }, 'the refused batch stored nothing');
    });

    it('answers 422 with the xAPI problems of a malformed statement', async () => {
      const bad = statement('erik-nilsson', { result: { duration: '83 seconds', score: { scaled: 1.5 } } });
      const body = await apiError(await send('POST', '/v1/statements', { statements: [statement('erik-nilsson'), bad] }, writeHeaders(erik)), 422, 'validation_failed');
      assert.ok(body.error.issues?.every((i) => i.path === 'statements.1'));
      assert.match(body.error.message, /duration/);
      assert.match(body.error.message, /scaled/);
      await apiError(await send('POST', '/v1/statements', { statements: [] }, writeHeaders(erik)), 422, 'validation_failed');
      await apiError(await send('POST', '/v1/statements', { statements: [{ ...statement('erik-nilsson'), id: 'not-a-uuid' }] }, writeHeaders(erik)), 422, 'validation_failed');
    });

    it('takes a batch up to four times the body limit, and refuses a larger body with 413 before reading it', async () => {
      // 40 statements with long names: over the 16 KB limit of other routes, within the 64 KB of this one.
      const big = { statements: Array.from({ length: 40 }, () => statement('erik-nilsson', { actor: { objectType: 'Agent', name: 'E'.repeat(190), account: { homePage: 'https://crm.fjordhall.example/', name: 'erik-nilsson' } } })) };
      const size = JSON.stringify(big).length;
      assert.ok(size > 16 * 1024 && size < 64 * 1024, `batch is ${size} bytes`);
      assert.deepEqual(await (await send('POST', '/v1/statements', big, writeHeaders(erik))).json(), { stored: 40, duplicates: 0 });

      const huge = { statements: [statement('erik-nilsson', { result: { response: 'x'.repeat(70_000) } })] };
      const refused = await apiError(await send('POST', '/v1/statements', huge, writeHeaders(erik)), 413, 'payload_too_large');
      assert.match(refused.error.message, /65536 byte limit/);
      const progressTooBig = { ...progress('crm-close-dates'), current: 'x'.repeat(20_000) };
      await apiError(await send('PUT', '/v1/progress/crm-close-dates', progressTooBig, writeHeaders(erik)), 413, 'payload_too_large');
    });
  });

  describe('Idempotency-Key', () => {
    it('is required, and must be a UUID (bare or as a structured-field string)', async () => {
      const { 'idempotency-key': _, ...noKey } = writeHeaders(erik);
      const missing = await apiError(await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates'), noKey), 400, 'bad_request');
      assert.match(missing.error.message, /Idempotency-Key/);
      await apiError(await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates'), writeHeaders(erik, 'retry-1')), 400, 'bad_request');
      const quoted = await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates'), writeHeaders(erik, `"${randomUUID()}"`));
      assert.equal(quoted.status, 200);
    });

    it('replays the saved answer for the same key and body, without writing again', async () => {
      const key = randomUUID();
      const batch = { statements: [statement('erik-nilsson')] };
      const first = await send('POST', '/v1/statements', batch, writeHeaders(erik, key));
      assert.deepEqual(await first.json(), { stored: 1, duplicates: 0 });
      assert.equal(first.headers.get('idempotent-replayed'), null);
      // The retry (the outbox never saw the answer) gets the same answer — not { stored: 0, duplicates: 1 }.
      const again = await send('POST', '/v1/statements', JSON.stringify(batch, null, 2), writeHeaders(erik, key));
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), { stored: 1, duplicates: 0 });
    });

    it('answers 422 when a key is reused for a different body or path, and keys are per user', async () => {
      const key = randomUUID();
      assert.equal((await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates', { reached: 1 }), writeHeaders(erik, key))).status, 200);
      const other = await apiError(await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates', { reached: 2 }), writeHeaders(erik, key)), 422, 'validation_failed');
      assert.match(other.error.message, /already used for a different request/);
      await apiError(await send('PUT', '/v1/progress/crm-pipeline-stages', progress('crm-pipeline-stages'), writeHeaders(erik, key)), 422, 'validation_failed');
      // The same key from another user is that user's own key.
      assert.equal((await send('PUT', '/v1/progress/crm-close-dates', progress('crm-close-dates', { reached: 2 }), writeHeaders(maja, key))).status, 200);
    });

    it('answers 409 while a request with the key is in flight, and takes over a claim its request abandoned', async () => {
      const key = randomUUID();
      const body = progress('crm-personal-data');
      const db = await openDatabase({ file: server.dbFile });
      try {
        const claim = (updatedAt: Date) => ({
          user_id: 'erik-nilsson', key, request_hash: requestHash('PUT', '/v1/progress/crm-personal-data', body), state: 'in_flight' as const,
          claim: randomUUID(), response_status: null, response_body: null, created_at: updatedAt.toISOString(), updated_at: updatedAt.toISOString(),
        });
        // The state another request leaves while it runs (claimed, write not yet committed).
        await db.insertInto('idempotency_keys').values(claim(new Date())).execute();
        const busy = await send('PUT', '/v1/progress/crm-personal-data', body, writeHeaders(erik, key));
        assert.equal(busy.headers.get('retry-after'), '1');
        await apiError(busy, 409, 'conflict');

        // A claim older than the lease: its request died (a crash between claim and write). The next request takes over.
        await db.deleteFrom('idempotency_keys').where('key', '=', key).execute();
        await db.insertInto('idempotency_keys').values(claim(new Date(Date.now() - 60_000))).execute();
        const taken = await send('PUT', '/v1/progress/crm-personal-data', body, writeHeaders(erik, key));
        assert.equal(taken.status, 200);
        const row = await db.selectFrom('idempotency_keys').select(['state', 'response_status']).where('key', '=', key).executeTakeFirstOrThrow();
        assert.deepEqual(row, { state: 'done', response_status: 200 });
      } finally {
        await db.destroy();
      }
    });

    it('frees the key when the write is refused, so the corrected retry can use it', async () => {
      const key = randomUUID();
      await apiError(await send('POST', '/v1/statements', { statements: [statement('maja-sjoberg')] }, writeHeaders(erik, key)), 403, 'forbidden');
      const fixed = await send('POST', '/v1/statements', { statements: [statement('erik-nilsson')] }, writeHeaders(erik, key));
      assert.equal(fixed.status, 200);
    });
  });
});
