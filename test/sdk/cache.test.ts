/// <reference types="mocha" />
/**
 * The IndexedDB cache as the runtime uses it (real IndexedDB in Chromium): cache first then
 * revalidate (304 and new version), an invalid response keeps the cached copy, corrupt records are
 * discarded, the search index is saved per catalog version and restored, and IndexedDB that cannot
 * open falls back to memory. The unavailable case is simulated with the `indexedDB` factory option
 * (a factory whose `open` throws, and one whose request fails asynchronously), not by stubbing globals.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createLearn, httpBackend, memoryBackend, type Backend, type Learn } from '../../sdk/index.js';
import { CatalogSearch, docsFromCatalog, SEARCH_FORMAT_VERSION } from '../../src/search/index.js';
import { ARTICLES, catalogReady, cleanup, dbName, freshTenant, gated, nextEvent, rawKeys, rawPut, track } from './helpers.js';

const NEW_ARTICLE = {
  id: 'forecast-categories',
  title: 'Forecast categories explained',
  summary: 'Commit, best case and pipeline.',
  tags: ['forecast'],
  contexts: ['crm/forecast'],
  updatedAt: '2026-11-01T09:00:00Z',
  body: '## Commit\n\nDeals you are sure of.',
};

function start(backend: Backend, tenant: string, extra: Partial<Parameters<typeof createLearn>[0]> = {}): Learn {
  return track(createLearn({ backend, tenant, locale: 'en', context: { screen: 'crm/opportunity' }, ...extra }));
}

/** A first visit: catalog loaded and written to the cache. */
async function firstVisit(tenant: string, backend: Backend = memoryBackend({ articles: ARTICLES })): Promise<void> {
  const learn = start(backend, tenant);
  await catalogReady(learn);
  await learn.getArticle('close-dates');
  await waitUntil(async () => (await rawKeys(dbName(tenant), 'catalog')).length === 1, 'catalog cached');
  learn.destroy();
}

describe('cache: catalog', () => {
  afterEach(cleanup);

  it('shows the cached catalog before the backend answers, then revalidates with a 304', async () => {
    const tenant = freshTenant();
    const content = memoryBackend({ articles: ARTICLES });
    await firstVisit(tenant, content);
    const calls = content.calls.catalog;

    const { backend, release } = gated(content);
    const learn = start(backend, tenant);
    await catalogReady(learn);
    expect(content.calls.catalog, 'ready before the backend answered').to.equal(calls);
    expect(learn.catalogState.catalog?.articles).to.have.length(3);
    expect(learn.suggestions().length).to.be.greaterThan(0);

    let changes = 0;
    learn.on('catalog-change', () => changes++);
    release();
    await learn.refresh();
    expect(content.calls.catalog).to.equal(calls + 1);
    expect(changes, 'a 304 changes nothing').to.equal(0);
    expect(learn.catalogState.stale).to.equal(false);
  });

  it('replaces the cached catalog when the backend has a new version, and caches that', async () => {
    const tenant = freshTenant();
    const content = memoryBackend({ articles: ARTICLES });
    await firstVisit(tenant, content);
    content.replace({ articles: [...ARTICLES, NEW_ARTICLE] });

    const learn = start(content, tenant);
    await nextEvent(learn, 'catalog-change', (s) => s.catalog?.articles.length === 4);
    learn.destroy();

    // The next visit starts from the new version, before asking the backend.
    const { backend } = gated(content);
    const next = start(backend, tenant);
    await catalogReady(next);
    expect(next.catalogState.catalog?.articles.map((a) => a.id)).to.include('forecast-categories');
  });

  it('keeps the cached copy in use, marked stale, when the backend answers something invalid', async () => {
    const tenant = freshTenant();
    await firstVisit(tenant);
    const bad = httpBackend({
      url: 'https://help.example.com',
      fetch: async () => new Response(JSON.stringify({ version: 'x', articles: 'nope' }), { headers: { 'content-type': 'application/json' } }),
    });
    const domError = new Promise<CustomEvent>((resolve) => document.addEventListener('learn-error', resolve, { once: true }));
    const learn = start(bad, tenant);
    const error = await nextEvent(learn, 'error');
    expect(error).to.include({ source: 'catalog', kind: 'invalid-response' });
    // The same error as a DOM event for pages that never hold the runtime (a bare <learn-drawer backend>).
    const dom = await domError;
    expect(dom.bubbles && dom.composed).to.equal(true);
    expect(dom.detail).to.include({ source: 'catalog', kind: 'invalid-response' });
    expect(error.message).to.contain('invalid catalog');
    await waitUntil(() => learn.catalogState.stale, 'stale');
    expect(learn.catalogState.status).to.equal('ready');
    expect(learn.catalogState.catalog?.articles).to.have.length(3);
    expect(learn.catalogState.error?.kind).to.equal('invalid-response');
    expect(learn.connectivity, 'a broken answer is not being offline').to.equal('online');
    expect((await learn.search('discount'))[0]?.id).to.equal('discount-approval');
  });

  it('reports status error (no catalog) when nothing is cached and the backend fails', async () => {
    const content = memoryBackend({ articles: ARTICLES });
    content.setFailure('http');
    const learn = start(content, freshTenant());
    const state = await nextEvent(learn, 'catalog-change', (s) => s.status === 'error');
    expect(state.catalog).to.equal(null);
    expect(state.error?.kind).to.equal('http');
  });
});

describe('cache: offline', () => {
  afterEach(cleanup);

  it('goes offline when the backend is unreachable; search and a cached article still work', async () => {
    const tenant = freshTenant();
    await firstVisit(tenant);
    let reachable = false;
    const content = memoryBackend({ articles: ARTICLES });
    const flaky: Backend = Object.assign(Object.create(content) as Backend, {
      catalog: (req?: object) => (reachable ? content.catalog(req) : Promise.reject(new TypeError('Failed to fetch'))),
      article: (id: string, req?: object) => (reachable ? content.article(id, req) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    const learn = start(flaky, tenant);
    const errors: string[] = [];
    learn.on('error', (e) => errors.push(`${e.source}:${e.kind}`));
    expect((await nextEvent(learn, 'connectivity')).state).to.equal('offline');
    expect(learn.catalogState).to.include({ status: 'ready', stale: true });

    expect((await learn.search('close date'))[0]?.id).to.equal('close-dates');
    expect(learn.isCached('close-dates')).to.equal(true);
    expect((await learn.getArticle('close-dates')).title).to.equal('Setting a realistic close date');
    const missing = (await learn.getArticle('merge-duplicates').catch((e: unknown) => e)) as { kind: string };
    expect(missing.kind).to.equal('network');
    expect(errors, 'only the catalog failure is an error event; offline article reads are quiet').to.deep.equal(['catalog:network']);

    reachable = true;
    const online = nextEvent(learn, 'connectivity');
    window.dispatchEvent(new Event('online'));
    expect((await online).state).to.equal('online');
    await waitUntil(() => !learn.catalogState.stale, 'revalidated after the online event');
  });
});

describe('cache: articles', () => {
  afterEach(cleanup);

  it('serves a cached article first and revalidates it in the background', async () => {
    const tenant = freshTenant();
    const content = memoryBackend({ articles: ARTICLES });
    await firstVisit(tenant, content);
    const changed = ARTICLES.map((a) => (a.id === 'close-dates' ? { ...a, body: `${a.body}\n\nNew paragraph.` } : a));
    content.replace({ articles: changed });
    const { backend, release } = gated(content);
    const learn = start(backend, tenant);
    const first = await learn.getArticle('close-dates');
    expect(first.body).not.to.contain('New paragraph', 'served from the cache without waiting');
    release();
    await waitUntil(async () => (await learn.getArticle('close-dates')).body.includes('New paragraph'), 'revalidated copy cached');
  });
});

describe('cache: articles in memory', () => {
  afterEach(cleanup);

  it('keeps articles it has read in memory, read-only: the same article again skips IndexedDB', async () => {
    const tenant = freshTenant();
    await firstVisit(tenant);
    const learn = start(memoryBackend({ articles: ARTICLES }), tenant);
    await catalogReady(learn);
    const first = await learn.getArticle('close-dates');
    // Whatever is on disk now, this session already has the article.
    await rawPut(dbName(tenant), 'articles', 'close-dates', 'not a record');
    const again = await learn.getArticle('close-dates');
    expect(again).to.equal(first);
    expect(Object.isFrozen(again) && Object.isFrozen(again.tags), 'shared, so frozen').to.equal(true);
  });
});

describe('cache: corrupt and outdated records', () => {
  afterEach(cleanup);

  it('discards a corrupt catalog and article record with a warning and refetches', async () => {
    const tenant = freshTenant();
    await firstVisit(tenant);
    await rawPut(dbName(tenant), 'catalog', 'catalog', { v: 1, catalog: { version: 42 }, savedAt: 'yesterday' });
    await rawPut(dbName(tenant), 'articles', 'close-dates', 'not a record');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const learn = start(memoryBackend({ articles: ARTICLES }), tenant);
      await catalogReady(learn);
      expect((await learn.getArticle('close-dates')).title).to.equal('Setting a realistic close date');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => String(w).includes('discarded'))).to.have.length(2);
  });

  it('restores the search index saved for this catalog version', async () => {
    const tenant = freshTenant();
    const content = memoryBackend({ articles: ARTICLES });
    const learn = start(content, tenant);
    await catalogReady(learn);
    await learn.search('discount');
    const version = learn.catalogState.catalog!.version;
    await waitUntil(async () => (await rawKeys(dbName(tenant), 'search')).includes(version), 'index saved', { timeout: 8000 });
    learn.destroy();

    // Prove the next load restores rather than rebuilds: save an index that only knows a marker.
    const marker = CatalogSearch.build(
      docsFromCatalog({ version, generatedAt: '2026-01-01T00:00:00Z', lessons: [], topics: [], articles: [{ ...ARTICLES[0]!, id: 'restored-marker', title: 'Zebra crossing' }] }),
    );
    await rawPut(dbName(tenant), 'search', version, { v: 1, catalogVersion: version, format: SEARCH_FORMAT_VERSION, data: marker.serialize() });
    const next = start(content, tenant);
    await catalogReady(next);
    expect((await next.search('zebra')).map((h) => h.id)).to.deep.equal(['restored-marker']);
  });

  it('rebuilds the index when the saved one cannot be restored', async () => {
    const tenant = freshTenant();
    const content = memoryBackend({ articles: ARTICLES });
    const probe = start(content, tenant);
    await catalogReady(probe);
    const version = probe.catalogState.catalog!.version;
    probe.destroy();
    await rawPut(dbName(tenant), 'search', version, { v: 1, catalogVersion: version, format: SEARCH_FORMAT_VERSION, data: '{"format":"learnflow-search","version":1,"docs":[]}' });
    const learn = start(content, tenant);
    await catalogReady(learn);
    expect((await learn.search('duplicates'))[0]?.id).to.equal('merge-duplicates');
  });
});

describe('cache: IndexedDB unavailable', () => {
  afterEach(cleanup);

  const throwing = { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } } as unknown as IDBFactory;
  const failing = {
    open: () => {
      const request = new EventTarget() as IDBOpenDBRequest;
      Object.defineProperty(request, 'error', { value: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError') });
      queueMicrotask(() => request.dispatchEvent(new Event('error')));
      return request;
    },
  } as unknown as IDBFactory;

  for (const [name, factory] of [['open throws', throwing], ['open fails asynchronously', failing]] as const) {
    it(`falls back to memory, warns with a cache error event, and keeps working (${name})`, async () => {
      const learn = start(memoryBackend({ articles: ARTICLES }), freshTenant(), { indexedDB: factory });
      const error = await nextEvent(learn, 'error');
      expect(error).to.include({ source: 'cache', kind: 'cache' });
      expect(error.message).to.match(/memory/);
      await catalogReady(learn);
      expect((await learn.search('discount'))[0]?.id).to.equal('discount-approval');
      await learn.getArticle('discount-approval');
      expect(learn.isCached('discount-approval')).to.equal(true);
      learn.markViewed('discount-approval');
      expect(learn.recent()).to.deep.equal(['discount-approval']);
    });
  }

  it('keeps everything in memory without a warning when indexedDB: null', async () => {
    const learn = start(memoryBackend({ articles: ARTICLES }), freshTenant(), { indexedDB: null });
    let errors = 0;
    learn.on('error', () => errors++);
    await catalogReady(learn);
    expect(errors).to.equal(0);
  });
});
