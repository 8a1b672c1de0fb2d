/// <reference types="mocha" />
/**
 * The runtime over a memory backend: catalog, search, suggestions, articles, recent, open/close,
 * events, and the context provider elements use.
 */
import { expect } from '@open-wc/testing';
import { ContextConsumer, ContextEvent } from '@lit/context';
import { LitElement } from 'lit';
import { createLearn, learnContext, memoryBackend, BackendError, type Learn } from '../../sdk/index.js';
import { ARTICLES, catalogReady, cleanup, freshTenant, nextEvent, track } from './helpers.js';

function make(overrides: Partial<Parameters<typeof createLearn>[0]> = {}): Learn {
  return track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), locale: 'en', context: { screen: 'crm/opportunity' }, ...overrides }));
}

describe('createLearn', () => {
  afterEach(cleanup);

  it('loads the catalog and reports it through catalogState and catalog-change', async () => {
    const learn = make();
    expect(['idle', 'loading']).to.include(learn.catalogState.status);
    await catalogReady(learn);
    expect(learn.catalogState.catalog?.articles.map((a) => a.id)).to.have.members(ARTICLES.map((a) => a.id));
    expect(learn.catalogState.stale).to.equal(false);
    expect(learn.connectivity).to.equal('online');
  });

  it('suggests articles for the context and follows setContext', async () => {
    const learn = make();
    await catalogReady(learn);
    expect(learn.suggestions().map((a) => a.id)).to.have.members(['close-dates', 'discount-approval']);
    const changed = nextEvent(learn, 'context-change');
    learn.setContext({ screen: 'crm/account' });
    expect((await changed).context.screen).to.equal('crm/account');
    expect(learn.suggestions().map((a) => a.id)).to.deep.equal(['merge-duplicates']);
  });

  it('emits context-change only on a real change', async () => {
    const learn = make();
    let count = 0;
    learn.on('context-change', () => count++);
    learn.setContext({ screen: 'crm/opportunity' });
    learn.setContext({ screen: 'crm/quote', tags: ['a'] });
    learn.setContext({ tags: ['a'], screen: 'crm/quote' });
    expect(count).to.equal(1);
  });

  it('rejects an invalid context with an error event and keeps the old one', async () => {
    const learn = make();
    const error = nextEvent(learn, 'error');
    learn.setContext({ screen: 'Not A Screen!' });
    expect((await error).kind).to.equal('config');
    expect(learn.context.screen).to.equal('crm/opportunity');
  });

  it('searches the cached catalog with highlight terms', async () => {
    const learn = make();
    await catalogReady(learn);
    const hits = await learn.search('discount');
    expect(hits[0]?.id).to.equal('discount-approval');
    expect(hits[0]?.terms).to.include('discount');
    expect(await learn.search('   ')).to.deep.equal([]);
  });

  it('falls back to the backend search only when there is no catalog', async () => {
    const backend = memoryBackend({ articles: ARTICLES });
    const learn = track(createLearn({ backend, tenant: freshTenant(), indexedDB: null }));
    await catalogReady(learn);
    await learn.search('discount');
    expect(backend.calls.search).to.equal(0);

    const failing = memoryBackend({ articles: ARTICLES });
    failing.setFailure('http');
    const empty = track(createLearn({ backend: failing, tenant: freshTenant(), indexedDB: null }));
    await nextEvent(empty, 'catalog-change', (s) => s.status === 'error');
    failing.setFailure(null);
    const hits = await empty.search('duplicates');
    expect(failing.calls.search).to.equal(1);
    expect(hits[0]?.id).to.equal('merge-duplicates');
  });

  it('gets an article, caches it, and rejects unknown ids with BackendError not-found', async () => {
    const learn = make();
    expect(learn.isCached('close-dates')).to.equal(false);
    const article = await learn.getArticle('close-dates');
    expect(article.title).to.equal('Setting a realistic close date');
    expect(learn.isCached('close-dates')).to.equal(true);
    const error = await learn.getArticle('no-such-article').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(BackendError);
    expect((error as BackendError).kind).to.equal('not-found');
  });

  it('keeps recently viewed ids newest first, max 10, and emits article-view', async () => {
    const learn = make();
    await catalogReady(learn);
    const view = nextEvent(learn, 'article-view');
    learn.markViewed('close-dates');
    expect(await view).to.deep.equal({ id: 'close-dates', title: 'Setting a realistic close date' });
    learn.markViewed('discount-approval');
    learn.markViewed('close-dates');
    expect(learn.recent()).to.deep.equal(['close-dates', 'discount-approval']);
    for (let i = 0; i < 12; i++) learn.markViewed(`a-${i}`);
    expect(learn.recent()).to.have.length(10);
    expect(learn.recent()[0]).to.equal('a-11');
  });

  it('ignores markViewed with something that is not an article id, with a config error', async () => {
    const learn = make();
    const error = nextEvent(learn, 'error');
    learn.markViewed('../../etc/passwd');
    expect((await error).source).to.equal('recent');
    expect(learn.recent()).to.deep.equal([]);
  });

  it('owns open/close state and emits open with the target', async () => {
    const learn = make();
    const opened = nextEvent(learn, 'open');
    learn.open({ article: 'close-dates' });
    expect(await opened).to.deep.equal({ target: { article: 'close-dates' } });
    expect(learn.isOpen).to.equal(true);
    expect(learn.openTarget).to.deep.equal({ article: 'close-dates' });
    const closed = nextEvent(learn, 'close');
    learn.close();
    await closed;
    expect(learn.isOpen).to.equal(false);
    expect(learn.openTarget).to.equal(null);
  });

  it('on() returns an unsubscribe function; off() removes a listener; a throwing listener does not stop others', async () => {
    const learn = make();
    const seen: string[] = [];
    const off = learn.on('open', () => seen.push('a'));
    const b = () => seen.push('b');
    learn.on('open', () => {
      throw new Error('host bug');
    });
    learn.on('open', b);
    learn.open();
    off();
    learn.off('open', b);
    learn.open();
    expect(seen).to.deep.equal(['a', 'b']);
  });

  it('takes the locale from options, else <html lang>', () => {
    expect(make({ locale: 'sv' }).locale).to.equal('sv');
    const before = document.documentElement.lang;
    document.documentElement.lang = 'de-AT';
    try {
      expect(make({ locale: undefined }).locale).to.equal('de-AT');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('throws a clear TypeError without a backend', () => {
    expect(() => createLearn({} as never)).to.throw(TypeError, /backend/);
  });
});

describe('learnContext provider', () => {
  afterEach(cleanup);

  function request(el: Element): { values: (Learn | undefined)[] } {
    const state = { values: [] as (Learn | undefined)[] };
    el.dispatchEvent(new ContextEvent(learnContext, el, (value) => state.values.push(value), true));
    return state;
  }

  it('answers a consumer that connected before the runtime existed, and hands it to the next runtime after destroy', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    try {
      const consumer = request(el);
      expect(consumer.values).to.deep.equal([]);
      const first = make();
      expect(consumer.values.at(-1)).to.equal(first);
      first.destroy();
      expect(consumer.values.at(-1)).to.equal(undefined);
      const second = make();
      expect(consumer.values.at(-1)).to.equal(second);
      // A consumer connecting now gets the live runtime at once.
      expect(request(el).values).to.deep.equal([second]);
    } finally {
      el.remove();
    }
  });

  it('reaches a Lit consumer (subscribe: true) across destroy and re-create', async () => {
    class Probe extends LitElement {
      readonly consumer = new ContextConsumer(this, { context: learnContext, subscribe: true });
    }
    const tag = `sdk-probe-${Math.random().toString(36).slice(2)}`;
    customElements.define(tag, Probe);
    const probe = document.createElement(tag) as Probe;
    document.body.append(probe);
    try {
      expect(probe.consumer.value).to.equal(undefined);
      const first = make();
      expect(probe.consumer.value).to.equal(first);
      first.destroy();
      expect(probe.consumer.value).to.equal(undefined);
      const second = make();
      expect(probe.consumer.value).to.equal(second);
    } finally {
      probe.remove();
    }
  });

  it('destroy() leaves no listeners and makes the runtime inert', async () => {
    const learn = make();
    learn.on('open', () => {});
    learn.destroy();
    learn.open();
    expect(learn.isOpen).to.equal(false);
    const error = await learn.getArticle('close-dates').catch((e: unknown) => e);
    expect((error as BackendError).kind).to.equal('aborted');
  });
});
