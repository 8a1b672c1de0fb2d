/// <reference types="mocha" />
/**
 * The screen derived from the URL while the host sets no context: hash route first, else the path,
 * updated on History API calls and hash changes. Chromium has the Navigation API, so the runtime
 * tests use it; the popstate/hashchange + wrapped pushState fallback is tested on RouteWatcher
 * directly with the Navigation API switched off.
 */
import { expect } from '@open-wc/testing';
import { createLearn, memoryBackend } from '../../sdk/index.js';
import { defaultRouteToScreen, RouteWatcher } from '../../sdk/route-context.js';
import { ARTICLES, cleanup, freshTenant, nextEvent, track } from './helpers.js';

const start = location.href;

function learnWithoutContext(extra: Partial<Parameters<typeof createLearn>[0]> = {}) {
  return track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), indexedDB: null, ...extra }));
}

describe('defaultRouteToScreen', () => {
  const screen = (href: string) => defaultRouteToScreen(new URL(href, 'https://crm.example.com'));

  it('prefers the hash route and drops record ids', () => {
    expect(screen('/crm.html#/opportunity/1042')).to.equal('opportunity');
    expect(screen('/app#!/accounts/7f3c2a9e-1b2c-4d5e-8f90-123456789abc/edit')).to.equal('accounts/edit');
  });

  it('uses the path when there is no hash route, without page extensions or index', () => {
    expect(screen('/crm/opportunity/1042?tab=notes#section')).to.equal('crm/opportunity');
    expect(screen('/intranet/index.html')).to.equal('intranet');
    expect(screen('/Sales%20Reports/')).to.equal('sales-reports');
    expect(screen('/')).to.equal(undefined);
  });
});

describe('route-derived context', () => {
  afterEach(async () => {
    history.replaceState(null, '', start);
    await cleanup();
  });

  it('follows pushState and hash changes', async () => {
    history.replaceState(null, '', '/crm/accounts/42');
    const learn = learnWithoutContext();
    expect(learn.context.screen).to.equal('crm/accounts');
    expect(learn.context.url, 'page URL without query or fragment').to.equal(`${location.origin}/crm/accounts/42`);

    let change = nextEvent(learn, 'context-change');
    history.pushState(null, '', '/crm/forecast');
    expect((await change).context.screen).to.equal('crm/forecast');

    change = nextEvent(learn, 'context-change');
    location.hash = '#/opportunity/1042';
    expect((await change).context.screen).to.equal('opportunity');
  });

  it('uses routeToScreen when given, and stops deriving once the host sets a context', async () => {
    history.replaceState(null, '', '/x/y');
    const learn = learnWithoutContext({ routeToScreen: (url) => (url.pathname.startsWith('/x') ? 'erp/purchase-order' : undefined) });
    expect(learn.context.screen).to.equal('erp/purchase-order');
    learn.setContext({ screen: 'crm/quote' });
    let changes = 0;
    learn.on('context-change', () => changes++);
    history.pushState(null, '', '/somewhere/else');
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(changes).to.equal(0);
    expect(learn.context.screen).to.equal('crm/quote');
  });
});

describe('RouteWatcher without the Navigation API', () => {
  afterEach(() => history.replaceState(null, '', start));

  it('wraps pushState/replaceState, listens to hashchange, and restores history on stop', async () => {
    const originalPush = history.pushState;
    const originalReplace = history.replaceState;
    const seen: (string | undefined)[] = [];
    const watcher = new RouteWatcher(window, () => seen.push(watcher.screen()), { useNavigationApi: false });
    watcher.start();
    expect(history.pushState).not.to.equal(originalPush);
    history.pushState(null, '', '/crm/quote/9');
    history.replaceState(null, '', '/crm/account');
    const hash = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#/forecast';
    await hash;
    watcher.stop();
    expect(history.pushState).to.equal(originalPush);
    expect(history.replaceState).to.equal(originalReplace);
    history.pushState(null, '', '/after/stop');
    // A fragment navigation fires popstate and hashchange: the same screen twice, which the
    // runtime's context controller collapses (it emits on real changes only).
    expect(seen.filter((s, i) => s !== seen[i - 1])).to.deep.equal(['crm/quote', 'crm/account', 'forecast']);
  });

  it('stays a pass-through when someone wrapped pushState on top of it', () => {
    const seen: unknown[] = [];
    const watcher = new RouteWatcher(window, () => seen.push(1), { useNavigationApi: false });
    watcher.start();
    const ours = history.pushState;
    const theirs = function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    };
    history.pushState = theirs;
    try {
      watcher.stop();
      expect(history.pushState, 'their wrapper kept').to.equal(theirs);
      history.pushState(null, '', '/still/works');
      expect(seen).to.deep.equal([]);
    } finally {
      history.pushState = Object.getPrototypeOf(history).pushState as History['pushState'];
    }
  });
});
