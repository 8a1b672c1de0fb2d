/// <reference types="mocha" />
/**
 * A bare `<learn-drawer backend="…">` on a page with no script of its own starts a runtime (the
 * SDK's `autoStart`) and uses it. The backend here is unreachable on purpose: the drawer must
 * still open and say help could not be loaded, rather than hang or throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextRequestEvent, learnContext } from '../../../sdk/context.js';
import type { Learn } from '../../../sdk/types.js';
import { $, clickOpen, useDrawerTestHooks, until } from './fixtures.js';
import type { LearnDrawer } from '../../../components/learn-drawer/learn-drawer.js';

function currentRuntime(): Learn | undefined {
  let found: Learn | undefined;
  document.body.dispatchEvent(new ContextRequestEvent(learnContext, document.body, (learn) => (found = learn), false));
  return found;
}

describe('<learn-drawer backend>', () => {
  useDrawerTestHooks();
  afterEach(() => currentRuntime()?.destroy());

  it('starts a runtime of its own when none answers, and shows its state', async () => {
    expect(currentRuntime()).to.equal(undefined);
    const drawer = await fixture<LearnDrawer>(html`<learn-drawer backend="http://127.0.0.1:9/help"></learn-drawer>`);
    await until(() => currentRuntime(), 'a runtime was started');
    const panel = await clickOpen(drawer);
    expect(currentRuntime()!.isOpen).to.equal(true);
    await until(() => $(panel, '[part~="error"], [part~="offline"]'), 'the unreachable backend is reported');
  });
});
