/// <reference types="mocha" />
/**
 * Asking inside the drawer: "Ask an expert" opens `<learn-ask size="full">` (its chunk loaded on
 * hover, focus or click) with the search as the start of the question; `learn.ask()` and
 * `learn.open({ question })` open it too; a host that handles `learn-ask` itself keeps it; the home
 * view's "My questions" entry (shown from `learn.questions.count`) and the launcher's badge count
 * new answers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/learn-drawer/define.js';
import type { LearnAsk } from '../../../components/learn-ask/learn-ask.js';
import type { LearnDrawer } from '../../../components/learn-drawer/learn-drawer.js';
import { askOnServer, startLearn, until, useAskTestHooks } from '../learn-ask/fixtures.js';
import { $, clickOpen, launcherOf, openPanel, search } from './fixtures.js';

const askIn = (drawer: LearnDrawer) => drawer.shadowRoot!.querySelector('learn-drawer-panel')?.shadowRoot?.querySelector<LearnAsk>('learn-ask') ?? null;
const inAsk = (drawer: LearnDrawer, selector: string) => askIn(drawer)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function drawerWith(options: Parameters<typeof startLearn>[0] = {}) {
  const { learn, backend } = startLearn(options);
  await until(() => learn.catalogState.status === 'ready', 'the catalog');
  const drawer = await fixture<LearnDrawer>(html`<learn-drawer></learn-drawer>`);
  return { learn, backend, drawer };
}

describe('<learn-drawer> asking an expert', () => {
  useAskTestHooks();

  it('Ask an expert after a search with no results: the ask view, the search as the question, the topic from the context', async () => {
    const { drawer } = await drawerWith();
    const panel = await clickOpen(drawer);
    await search(panel, 'pallet wrapping machine');
    const button = $(panel, '[part~="ask-button"]')!;
    button.dispatchEvent(new PointerEvent('pointerenter')); // preloads the ask chunk
    button.click();
    await until(() => inAsk(drawer, '#question'), 'the ask form in the drawer');
    const ask = askIn(drawer)!;
    expect(ask.getAttribute('size')).to.equal('full');
    expect(inAsk(drawer, '#question')!.getAttribute('aria-invalid')).to.equal('false');
    expect((inAsk(drawer, '#question') as HTMLTextAreaElement).value).to.equal('pallet wrapping machine');
    expect((inAsk(drawer, '[part~="topic-select"]') as HTMLSelectElement).value).to.equal('pipeline');
    await until(() => ask.shadowRoot!.activeElement?.matches('[data-focus]'), 'focus moves to the ask view');
    await expect(panel).to.be.accessible();
  });

  it('a host that handles learn-ask keeps it: no ask view', async () => {
    const { drawer } = await drawerWith();
    drawer.addEventListener('learn-ask', (event) => event.preventDefault());
    const panel = await clickOpen(drawer);
    await search(panel, 'nothing matches this');
    $(panel, '[part~="ask-button"]')!.click();
    await panel.updateComplete;
    expect(askIn(drawer)).to.equal(null);
  });

  it('learn.ask({ topic }) and learn.open({ question }) open it', async () => {
    const { drawer, learn, backend } = await drawerWith();
    learn.ask({ topic: 'pricing', text: 'Renewal at 17 %?' });
    await openPanel(drawer);
    await until(() => inAsk(drawer, '[part~="expert-name"]'), 'the ask form');
    expect((inAsk(drawer, '[part~="topic-select"]') as HTMLSelectElement).value).to.equal('pricing');
    const q = askOnServer(backend, 'Who approves 18 %?');
    learn.open({ question: q.id });
    await until(() => inAsk(drawer, '[part~="thread"]'), 'the thread');
  });

  it('asked, nothing new: a My questions entry from learn.questions.count, no badge', async () => {
    const { drawer, learn, backend } = await drawerWith();
    askOnServer(backend, 'Who approves 18 %?');
    await learn.questions.mine(); // what the runtime's idle check after start does
    await until(() => learn.questions.count === 1, 'the question is counted');
    const panel = await clickOpen(drawer);
    await until(() => $(panel, '[part~="questions-entry"]'), 'the My questions entry');
    expect($(panel, '[part~="questions-entry"]')!.textContent!.trim()).to.equal('My questions');
    const launcher = launcherOf(drawer);
    expect(launcher.querySelector('[part~="launcher-badge"]:not([hidden])')).to.equal(null);
    expect(launcher.hasAttribute('aria-label')).to.equal(false);
    await expect(panel).to.be.accessible();
  });

  it('new answers: a My questions entry on home and a badge named in words', async () => {
    const { drawer, learn, backend } = await drawerWith();
    const q = askOnServer(backend, 'Who approves 18 %?');
    backend.ask.reply(q.id, 'anna-lindqvist', 'Your sales manager, in the quote.');
    await learn.questions.mine(); // what the runtime's idle check after start does
    await until(() => learn.questions.unread === 1, 'the unread answer is known');
    const panel = await clickOpen(drawer);
    const launcher = launcherOf(drawer);
    await until(() => launcher.querySelector('[part~="launcher-badge"]:not([hidden])'), 'the badge');
    expect(launcher.querySelector('[part~="launcher-badge"]')!.textContent).to.equal('1');
    expect(launcher.getAttribute('aria-label')).to.equal('Help 1 new answer');
    await until(() => $(panel, '[part~="questions-entry"]'), 'the My questions entry');
    expect($(panel, '[part~="questions-entry"]')!.textContent).to.contain('My questions (1 new)');
    await expect(drawer).to.be.accessible();
    $(panel, '[part~="questions-entry"]')!.click();
    await until(() => inAsk(drawer, '[part~="question-item"]'), 'the list in the drawer');
  });
});
