/// <reference types="mocha" />
/**
 * The single-page-app lifecycle: setUser switches to that user's database and state, reset()
 * (logout) clears the user's data without a reload, destroy() removes every listener and hook so
 * a new runtime can be created.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createLearn, memoryBackend, type Backend, type LearnUser } from '../../sdk/index.js';
import { ARTICLES, catalogReady, cleanup, dbName, freshTenant, nextEvent, rawKeys, track } from './helpers.js';

describe('setUser and reset', () => {
  afterEach(cleanup);

  it("keeps user A's recently viewed away from user B, and gives them back to A", async () => {
    const tenant = freshTenant();
    const learn = track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant, user: { id: 'anna' } }));
    await catalogReady(learn);
    learn.markViewed('close-dates');
    learn.markViewed('discount-approval');
    expect(learn.recent()).to.deep.equal(['discount-approval', 'close-dates']);

    const change = nextEvent(learn, 'user-change');
    await learn.setUser({ id: 'bo' });
    expect((await change).user?.id).to.equal('bo');
    expect(learn.user?.id).to.equal('bo');
    expect(learn.recent(), "B sees none of A's history").to.deep.equal([]);
    learn.markViewed('merge-duplicates');

    await learn.setUser({ id: 'anna' });
    expect(learn.recent()).to.deep.equal(['discount-approval', 'close-dates']);
    expect(await indexedDB.databases().then((dbs) => dbs.map((d) => d.name))).to.include.members([dbName(tenant, 'anna'), dbName(tenant, 'bo')]);
  });

  it("reset() signs out and clears the user's stored data without a reload", async () => {
    const tenant = freshTenant();
    const backend = memoryBackend({ articles: ARTICLES });
    const users: (LearnUser | null)[] = [];
    const spy: Backend = Object.assign(Object.create(backend) as Backend, { setUser: (u: LearnUser | null) => users.push(u) });
    const learn = track(createLearn({ backend: spy, tenant, user: { id: 'anna', token: 't1' } }));
    await catalogReady(learn);
    learn.markViewed('close-dates');
    await learn.getArticle('close-dates');
    await waitUntil(async () => (await rawKeys(dbName(tenant, 'anna'), 'user')).length === 1, 'recent saved');

    const signedOut = nextEvent(learn, 'user-change');
    await learn.reset();
    expect((await signedOut).user).to.equal(null);
    expect(learn.user).to.equal(null);
    expect(learn.recent()).to.deep.equal([]);
    expect(learn.isCached('close-dates')).to.equal(false);
    expect(users.at(-1), 'the backend dropped the token').to.equal(null);
    expect(await rawKeys(dbName(tenant, 'anna'), 'user')).to.deep.equal([]);
    expect(await rawKeys(dbName(tenant, 'anna'), 'articles')).to.deep.equal([]);
    // Still usable, as the anonymous visitor.
    await catalogReady(learn);
    expect((await learn.search('discount'))[0]?.id).to.equal('discount-approval');
  });

  it('keeps the session when the same user comes back with a refreshed token', async () => {
    const learn = track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), user: { id: 'anna', token: 'old' } }));
    await catalogReady(learn);
    learn.markViewed('close-dates');
    const catalog = learn.catalogState.catalog;
    await learn.setUser({ id: 'anna', token: 'new' });
    expect(learn.user?.token).to.equal('new');
    expect(learn.catalogState.catalog).to.equal(catalog);
    expect(learn.recent()).to.deep.equal(['close-dates']);
  });

  it('rejects an invalid user with a TypeError and an error event', async () => {
    const learn = track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), indexedDB: null }));
    const error = nextEvent(learn, 'error');
    const thrown = await learn.setUser({ id: '' }).catch((e: unknown) => e);
    expect(thrown).to.be.instanceOf(TypeError);
    expect((await error).kind).to.equal('config');
    expect(learn.user).to.equal(null);
  });
});

describe('destroy', () => {
  afterEach(cleanup);

  it('removes window listeners and history hooks, and a new runtime works afterwards', async () => {
    const added = new Map<string, number>();
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const learn = createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), indexedDB: null });
      await catalogReady(learn);
      learn.destroy();
      expect(JSON.stringify([...added].filter(([, n]) => n !== 0)), 'window listeners left behind').to.equal('[]');
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }

    const again = track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), indexedDB: null }));
    await catalogReady(again);
    expect(again.suggestions()).to.deep.equal([]);
    again.setContext({ screen: 'crm/account' });
    expect(again.suggestions().map((a) => a.id)).to.deep.equal(['merge-duplicates']);
  });

  it('closes its database, so it can be deleted right away', async () => {
    const tenant = freshTenant();
    const learn = createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant });
    await catalogReady(learn);
    learn.markViewed('close-dates');
    learn.destroy();
    const outcome = await new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(dbName(tenant));
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
      request.onerror = () => resolve('error');
    });
    expect(outcome).to.equal('deleted');
  });
});
