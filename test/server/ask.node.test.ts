/**
 * Ask an expert over real HTTP on loopback with a real SQLite file: asking, the bad inputs of
 * issue 4, idempotency, who sees what (404 for anyone else, 403 for non-experts on the inbox),
 * routing, status transitions, hostile markdown, publishing an answer into the catalog, and the
 * typical answer time from real rows.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { ApiError, ArticleDraft, InboxList, PublishResponse, Question, QuestionList, QUESTION_MAX, SearchResponse, TopicsResponse } from '../../src/protocol/index.js';
import { signUserToken } from '../../server/auth/token.js';
import { openDatabase } from '../../server/db/database.js';
import { Api, askRequest, people, writeAskContent, type People } from './ask-support.js';
import { startTestServer, TEST_SECRET, tempDir, type TempDir, type TestServer } from './support.js';

async function question(response: Response, status = 201): Promise<Question> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return Question.parse(JSON.parse(text));
}

async function apiError(response: Response, status: number, code: string): Promise<ApiError> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  const body = ApiError.parse(JSON.parse(text));
  assert.equal(body.error.code, code);
  return body;
}

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">x</a> <svg onload=alert(6)></svg>';

function assertInert(html: string | undefined): void {
  assert.ok(html !== undefined, 'html is rendered');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\son\w+\s*=/i);
  assert.doesNotMatch(html, /javascript:/i);
}

describe('ask an expert', () => {
  let server: TestServer;
  let content: TempDir;
  let api: Api;
  let p: People;

  before(async () => {
    content = tempDir('learnflow-ask-content-');
    writeAskContent(content.path);
    server = await startTestServer({ tokenSecret: TEST_SECRET, contentDir: content.path, bodyLimit: 16 * 1024 });
    api = new Api(server.url);
    p = await people();
  });
  after(async () => {
    await server?.close();
    content?.remove();
  });

  describe('topics', () => {
    it('needs a token, and lists each topic with its experts and the likely expert', async () => {
      await apiError(await api.get('/v1/topics'), 401, 'unauthorized');
      const { items } = TopicsResponse.parse(await (await api.get('/v1/topics', p.erik)).json());
      assert.deepEqual(items.map((t) => t.id), ['discounts', 'pipeline']);
      const discounts = items[0];
      assert.deepEqual(discounts?.experts.map((e) => e.id), ['anna-lindqvist', 'markus-weber']);
      assert.equal(discounts?.experts[0]?.hours, 'Mon–Fri 08–17 CET');
      assert.deepEqual(discounts?.screens, ['crm/quote', 'crm/opportunity']);
      assert.equal(discounts?.likely?.id, 'anna-lindqvist');
      // A German speaker's question would go to the expert who speaks German.
      const de = TopicsResponse.parse(await (await api.get('/v1/topics?locale=de', p.erik)).json());
      assert.equal(de.items[0]?.likely?.id, 'markus-weber');
      assert.equal(discounts?.typicalMinutes, undefined, 'no answered questions yet');
    });
  });

  describe('bad input', () => {
    it('refuses an empty question, one over the limit, and an unknown topic with 422 — and stores nothing', async () => {
      const empty = await apiError(await api.ask(p.maja, { text: '   ' }), 422, 'validation_failed');
      assert.deepEqual(empty.error.issues?.map((i) => i.path), ['text']);
      const long = await apiError(await api.ask(p.maja, { text: 'x'.repeat(QUESTION_MAX + 1) }), 422, 'validation_failed');
      assert.deepEqual(long.error.issues?.map((i) => i.path), ['text']);
      const unknown = await apiError(await api.ask(p.maja, { topic: 'astrology' }), 422, 'validation_failed');
      assert.match(unknown.error.message, /unknown topic "astrology"/);
      assert.deepEqual(unknown.error.issues?.map((i) => i.path), ['topic']);
      assert.deepEqual(QuestionList.parse(await (await api.get('/v1/questions', p.maja)).json()).items, []);
    });

    it('refuses a body over the limit with 413, declared or streamed', async () => {
      const huge = JSON.stringify({ ...askRequest(), context: { selection: 'x'.repeat(20_000) } });
      await apiError(await api.send('POST', '/v1/questions', p.maja, huge, { 'idempotency-key': randomUUID() }), 413, 'payload_too_large');
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      });
      const streamed = await fetch(`${server.url}/v1/questions`, { method: 'POST', headers: { authorization: `Bearer ${p.maja}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: chunks, duplex: 'half' } as RequestInit);
      await apiError(streamed, 413, 'payload_too_large');
    });

    it('refuses forged and expired tokens with 401', async () => {
      const forged = await signUserToken('another-secret-of-at-least-32-bytes-xxxxxxx', { sub: 'erik-nilsson', name: 'Erik', roles: ['expert'] }, 600);
      assert.match((await apiError(await api.ask(forged), 401, 'unauthorized')).error.message, /signature/);
      const expired = await new SignJWT({ name: 'Erik', roles: [] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('erik-nilsson')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(TEST_SECRET));
      assert.match((await apiError(await api.get('/v1/questions', expired), 401, 'unauthorized')).error.message, /expired/);
      await apiError(await api.get('/v1/events', forged), 401, 'unauthorized');
      await apiError(await api.get('/v1/inbox', expired), 401, 'unauthorized');
    });

    it('answers another user\'s question id as not found, exactly like an id that does not exist', async () => {
      const mine = await question(await api.ask(p.erik));
      const theirs = await apiError(await api.get(`/v1/questions/${mine.id}`, p.maja), 404, 'not_found');
      const nobody = await apiError(await api.get(`/v1/questions/${randomUUID()}`, p.maja), 404, 'not_found');
      assert.equal(theirs.error.message.replace(mine.id, 'ID'), nobody.error.message.replace(/"[^"]+"/, '"ID"'));
      await apiError(await api.reply(p.maja, mine.id, 'me too'), 404, 'not_found');
      await apiError(await api.send('POST', `/v1/questions/${mine.id}/solve`, p.maja), 404, 'not_found');
      await apiError(await api.get('/v1/questions/not-a-uuid', p.maja), 404, 'not_found');
    });

    it('renders hostile markdown in a question and a reply inert', async () => {
      const asked = await question(await api.ask(p.erik, { text: `Why? ${HOSTILE}` }));
      assertInert(asked.html);
      assert.match(asked.text, /<script>/, 'the text is kept as written');
      const replied = await question(await api.reply(p.anna, asked.id, `Because. ${HOSTILE}`));
      for (const message of replied.messages) assertInert(message.html);
      const inbox = InboxList.parse(await (await api.get('/v1/inbox', p.anna)).json());
      assertInert(inbox.items.find((q) => q.id === asked.id)?.html);
    });

    it('refuses a reply or a follow-up to a closed question with 409', async () => {
      const asked = await question(await api.ask(p.erik));
      await question(await api.send('POST', `/v1/questions/${asked.id}/close`, p.anna), 200);
      await apiError(await api.reply(p.anna, asked.id, 'One more thing'), 409, 'conflict');
      await apiError(await api.reply(p.erik, asked.id, 'Wait!'), 409, 'conflict');
      await apiError(await api.send('POST', `/v1/questions/${asked.id}/solve`, p.erik), 409, 'conflict');
    });
  });

  describe('idempotency', () => {
    it('stores a question once: the same key replays, the same id under a new key answers the stored question', async () => {
      const request = askRequest();
      const key = randomUUID();
      const first = await question(await api.write('/v1/questions', p.maja, request, key));
      const again = await api.write('/v1/questions', p.maja, request, key);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await question(again), first);
      const newKey = await question(await api.write('/v1/questions', p.maja, request), 200);
      assert.equal(newKey.id, first.id);
      // Another user cannot take that id.
      await apiError(await api.write('/v1/questions', p.erik, request), 409, 'conflict');
      const mine = QuestionList.parse(await (await api.get('/v1/questions', p.maja)).json()).items;
      assert.equal(mine.filter((q) => q.id === request.id).length, 1);
      // The same key with another body is a client bug: 422.
      await apiError(await api.write('/v1/questions', p.maja, { ...request, text: 'changed' }, key), 422, 'validation_failed');
    });

    it('stores a message once, whatever key it is sent with', async () => {
      const asked = await question(await api.ask(p.maja));
      const message = { id: randomUUID(), body: 'Adding: it is a three-year renewal.' };
      await question(await api.write(`/v1/questions/${asked.id}/messages`, p.maja, message));
      const twice = await question(await api.write(`/v1/questions/${asked.id}/messages`, p.maja, message), 200);
      assert.equal(twice.messages.length, 1);
    });
  });

  describe('experts', () => {
    it('keeps the inbox to experts with a profile (403), and a question to its topic\'s experts (404 for others)', async () => {
      await apiError(await api.get('/v1/inbox', p.erik), 403, 'forbidden');
      await apiError(await api.get('/v1/inbox', p.karin), 403, 'forbidden');
      assert.match((await apiError(await api.get('/v1/inbox', p.ghost), 403, 'forbidden')).error.message, /no expert profile/);
      const asked = await question(await api.ask(p.erik));
      await apiError(await api.send('POST', `/v1/questions/${asked.id}/claim`, p.erik), 403, 'forbidden');
      // Omar answers pipeline, not discounts: he does not see it at all.
      assert.equal(InboxList.parse(await (await api.get('/v1/inbox', p.omar)).json()).items.some((q) => q.id === asked.id), false);
      await apiError(await api.get(`/v1/questions/${asked.id}`, p.omar), 404, 'not_found');
      await apiError(await api.send('POST', `/v1/questions/${asked.id}/claim`, p.omar), 404, 'not_found');
      await apiError(await api.reply(p.omar, asked.id, 'Hi'), 404, 'not_found');
      // Both discount experts see it.
      for (const token of [p.anna, p.markus]) assert.ok(InboxList.parse(await (await api.get('/v1/inbox?topic=discounts&status=waiting', token)).json()).items.some((q) => q.id === asked.id));
    });

    it('lets one expert claim; another gets 409 on claim and on reply, but may add internal notes', async () => {
      const asked = await question(await api.ask(p.erik));
      const claimed = await question(await api.send('POST', `/v1/questions/${asked.id}/claim`, p.anna, {}, { 'idempotency-key': randomUUID() }), 200);
      assert.equal(claimed.status, 'claimed');
      assert.equal(claimed.assignee?.id, 'anna-lindqvist');
      await question(await api.send('POST', `/v1/questions/${asked.id}/claim`, p.anna), 200);
      assert.match((await apiError(await api.send('POST', `/v1/questions/${asked.id}/claim`, p.markus), 409, 'conflict')).error.message, /Anna Lindqvist/);
      await apiError(await api.reply(p.markus, asked.id, 'I would say yes'), 409, 'conflict');
      const noted = await question(await api.reply(p.markus, asked.id, 'Anna: check the contract first.', true));
      assert.equal(noted.messages.at(-1)?.internal, true);
      // The asker never sees the note, nor may write one.
      const mine = await question(await api.get(`/v1/questions/${asked.id}`, p.erik), 200);
      assert.deepEqual(mine.messages, []);
      await apiError(await api.reply(p.erik, asked.id, 'sneaky', true), 403, 'forbidden');
    });

    it('routes by language first, then fewest claimed-but-unanswered, then fewest routed this week, then id', async () => {
      // Fresh topic state: count only what this test asks.
      const sv = await question(await api.ask(p.maja, { locale: 'sv' }));
      assert.equal(sv.routedTo?.id, 'anna-lindqvist');
      const de = await question(await api.ask(p.maja, { locale: 'de-AT' }));
      assert.equal(de.routedTo?.id, 'markus-weber');
      // Anna holds claimed-and-unanswered questions from the tests above; Markus holds none.
      const any = await question(await api.ask(p.maja, { locale: undefined }));
      assert.equal(any.routedTo?.id, 'markus-weber');
    });

    it('moves a question open → claimed → answered → claimed (follow-up) → answered → solved, counting unread for the asker', async () => {
      const asked = await question(await api.ask(p.erik));
      assert.equal(asked.status, 'open');
      const answered = await question(await api.reply(p.anna, asked.id, 'Renewals above 15 % go to the Pricing desk.'));
      assert.equal(answered.status, 'answered');
      assert.equal(answered.assignee?.id, 'anna-lindqvist', 'replying claims implicitly');
      const seen = await question(await api.get(`/v1/questions/${asked.id}`, p.erik), 200);
      assert.equal(seen.unread, 1);
      assert.equal((await question(await api.send('POST', `/v1/questions/${asked.id}/read`, p.erik, {}), 200)).unread, 0);
      const followUp = await question(await api.reply(p.erik, asked.id, 'And at exactly 15 %?'));
      assert.equal(followUp.status, 'claimed', 'waiting for the same expert again');
      await question(await api.reply(p.anna, asked.id, 'At 15 % your sales manager approves it.'));
      const solved = await question(await api.send('POST', `/v1/questions/${asked.id}/solve`, p.erik), 200);
      assert.equal(solved.status, 'solved');
      assert.equal(solved.unread, 1);
      await apiError(await api.send('POST', `/v1/questions/${asked.id}/close`, p.erik), 403, 'forbidden');
      const list = QuestionList.parse(await (await api.get('/v1/questions', p.erik)).json()).items;
      assert.equal(list[0]?.id, asked.id, 'newest first');
    });
  });

  describe('publishing an answer', () => {
    it('drafts from the question and answer, publishes into the catalog, and search finds it', async () => {
      const asked = await question(await api.ask(p.erik, { text: 'Can a quote with a zebracorn discount be sent before approval?', context: { screen: 'crm/quote' } }));
      await apiError(await api.get(`/v1/questions/${asked.id}/draft`, p.anna), 409, 'conflict');
      await question(await api.reply(p.anna, asked.id, 'No. A zebracorn discount needs approval first, like any discount over 10 %.'));
      await question(await api.reply(p.anna, asked.id, 'Internal: remind Erik of the article.', true));
      const draft = ArticleDraft.parse(await (await api.get(`/v1/questions/${asked.id}/draft`, p.anna)).json());
      assert.equal(draft.title, asked.text);
      assert.equal(draft.id, 'can-a-quote-with-a-zebracorn-discount-be-sent-before', 'a slug of the question, cut at a word under 60 characters');
      assert.deepEqual(draft.contexts, ['crm/quote']);
      assert.deepEqual(draft.tags, ['discounts', 'approval']);
      assert.match(draft.body, /needs approval first/);
      assert.doesNotMatch(draft.body, /Internal/);
      await apiError(await api.get(`/v1/questions/${asked.id}/draft`, p.erik), 403, 'forbidden');

      const before = await api.get('/v1/catalog');
      const etag = before.headers.get('etag');
      const published = PublishResponse.parse(await (await api.write(`/v1/questions/${asked.id}/publish`, p.anna, { ...draft, title: 'Sending a quote with a zebracorn discount' })).json());
      assert.equal(published.articleId, draft.id);
      assert.equal(published.question.articleId, draft.id);
      const after = await api.get('/v1/catalog');
      assert.notEqual(after.headers.get('etag'), etag, 'the catalog version moved');
      const catalog = (await after.json()) as { articles: { id: string; contexts: string[] }[] };
      assert.deepEqual(catalog.articles.find((a) => a.id === draft.id)?.contexts, ['crm/quote']);
      const search = SearchResponse.parse(await (await api.get('/v1/search?q=zebracorn')).json());
      assert.equal(search.hits[0]?.id, draft.id);
      const article = (await (await api.get(`/v1/articles/${draft.id}`)).json()) as { html: string; owner: string };
      assert.match(article.html, /needs approval first/);
      assert.equal(article.owner, 'Anna Lindqvist');
      const suggestions = (await (await api.get('/v1/suggestions?screen=crm/quote&tags=discounts&limit=20')).json()) as { articles: { id: string }[] };
      assert.ok(suggestions.articles.some((a) => a.id === draft.id), 'suggested on the screen it was asked from');
      // The id of an imported article is taken.
      await apiError(await api.write(`/v1/questions/${asked.id}/publish`, p.anna, { ...draft, id: 'discount-approval' }), 409, 'conflict');
      // An invalid draft is refused.
      await apiError(await api.write(`/v1/questions/${asked.id}/publish`, p.anna, { ...draft, title: '' }), 422, 'validation_failed');
    });
  });

  describe('typical answer time', () => {
    it('is the median minutes to the first expert reply, from 3 answered questions on', async () => {
      const db = await openDatabase({ file: server.dbFile });
      // Pipeline has no questions from the tests above. Each is asked and answered for real; then
      // its asking time is moved back as if it had waited that long for the (real) reply.
      const answered = async (waited: number) => {
        const asked = await question(await api.ask(p.maja, { topic: 'pipeline', text: `Pipeline question after ${waited} minutes` }));
        await question(await api.reply(p.omar, asked.id, 'Answer.'));
        await question(await api.reply(p.omar, asked.id, 'A later reply does not count.'));
        const row = await db.selectFrom('questions').select('first_reply_at').where('id', '=', asked.id).executeTakeFirstOrThrow();
        await db.updateTable('questions').set({ created_at: new Date(Date.parse(row.first_reply_at ?? '') - waited * 60_000).toISOString() }).where('id', '=', asked.id).execute();
      };
      const pipeline = async () => TopicsResponse.parse(await (await api.get('/v1/topics', p.erik)).json()).items.find((t) => t.id === 'pipeline');
      try {
        await answered(12);
        await answered(95);
        // Unanswered questions do not count.
        await question(await api.ask(p.maja, { topic: 'pipeline' }));
        assert.equal((await pipeline())?.typicalMinutes, undefined, 'omitted below 3 answered questions');
        await answered(30);
        assert.equal((await pipeline())?.typicalMinutes, 30);
        await answered(40);
        assert.equal((await pipeline())?.typicalMinutes, 35, 'the median of 12, 30, 40, 95');
      } finally {
        await db.destroy();
      }
    });
  });
});
