/// <reference types="mocha" />
/**
 * The script-tag facade (`window.learnflow`) and `autoStart`. Each test installs on a fresh
 * stand-in window object holding only `learnflow`, so tests don't share a global; the runtime they
 * start is real (it provides itself on this document). This file imports neither runtime.ts nor
 * start.ts, so the check that the runtime chunk loads only on `init` is meaningful.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { autoStart } from '../../sdk/autostart.js';
import { memoryBackend } from '../../sdk/backends/memory.js';
import { installFacade, type LearnflowGlobal } from '../../sdk/facade.js';
import type { Learn, LearnErrorDetail } from '../../sdk/index.js';
import { ARTICLES, cleanup, freshTenant, track } from './helpers.js';

type Win = Window & { learnflow?: unknown };
const facades: LearnflowGlobal[] = [];

function fakeWindow(learnflow?: unknown): Win {
  return { learnflow } as Win;
}

function install(win: Win): LearnflowGlobal {
  const facade = installFacade(win);
  facades.push(facade);
  return facade;
}

/** The snippet from the README, on a stand-in window. */
function snippet(win: Win): Record<string, (...args: unknown[]) => void> {
  const stub = { q: [] as unknown[][] } as { q: unknown[][] } & Record<string, unknown>;
  for (const m of ['init', 'setContext', 'setUser', 'reset', 'open', 'close', 'ask', 'on', 'off', 'destroy']) {
    stub[m] = (...args: unknown[]) => stub.q.push([m, ...args]);
  }
  win.learnflow = stub;
  return stub as unknown as Record<string, (...args: unknown[]) => void>;
}

function runtimeLoaded(): boolean {
  return performance.getEntriesByType('resource').some((e) => /\/sdk\/(start|runtime)\.ts/.test(e.name));
}

describe('installFacade', () => {
  afterEach(async () => {
    for (const f of facades.splice(0)) f.destroy();
    await cleanup();
  });

  it('replays the snippet queue: init first, then setUser, then the rest in order', async () => {
    const win = fakeWindow();
    const stub = snippet(win);
    const seen: string[] = [];
    stub.setContext!({ screen: 'crm/quote' });
    stub.on!('open', (e: { target: unknown }) => seen.push(`open:${JSON.stringify(e.target)}`));
    stub.on!('context-change', (e: { context: { screen: string } }) => seen.push(`context:${e.context.screen}`));
    stub.open!({ article: 'close-dates' });
    stub.setUser!({ id: 'anna' });
    stub.setContext!({ screen: 'crm/opportunity' });
    expect(runtimeLoaded(), 'nothing loaded before init').to.equal(false);
    stub.init!({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });

    const facade = install(win);
    expect(win.learnflow).to.equal(facade);
    const learn = await facade.ready();
    expect(learn).not.to.equal(null);
    track(learn!);
    expect(runtimeLoaded(), 'runtime chunk loaded on init').to.equal(true);
    expect(learn!.user?.id, 'setUser applied before the rest').to.equal('anna');
    expect(seen).to.deep.equal(['context:crm/quote', 'open:{"article":"close-dates"}', 'context:crm/opportunity']);
    expect(learn!.isOpen).to.equal(true);
    expect(facade.learn).to.equal(learn);
  });

  it('queues calls made after install but before the runtime is ready, in order, none dropped', async () => {
    const win = fakeWindow({ q: [] });
    const facade = install(win);
    const seen: string[] = [];
    facade.on('context-change', (e) => seen.push(`context:${e.context.screen}`));
    facade.on('open', () => seen.push('open'));
    facade.on('close', () => seen.push('close'));
    facade.setContext({ screen: 'crm/account' });
    const ready = facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), context: { screen: 'crm/opportunity' } });
    facade.open();
    facade.setContext({ screen: 'crm/forecast' });
    facade.close();
    const learn = track((await ready)!);
    expect(seen).to.deep.equal(['context:crm/account', 'open', 'context:crm/forecast', 'close']);
    expect(learn.context.screen).to.equal('crm/forecast');
    expect(learn.isOpen).to.equal(false);
  });

  it('never throws into the host: bad init, unknown queued methods and bad arguments become warnings and error events', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const win = fakeWindow({ q: [['bogus', 1], ['init', {}]] });
      const errors: LearnErrorDetail[] = [];
      const facade = install(win);
      facade.on('error', (e) => errors.push(e));
      expect(await facade.init({} as never)).to.equal(null);
      expect(errors.at(-1)).to.include({ source: 'init', kind: 'config' });
      expect(warnings.some((w) => w.includes('unknown method "bogus"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('needs a backend'))).to.equal(true);

      const learn = track((await facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() }))!);
      const { open, setContext } = facade;
      open({ article: 'close-dates' });
      expect(learn.isOpen, 'methods work unbound').to.equal(true);
      setContext({ screen: 'NOT VALID' } as never);
      expect(errors.at(-1)).to.include({ source: 'context', kind: 'config' });
      facade.setUser({ id: '' });
      await waitUntil(() => warnings.some((w) => w.includes('setUser() failed')), 'setUser rejection reported');
    } finally {
      console.warn = warn;
    }
  });

  it('forwards ask() before and after the runtime has loaded, and ask() loads it now', async () => {
    const win = fakeWindow();
    const stub = snippet(win);
    const targets: unknown[] = [];
    stub.on!('open', (e: { target: unknown }) => targets.push(e.target));
    stub.ask!({ topic: 'pricing' });
    stub.init!({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
    const facade = install(win);
    const learn = track((await facade.ready())!);
    expect(targets).to.deep.equal([{ ask: { topic: 'pricing' } }]);
    const { ask } = facade;
    ask({ text: 'Can I give 25 %?' });
    expect(learn.openTarget).to.deep.equal({ ask: { text: 'Can I give 25 %?' } });

    // Not queued behind idle time: ask() (like open()) starts the runtime at once.
    const win2 = fakeWindow({ q: [] });
    const second = install(win2);
    const started = second.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
    second.ask();
    const other = track((await started)!);
    expect(other.openTarget).to.deep.equal({ ask: {} });
  });

  it('is idempotent: a second install and a second init return the first', async () => {
    const win = fakeWindow();
    const facade = install(win);
    expect(installFacade(win)).to.equal(facade);
    const first = track((await facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() }))!);
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await facade.init({ backend: memoryBackend({ articles: ARTICLES }) })).to.equal(first);
    } finally {
      console.warn = warn;
    }
  });

  it('destroy() ends the runtime; init() afterwards starts a new one', async () => {
    const facade = install(fakeWindow());
    const first = track((await facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() }))!);
    let destroyed = 0;
    facade.on('destroy', () => destroyed++);
    facade.destroy();
    expect(destroyed).to.equal(1);
    expect(facade.learn).to.equal(null);
    const second = track((await facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() }))!);
    expect(second).not.to.equal(first);

    // A runtime destroyed directly (not through the facade) is forgotten too.
    second.destroy();
    expect(facade.learn).to.equal(null);
  });

  it('drops a runtime that finishes loading after destroy()', async () => {
    const facade = install(fakeWindow());
    const pending = facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
    facade.destroy();
    expect(await pending).to.equal(null);
    expect(facade.learn).to.equal(null);
  });
});

/**
 * Idle time under the test's control: requestIdleCallback is replaced while `fn` runs, and the
 * callbacks it was given are handed to the test instead of running on their own.
 */
async function withControlledIdle(fn: (idle: { requested: (() => void)[]; cancelled: number[] }) => Promise<void>): Promise<void> {
  const w = window as Window & { requestIdleCallback: typeof requestIdleCallback; cancelIdleCallback: typeof cancelIdleCallback };
  const original = { request: w.requestIdleCallback, cancel: w.cancelIdleCallback };
  const idle = { requested: [] as (() => void)[], cancelled: [] as number[] };
  w.requestIdleCallback = ((callback: IdleRequestCallback) => idle.requested.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }))) as typeof requestIdleCallback;
  w.cancelIdleCallback = (handle: number) => void idle.cancelled.push(handle);
  try {
    await fn(idle);
  } finally {
    w.requestIdleCallback = original.request;
    w.cancelIdleCallback = original.cancel;
  }
}

describe('installFacade: the runtime waits for idle time', () => {
  afterEach(async () => {
    for (const f of facades.splice(0)) f.destroy();
    await cleanup();
  });

  it('init() only asks for idle time; the runtime is created when the page is idle', async () => {
    await withControlledIdle(async (idle) => {
      const facade = install(fakeWindow());
      const started = facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
      expect(idle.requested.length, 'one idle callback requested').to.equal(1);
      await Promise.resolve();
      expect(facade.learn, 'nothing created before the page is idle').to.equal(null);
      idle.requested[0]!();
      const learn = track((await started)!);
      expect(learn).not.to.equal(null);
      expect(facade.learn).to.equal(learn);
    });
  });

  it('open() and ready() start it at once, without waiting for idle time, and cancel the idle request', async () => {
    await withControlledIdle(async (idle) => {
      const opened = install(fakeWindow());
      void opened.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
      opened.open({ article: 'close-dates' });
      const learn = track((await opened.ready())!);
      expect(learn.isOpen, 'the queued open() was applied').to.equal(true);
      expect(learn.openTarget).to.deep.equal({ article: 'close-dates' });

      const asked = install(fakeWindow());
      void asked.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
      expect(track((await asked.ready())!)).not.to.equal(null);
      expect(idle.cancelled.length, 'both idle requests cancelled').to.equal(2);
    });
  });

  it('destroy() while waiting for idle time settles init() with null and creates nothing', async () => {
    await withControlledIdle(async (idle) => {
      const facade = install(fakeWindow());
      const started = facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() });
      facade.destroy();
      expect(await started).to.equal(null);
      expect(idle.cancelled.length).to.equal(1);
      expect(facade.learn).to.equal(null);
    });
  });
});

describe('autoStart', () => {
  afterEach(async () => {
    for (const f of facades.splice(0)) f.destroy();
    await cleanup();
  });

  it('goes through the installed facade, once, for several drawers', async () => {
    const win = fakeWindow();
    const facade = install(win);
    const [a, b] = await Promise.all([autoStart({ backend: location.origin, locale: 'sv' }, win), autoStart({ backend: location.origin }, win)]);
    expect(a).to.equal(b);
    expect(facade.learn).to.equal(a);
    expect(a!.locale).to.equal('sv');
  });

  it('uses the runtime the snippet is already starting instead of a second one', async () => {
    const win = fakeWindow({ q: [['init', { backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant() }]] });
    const facade = install(win);
    const learn = await autoStart({ backend: 'https://other.example.com' }, win);
    expect(learn).to.equal(await facade.ready());
  });

  it('without the facade, imports the runtime and creates it once; after destroy, again', async () => {
    const win = fakeWindow();
    const [a, b] = await Promise.all([autoStart({ backend: location.origin }, win), autoStart({ backend: location.origin }, win)]);
    expect(a).not.to.equal(null);
    expect(a).to.equal(b);
    track(a as Learn);
    a!.destroy();
    const c = track((await autoStart({ backend: location.origin }, win))!);
    expect(c).not.to.equal(a);
  });
});
