/// <reference types="mocha" />
/**
 * httpBackend against a `fetch` we pass in that returns real `Response` objects: web-test-runner
 * has no reference server inside the browser, so every failure mode is produced here (malformed
 * JSON, 500, 304, a hang until the timeout aborts it, wrong-shape JSON). The real server is
 * exercised end to end by test/e2e/drawer-demo.node.test.ts.
 */
import { expect } from '@open-wc/testing';
import { httpBackend } from '../../sdk/index.js';
import { ARTICLES, backendFailure } from './helpers.js';

const CATALOG = {
  version: 'v1abc',
  generatedAt: '2026-10-03T09:00:00Z',
  articles: ARTICLES.map(({ body: _b, ...meta }) => meta),
};

interface Call {
  url: string;
  headers: Headers;
}

/** A fetch that records calls and answers with `respond`. */
function fakeFetch(respond: (url: URL, init: RequestInit) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn = (input: string, init: RequestInit = {}) => {
    calls.push({ url: input, headers: new Headers(init.headers) });
    return Promise.resolve(respond(new URL(input), init));
  };
  return { fetch: fn, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...init.headers } });


describe('httpBackend', () => {
  it('appends /v1 paths to the base URL and returns the validated catalog with its ETag', async () => {
    const { fetch, calls } = fakeFetch(() => json(CATALOG, { headers: { ETag: '"v1abc"' } }));
    const backend = httpBackend({ url: 'https://help.example.com/api/', fetch });
    const result = await backend.catalog();
    expect(calls[0]?.url).to.equal('https://help.example.com/api/v1/catalog');
    expect(result.status).to.equal('fresh');
    if (result.status === 'fresh') {
      expect(result.etag).to.equal('"v1abc"');
      expect(result.data.articles[0]?.tags).to.be.an('array');
    }
    expect(backend.describe).to.equal('https://help.example.com/api');
  });

  it('sends If-None-Match and maps 304 to not-modified', async () => {
    const { fetch, calls } = fakeFetch((_url, init) =>
      new Headers(init.headers).get('if-none-match') === '"v1abc"' ? new Response(null, { status: 304 }) : json(CATALOG),
    );
    const backend = httpBackend({ url: 'https://help.example.com', fetch });
    expect(await backend.catalog({ etag: '"v1abc"' })).to.deep.equal({ status: 'not-modified' });
    expect(calls[0]?.headers.get('if-none-match')).to.equal('"v1abc"');
  });

  it('turns malformed JSON into invalid-response with a readable message', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch }).catalog());
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.match(/not JSON \(text\/html\)/);
  });

  it('turns a wrong-shape payload into invalid-response naming the field', async () => {
    const { fetch } = fakeFetch(() => json({ ...CATALOG, articles: [{ id: 'x', title: '' }] }));
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch }).catalog());
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('articles.0.title');
  });

  it('turns a 500 into http with the server ApiError message and status', async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: 'internal', message: 'database is locked' } }, { status: 500 }));
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch }).catalog());
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('database is locked');
  });

  it('turns a 404 into not-found', async () => {
    const { fetch, calls } = fakeFetch(() => json({ error: { code: 'not_found', message: 'No such article' } }, { status: 404 }));
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch }).article('gone'));
    expect(error.kind).to.equal('not-found');
    expect(calls[0]?.url).to.equal('https://help.example.com/v1/articles/gone');
  });

  it('times out a request that never answers (AbortSignal) with kind timeout', async () => {
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch, timeoutMs: 50 }).catalog());
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/did not answer within 50 ms/);
  });

  it('reports a cancelled request as aborted, and an unreachable server as network', async () => {
    const hanging = fakeFetch((_url, init) => new Promise<Response>((_r, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))));
    const controller = new AbortController();
    const pending = httpBackend({ url: 'https://help.example.com', fetch: hanging.fetch }).catalog({ signal: controller.signal });
    controller.abort();
    expect((await backendFailure(pending)).kind).to.equal('aborted');

    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await backendFailure(httpBackend({ url: 'https://help.example.com', fetch: down.fetch }).catalog());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Could not reach https://help.example.com');
  });

  it('validates articles and refuses one with another id', async () => {
    const article = ARTICLES[0]!;
    const { fetch } = fakeFetch(() => json(article, { headers: { ETag: 'W/"a1"' } }));
    const backend = httpBackend({ url: 'https://help.example.com', fetch });
    const result = await backend.article('close-dates');
    expect(result.status === 'fresh' && result.data.body).to.contain('close date');
    expect((await backendFailure(backend.article('discount-approval'))).kind).to.equal('invalid-response');
  });

  it('searches and asks for suggestions with query parameters, validating the answers', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.pathname.endsWith('/search')
        ? json({ query: 'discount', hits: [{ id: 'discount-approval', title: 'Getting a discount approved', summary: '', score: 2 }] })
        : json({ articles: [CATALOG.articles[1]] }),
    );
    const backend = httpBackend({ url: 'https://help.example.com', fetch });
    const hits = await backend.search('discount', { limit: 5, locale: 'sv' });
    expect(hits[0]?.kind).to.equal('article');
    const search = new URL(calls[0]!.url);
    expect([search.pathname, search.searchParams.get('q'), search.searchParams.get('limit'), search.searchParams.get('locale')]).to.deep.equal(['/v1/search', 'discount', '5', 'sv']);
    const suggestions = await backend.suggestions({ screen: 'crm/quote', tags: ['pricing', 'approval'], record: { type: 'quote' } }, { limit: 3 });
    expect(suggestions.articles[0]?.id).to.equal('discount-approval');
    const s = new URL(calls[1]!.url);
    expect(Object.fromEntries(s.searchParams)).to.deep.equal({ screen: 'crm/quote', tags: 'pricing,approval', recordType: 'quote', limit: '3' });
  });

  it('attaches a bearer token after setUser and drops it on sign-out', async () => {
    const { fetch, calls } = fakeFetch(() => json(CATALOG));
    const backend = httpBackend({ url: 'https://help.example.com', fetch });
    backend.setUser?.({ id: 'u1', token: 'abc.def.ghi' });
    await backend.catalog();
    backend.setUser?.(null);
    await backend.catalog();
    expect(calls[0]?.headers.get('authorization')).to.equal('Bearer abc.def.ghi');
    expect(calls[1]?.headers.has('authorization')).to.equal(false);
  });

  it('gives the full-page URL of an article and refuses a non-http URL', () => {
    expect(httpBackend({ url: 'https://help.example.com/api' }).articlePageUrl?.('close-dates')).to.equal('https://help.example.com/api/articles/close-dates');
    expect(() => httpBackend({ url: 'javascript:alert(1)' })).to.throw(TypeError, /http/);
    expect(() => httpBackend({} as never)).to.throw(TypeError, /url/);
  });
});
