/** The v1 API over real HTTP: caching, errors, limits, CORS, search and suggestions. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, Article, Catalog, Health, SearchResponse, SuggestionsResponse } from '../../src/protocol/index.js';
import { DEMO_CONTENT, json, startTestServer, type TestServer } from './support.js';

const ALLOWED = 'https://crm.fjordhall.example';

describe('v1 API', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ contentDir: DEMO_CONTENT, corsOrigins: [ALLOWED], bodyLimit: 4096 });
  });
  after(async () => server?.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });
  const post = (path: string, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(server.url + path, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  async function apiError(response: Response, status: number, code: string): Promise<ApiError> {
    assert.equal(response.status, status);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const parsed = ApiError.safeParse(await response.json());
    assert.ok(parsed.success, 'error body is an ApiError');
    assert.equal(parsed.data.error.code, code);
    return parsed.data;
  }

  it('reports health with the catalog version and article count', async () => {
    const health = Health.parse(await json(await get('/v1/health')));
    assert.equal(health.ok, true);
    assert.equal(health.articles, server.imported?.added.length);
    assert.equal(health.version, server.imported?.version);
  });

  it('serves the catalog with ETag = quoted version, no-cache, and 304 on If-None-Match (plain, weak, list, *)', async () => {
    const response = await get('/v1/catalog');
    assert.equal(response.status, 200);
    const catalog = Catalog.parse(await response.json());
    assert.equal(response.headers.get('etag'), `"${catalog.version}"`);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.ok(catalog.articles.length >= 30);
    // The demo's lessons (demo/content/lessons), as LessonMeta: no steps in the catalog.
    assert.equal(catalog.lessons.length, server.imported?.lessons.added.length);
    for (const lesson of catalog.lessons) assert.equal('steps' in lesson, false);
    assert.deepEqual(catalog.topics, []);
    const etag = response.headers.get('etag') as string;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/v1/catalog', { 'If-None-Match': header });
      assert.equal(again.status, 304, `If-None-Match: ${header}`);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(await again.text(), '');
    }
    assert.equal((await get('/v1/catalog', { 'If-None-Match': '"stale"' })).status, 200);
  });

  it('serves one article with its ETag and 304, and a 404 ApiError for an unknown id', async () => {
    const response = await get('/v1/articles/close-dates');
    assert.equal(response.status, 200);
    const article = Article.parse(await response.json());
    assert.equal(article.id, 'close-dates');
    assert.ok(article.body.length > 100);
    const etag = response.headers.get('etag');
    assert.ok(etag);
    assert.equal((await get('/v1/articles/close-dates', { 'If-None-Match': etag })).status, 304);

    // The body rendered at import, sanitised and without the page's decoration (the drawer adds it).
    assert.ok(article.html, 'the article carries its rendered body');
    assert.match(article.html, /<h2>[^<]+<\/h2>/);
    assert.doesNotMatch(article.html, /\sid=|learn-anchor|target=/);

    const missing = await apiError(await get('/v1/articles/no-such-article'), 404, 'not_found');
    assert.match(missing.error.message, /no-such-article/);
    await apiError(await get('/v1/articles/..%2F..%2Fetc'), 404, 'not_found');
  });

  it('answers unknown routes and methods with the same error shape', async () => {
    await apiError(await get('/v1/nothing-here'), 404, 'not_found');
    await apiError(await get('/nothing-here'), 404, 'not_found');
    const wrong = await fetch(server.url + '/v1/catalog', { method: 'DELETE' });
    await apiError(wrong, 405, 'bad_request');
    assert.match(wrong.headers.get('allow') ?? '', /GET/);
    const options = await fetch(server.url + '/v1/suggestions', { method: 'OPTIONS' });
    assert.equal(options.status, 204, 'a plain OPTIONS (no preflight) lists the methods');
    assert.equal(options.headers.get('allow'), 'GET, POST, HEAD, OPTIONS');
    const head = await fetch(server.url + '/v1/catalog', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(head.headers.get('etag'));
  });

  it('searches server-side with the matched terms, and validates the query', async () => {
    const result = SearchResponse.parse(await json(await get('/v1/search?q=discount&limit=3')));
    assert.equal(result.query, 'discount');
    assert.ok(result.hits.length > 0 && result.hits.length <= 3);
    assert.ok(result.hits.every((h) => h.terms.length > 0));
    assert.ok(result.hits.some((h) => /discount/i.test(h.title)));
    const invalid = await apiError(await get('/v1/search?q=&limit=500'), 422, 'validation_failed');
    assert.deepEqual(invalid.error.issues?.map((i) => i.path).sort(), ['limit', 'q']);
  });

  it('suggests different articles for crm/opportunity and crm/account (GET and POST agree)', async () => {
    const opportunity = SuggestionsResponse.parse(await json(await get('/v1/suggestions?screen=crm/opportunity&limit=5')));
    const account = SuggestionsResponse.parse(await json(await get('/v1/suggestions?screen=crm/account&limit=5')));
    assert.ok(opportunity.articles.length >= 3 && account.articles.length >= 3);
    assert.notDeepEqual(opportunity.articles.map((a) => a.id), account.articles.map((a) => a.id));
    assert.ok(account.articles[0]?.contexts.includes('crm/account'), 'the best account suggestion is written for that screen');
    assert.ok(opportunity.articles[0]?.contexts.includes('crm/opportunity'));

    const posted = SuggestionsResponse.parse(await json(await post('/v1/suggestions', JSON.stringify({ context: { screen: 'crm/opportunity' }, limit: 5 }))));
    assert.deepEqual(posted.articles.map((a) => a.id), opportunity.articles.map((a) => a.id));
  });

  it('drops unknown request fields instead of refusing them', async () => {
    const body = { context: { screen: 'crm/account', mood: 'curious' }, limit: 2, debug: true };
    const response = await post('/v1/suggestions', JSON.stringify(body));
    assert.equal(response.status, 200);
    assert.equal(SuggestionsResponse.parse(await response.json()).articles.length, 2);
  });

  it('refuses malformed JSON (400), a non-JSON body (415) and invalid fields (422)', async () => {
    const malformed = await apiError(await post('/v1/suggestions', '{"context": {'), 400, 'bad_request');
    assert.match(malformed.error.message, /not valid JSON/);
    await apiError(await post('/v1/suggestions', 'context=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    await apiError(await post('/v1/suggestions', '{}', {}), 415, 'unsupported_media_type');
    const invalid = await apiError(await post('/v1/suggestions', JSON.stringify({ context: { screen: 'Not A Screen' }, limit: 0 })), 422, 'validation_failed');
    assert.deepEqual(invalid.error.issues?.map((i) => i.path).sort(), ['context.screen', 'limit']);
  });

  it('answers 413 for a body over the limit, with and without Content-Length', async () => {
    const big = JSON.stringify({ context: { screen: 'crm/opportunity' }, padding: 'x'.repeat(10_000) });
    const declared = await apiError(await post('/v1/suggestions', big), 413, 'payload_too_large');
    assert.match(declared.error.message, /4096 byte limit/);

    // A stream has no Content-Length: fetch sends it chunked, the server must count.
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"padding":"'));
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    await apiError(await post('/v1/suggestions', stream), 413, 'payload_too_large');
    // …and a streamed body under the limit is read and answered normally.
    const small = new Blob([JSON.stringify({ context: { screen: 'crm/quote' } })]).stream();
    assert.equal((await post('/v1/suggestions', small)).status, 200);
    // The limit is per request: the next small one is fine.
    assert.equal((await post('/v1/suggestions', JSON.stringify({ context: { screen: 'crm/quote' } }))).status, 200);
  });

  it('CORS: echoes an allow-listed origin with Vary, says nothing to others, never "null"', async () => {
    const allowed = await get('/v1/catalog', { Origin: ALLOWED });
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /ETag/);
    // A cross-origin client revalidating its cached catalog: 304 with the CORS headers.
    const revalidated = await get('/v1/catalog', { Origin: ALLOWED, 'If-None-Match': allowed.headers.get('etag') ?? '' });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('access-control-allow-origin'), ALLOWED);
    const article = await get('/v1/articles/close-dates', { Origin: ALLOWED });
    assert.equal(article.headers.get('access-control-allow-origin'), ALLOWED);
    const error = await get('/v1/articles/missing', { Origin: ALLOWED });
    assert.equal(error.status, 404);
    assert.equal(error.headers.get('access-control-allow-origin'), ALLOWED, 'errors are readable cross-origin too');

    for (const origin of ['https://evil.example', 'null', `${ALLOWED}.evil.example`]) {
      const other = await get('/v1/catalog', { Origin: origin });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('access-control-allow-origin'), null, origin);
      assert.match(other.headers.get('vary') ?? '', /Origin/);
    }

    const preflight = await fetch(server.url + '/v1/suggestions', {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);

    const refused = await fetch(server.url + '/v1/suggestions', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    await apiError(refused, 403, 'forbidden');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  it('sends security headers on API responses', async () => {
    const response = await get('/v1/health');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });
});
