/// <reference types="mocha" />
/**
 * Scheduling behind the host page's own start-up (sdk/idle.ts). The test page has long loaded, so
 * "still loading" is simulated by shadowing `document.readyState` and dispatching `load` ourselves.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { afterLoad, afterLoadIdle } from '../../sdk/idle.js';

/** Runs `fn` while the document says it is still loading. */
async function whileLoading(fn: () => Promise<void>): Promise<void> {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  try {
    await fn();
  } finally {
    delete (document as unknown as { readyState?: string }).readyState;
  }
}

describe('afterLoad', () => {
  it('runs at once on a page that has loaded', () => {
    let ran = false;
    afterLoad(() => (ran = true));
    expect(ran).to.equal(true);
  });

  it('waits for the load event, then runs in a task of its own, not inside the load event', async () => {
    await whileLoading(async () => {
      let ran = false;
      afterLoad(() => (ran = true));
      expect(ran, 'not while loading').to.equal(false);
      window.dispatchEvent(new Event('load'));
      expect(ran, 'not inside the task that dispatches load').to.equal(false);
      await waitUntil(() => ran, 'ran after load');
    });
  });
});

describe('afterLoadIdle', () => {
  it('asks for idle time only after the load event, and cancels cleanly', async () => {
    const w = window as Window & { requestIdleCallback: typeof requestIdleCallback };
    const original = w.requestIdleCallback;
    const asked: number[] = [];
    w.requestIdleCallback = ((_: IdleRequestCallback, options?: IdleRequestOptions) => asked.push(options?.timeout ?? -1)) as typeof requestIdleCallback;
    try {
      await whileLoading(async () => {
        const cancel = afterLoadIdle(() => undefined, 1234);
        expect(asked, 'nothing before load').to.deep.equal([]);
        window.dispatchEvent(new Event('load'));
        expect(asked, 'at load, with the timeout').to.deep.equal([1234]);
        cancel();

        const cancelledEarly = afterLoadIdle(() => undefined, 99);
        cancelledEarly();
        window.dispatchEvent(new Event('load'));
        expect(asked, 'cancelled before load: never asks').to.deep.equal([1234]);
      });
    } finally {
      w.requestIdleCallback = original;
    }
  });
});
