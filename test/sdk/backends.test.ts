/// <reference types="mocha" />
/**
 * memoryBackend and staticBackend: input validation, If-None-Match semantics, simulated latency
 * and failures, local search and suggestions. staticBackend gets its pack from a `fetch` we pass
 * in that returns real Responses (a static host is not available inside web-test-runner).
 */
import { expect } from '@open-wc/testing';
import { memoryBackend, staticBackend } from '../../sdk/index.js';
import { ARTICLES, backendFailure } from './helpers.js';


describe('memoryBackend', () => {
  it('validates its input with the protocol schemas and names the bad field', () => {
    expect(() => memoryBackend({ articles: [{ ...ARTICLES[0]!, id: 'Not A Slug' }] })).to.throw(TypeError, /articles\.0\.id/);
    expect(() => memoryBackend({ articles: [ARTICLES[0]!, ARTICLES[0]!] })).to.throw(TypeError, /two articles have the id "close-dates"/);
  });

  it('fills schema defaults and headings from the body', async () => {
    const backend = memoryBackend({ articles: [{ id: 'a', title: 'A', updatedAt: '2026-01-01T00:00:00Z', body: '## First\n\ntext\n\n### Second' }] });
    const result = await backend.catalog();
    expect(result.status === 'fresh' && result.data.articles[0]).to.deep.include({ summary: '', tags: [], locale: 'en', headings: ['First', 'Second'] });
  });

  it('answers If-None-Match with not-modified until the content changes', async () => {
    const backend = memoryBackend({ articles: ARTICLES });
    const first = await backend.catalog();
    if (first.status !== 'fresh') throw new Error('expected fresh');
    expect(await backend.catalog({ etag: first.etag })).to.deep.equal({ status: 'not-modified' });
    backend.replace({ articles: ARTICLES.slice(0, 2) });
    const next = await backend.catalog({ etag: first.etag });
    expect(next.status).to.equal('fresh');
    if (next.status === 'fresh') expect(next.data.version).not.to.equal(first.data.version);
    const article = await backend.article('close-dates');
    expect(article.status === 'fresh' && (await backend.article('close-dates', { etag: article.etag })).status).to.equal('not-modified');
  });

  it('hands out copies, so callers cannot change its content', async () => {
    const backend = memoryBackend({ articles: ARTICLES });
    const a = await backend.article('close-dates');
    if (a.status === 'fresh') a.data.title = 'changed';
    const b = await backend.article('close-dates');
    expect(b.status === 'fresh' && b.data.title).to.equal('Setting a realistic close date');
  });

  it('simulates latency (abortable) and failures on demand', async () => {
    const slow = memoryBackend({ articles: ARTICLES, latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = slow.catalog({ signal: controller.signal });
    controller.abort();
    expect((await backendFailure(pending)).kind).to.equal('aborted');

    const backend = memoryBackend({ articles: ARTICLES });
    backend.setFailure('network');
    expect((await backendFailure(backend.catalog())).kind).to.equal('network');
    backend.setFailure(null);
    expect((await backend.catalog()).status).to.equal('fresh');
    expect((await backendFailure(backend.article('nope'))).kind).to.equal('not-found');
  });

  it('searches and suggests locally', async () => {
    const backend = memoryBackend({ articles: ARTICLES });
    expect((await backend.search('duplicate accounts'))[0]?.id).to.equal('merge-duplicates');
    const suggestions = await backend.suggestions({ screen: 'crm/quote' }, { limit: 3 });
    expect(suggestions.articles.map((a) => a.id)).to.deep.equal(['discount-approval']);
  });
});

describe('staticBackend', () => {
  const catalog = { version: 'pack-1', generatedAt: '2026-10-03T09:00:00Z', articles: ARTICLES.map(({ body: _b, ...m }) => m) };
  const pack = { format: 'learnflow-pack', formatVersion: 1, catalog, articles: ARTICLES };

  function host(body: () => unknown, etag = '"file-1"') {
    const requests: Headers[] = [];
    const fetch = async (_url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      requests.push(headers);
      if (headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
      return new Response(JSON.stringify(body()), { headers: { 'content-type': 'application/json', ETag: etag } });
    };
    return { fetch, requests };
  }

  it('serves catalog and articles from one validated pack, fetched once', async () => {
    const { fetch, requests } = host(() => pack);
    const backend = staticBackend({ url: 'https://cdn.example.com/help/pack.json', fetch });
    const result = await backend.catalog();
    expect(result.status === 'fresh' && result.etag).to.equal('"file-1"');
    const article = await backend.article('discount-approval');
    expect(article.status === 'fresh' && article.data.body).to.contain('20 %');
    expect(requests).to.have.length(1);
    expect((await backendFailure(backend.article('missing'))).kind).to.equal('not-found');
    expect(backend.kind).to.equal('static');
  });

  it('revalidates the pack with its ETag, also after a reload', async () => {
    const { fetch, requests } = host(() => pack);
    const fresh = staticBackend({ url: '/pack.json', fetch });
    expect(await fresh.catalog({ etag: '"file-1"' })).to.deep.equal({ status: 'not-modified' });
    expect(requests[0]?.get('if-none-match')).to.equal('"file-1"');
  });

  it('refuses an invalid pack with invalid-response', async () => {
    const { fetch } = host(() => ({ ...pack, formatVersion: 2 }));
    const error = await backendFailure(staticBackend({ url: '/pack.json', fetch }).catalog());
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('formatVersion');
  });

  it('searches and suggests locally from the pack', async () => {
    const { fetch } = host(() => pack);
    const backend = staticBackend({ url: '/pack.json', fetch });
    expect((await backend.search('close date'))[0]?.id).to.equal('close-dates');
    expect((await backend.suggestions({ screen: 'crm/account' })).articles[0]?.id).to.equal('merge-duplicates');
  });
});
