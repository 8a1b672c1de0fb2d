/**
 * POST /v1/feedback over real HTTP: the value range per kind, the subject check, the comment limit,
 * each feedback stored once by its id, and the per-user write limit (429 + Retry-After, then the
 * same write accepted once the client waited).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../src/protocol/api.js';
import { COMMENT_MAX, FeedbackResponse } from '../../src/protocol/feedback.js';
import { openDatabase } from '../../server/db/database.js';
import { Api } from './ask-support.js';
import { feedback, ManualClock, token } from './feedback-support.js';
import { DEMO_CONTENT, startTestServer, TEST_SECRET, type TestServer } from './support.js';

async function refused(response: Response, status: number, code: string): Promise<ApiError> {
  assert.equal(response.status, status, await response.clone().text());
  const body = ApiError.parse(await response.json());
  assert.equal(body.error.code, code);
  return body;
}

describe('POST /v1/feedback', () => {
  let server: TestServer;
  let api: Api;
  let erik: string;
  let maja: string;

  before(async () => {
    server = await startTestServer({ contentDir: DEMO_CONTENT, tokenSecret: TEST_SECRET, feedback: { writeRate: false } });
    api = new Api(server.url);
    erik = await token('erik-nilsson');
    maja = await token('maja-sjoberg');
  });
  after(async () => server?.close());

  it('stores each kind with its subject and context, once per id', async () => {
    const kinds = [
      feedback({ kind: 'thumbs', value: 0, reason: 'outdated', comment: 'The 15 % rule changed.' }),
      feedback({ kind: 'stars', value: 5, subject: 'lesson:crm-close-dates', prompt: 'lesson-rating' }),
      feedback({ kind: 'nps', value: 10, subject: 'product:learnflow' }),
      feedback({ kind: 'text', value: undefined, subject: 'screen:crm/quote', comment: 'Where is the PDF button?' }),
      feedback({ kind: 'survey', value: undefined, subject: 'product:learnflow', answers: [{ question: 'ease', value: 4 }, { question: 'missing', text: 'Arabic articles' }] }),
    ];
    for (const body of kinds) {
      const response = await api.write('/v1/feedback', erik, body);
      assert.equal(response.status, 201, await response.clone().text());
      assert.deepEqual(FeedbackResponse.parse(await response.json()), { id: body.id, stored: true });
    }
    // The same feedback again under a new key (an outbox that lost its key): the first one stays.
    const again = await api.write('/v1/feedback', erik, { ...kinds[0], value: 1, reason: undefined });
    assert.equal(again.status, 200);
    assert.deepEqual(FeedbackResponse.parse(await again.json()), { id: kinds[0]?.id, stored: false });
    // Another person reusing an id is a client bug, not a repeat.
    await refused(await api.write('/v1/feedback', maja, kinds[0]), 409, 'conflict');

    const db = await openDatabase({ file: server.dbFile });
    try {
      const rows = await db.selectFrom('feedback').selectAll().where('user_id', '=', 'erik-nilsson').orderBy('given_at').execute();
      assert.equal(rows.length, 5);
      const thumbs = rows.find((r) => r.id === kinds[0]?.id);
      assert.equal(thumbs?.value, 0);
      assert.equal(thumbs?.reason, 'outdated');
      assert.equal(thumbs?.comment, 'The 15 % rule changed.');
      assert.equal(thumbs?.screen, 'crm/quote');
      assert.equal(thumbs?.given_at, '2026-11-20T10:00:00.000Z');
      assert.ok(thumbs?.stored_at);
      assert.equal(rows.find((r) => r.kind === 'stars')?.prompt, 'lesson-rating');
      assert.deepEqual(JSON.parse(rows.find((r) => r.kind === 'survey')?.answers ?? 'null'), kinds[4]?.answers);
    } finally {
      await db.destroy();
    }
  });

  it('replays the saved answer for a repeated Idempotency-Key', async () => {
    const body = feedback();
    const key = randomUUID();
    const first = await api.write('/v1/feedback', erik, body, key);
    assert.equal(first.status, 201);
    const second = await api.write('/v1/feedback', erik, body, key);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), { id: body.id, stored: true });
  });

  it('refuses a rating out of range for its kind with 422 naming "value"', async () => {
    const cases = [
      { kind: 'thumbs', value: 2 },
      { kind: 'thumbs', value: undefined },
      { kind: 'stars', value: 0 },
      { kind: 'stars', value: 6 },
      { kind: 'stars', value: 3.5 },
      { kind: 'nps', value: 11 },
      { kind: 'nps', value: -1 },
      { kind: 'text', value: 3, comment: 'ok' },
    ] as const;
    for (const c of cases) {
      const body = await refused(await api.write('/v1/feedback', erik, feedback(c)), 422, 'validation_failed');
      assert.deepEqual(body.error.issues?.map((i) => i.path), ['value'], `${c.kind} ${c.value}`);
    }
  });

  it('refuses text without a comment and a survey without 1–3 answers', async () => {
    const text = await refused(await api.write('/v1/feedback', erik, feedback({ kind: 'text', value: undefined, comment: '   ' })), 422, 'validation_failed');
    assert.deepEqual(text.error.issues?.map((i) => i.path), ['comment']);
    const empty = await refused(await api.write('/v1/feedback', erik, feedback({ kind: 'survey', value: undefined, answers: [] })), 422, 'validation_failed');
    assert.deepEqual(empty.error.issues?.map((i) => i.path), ['answers']);
    const many = Array.from({ length: 4 }, (_, i) => ({ question: `q${i}`, value: 3 }));
    const four = await refused(await api.write('/v1/feedback', erik, feedback({ kind: 'survey', value: undefined, answers: many })), 422, 'validation_failed');
    assert.deepEqual(four.error.issues?.map((i) => i.path), ['answers']);
  });

  it('refuses a comment over COMMENT_MAX with 422 naming "comment"', async () => {
    const body = await refused(await api.write('/v1/feedback', erik, feedback({ comment: 'x'.repeat(COMMENT_MAX + 1) })), 422, 'validation_failed');
    assert.deepEqual(body.error.issues?.map((i) => i.path), ['comment']);
    assert.equal((await api.write('/v1/feedback', erik, feedback({ comment: 'x'.repeat(COMMENT_MAX) }))).status, 201);
  });

  it('refuses an article or lesson that does not exist as "unknown subject"; other subjects are free keys', async () => {
    for (const subject of ['article:no-such-article', 'lesson:no-such-lesson']) {
      const body = await refused(await api.write('/v1/feedback', erik, feedback({ subject })), 422, 'validation_failed');
      assert.match(body.error.message, /unknown subject/);
      assert.deepEqual(body.error.issues?.map((i) => i.path), ['subject']);
    }
    await refused(await api.write('/v1/feedback', erik, feedback({ subject: 'nonsense' })), 422, 'validation_failed');
    assert.equal((await api.write('/v1/feedback', erik, feedback({ subject: 'screen:erp/purchase-order' }))).status, 201);
    assert.equal((await api.write('/v1/feedback', erik, feedback({ subject: `question:${randomUUID()}` }))).status, 201);
  });

  it('needs a token and an Idempotency-Key', async () => {
    await refused(await api.send('POST', '/v1/feedback', undefined, feedback(), { 'idempotency-key': randomUUID() }), 401, 'unauthorized');
    await refused(await api.send('POST', '/v1/feedback', erik, feedback()), 400, 'bad_request');
  });
});

describe('per-user write rate limit', () => {
  let server: TestServer;
  let api: Api;
  const clock = new ManualClock();

  before(async () => {
    server = await startTestServer({ contentDir: DEMO_CONTENT, tokenSecret: TEST_SECRET, feedback: { writeRate: { perMinute: 30, burst: 3 }, clock: clock.now } });
    api = new Api(server.url);
  });
  after(async () => server?.close());

  it('answers a client sending too fast 429 with Retry-After, and accepts the same write once it waited', async () => {
    const erik = await token('erik-nilsson');
    for (let i = 0; i < 3; i++) assert.equal((await api.write('/v1/feedback', erik, feedback())).status, 201);
    const late = feedback();
    const key = randomUUID();
    const limited = await refused(await api.write('/v1/feedback', erik, late, key), 429, 'rate_limited');
    assert.match(limited.error.message, /too many writes/);
    const response = await api.write('/v1/feedback', erik, late, key);
    assert.equal(response.status, 429);
    // 30 a minute: one write every 2 s.
    const retryAfter = Number(response.headers.get('retry-after'));
    assert.equal(retryAfter, 2);
    // Other people are not held up by Erik's bucket.
    assert.equal((await api.write('/v1/feedback', await token('maja-sjoberg'), feedback())).status, 201);
    // Every write shares the same bucket: search events, a question, an action write.
    assert.equal((await api.write('/v1/search-events', erik, { events: [] })).status, 429);
    await refused(await api.ask(erik), 429, 'rate_limited');
    await refused(await api.write(`/v1/questions/${randomUUID()}/solve`, erik, undefined), 429, 'rate_limited');

    clock.advance(retryAfter);
    // The outbox sends the same write with the same key: accepted, nothing lost.
    const accepted = await api.write('/v1/feedback', erik, late, key);
    assert.equal(accepted.status, 201);
    assert.deepEqual(await accepted.json(), { id: late.id, stored: true });
  });
});
