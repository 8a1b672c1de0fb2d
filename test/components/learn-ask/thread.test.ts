/// <reference types="mocha" />
/**
 * After sending: the thread, an answer arriving live (announced, rendered through the sanitised
 * pipeline), follow-ups, "Mark as solved", "My questions" with unread dots and marking read, and
 * the queued-offline state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/learn-ask/define.js';
import type { LearnAsk } from '../../../components/learn-ask/learn-ask.js';
import { $, $$, announced, askHtml, askOnServer, ERIK, setup, text, type, until, useAskTestHooks } from './fixtures.js';

describe('<learn-ask> thread', () => {
  useAskTestHooks();

  it('an answer arriving live updates the thread without reload, announced, through the sanitised pipeline', async () => {
    const { el, backend } = await setup<LearnAsk>(askHtml());
    await until(() => $(el, '[part~="form"]'));
    type($<HTMLTextAreaElement>(el, '#question')!, 'Can I give 25 % on a renewal?');
    $(el, '[part~="send-button"]')!.click();
    await until(() => $(el, '[part~="thread"]'), 'the thread');
    await until(() => backend.ask.questions.length === 1 && backend.ask.streams > 0, 'sent, and the live stream connected');
    const id = backend.ask.questions[0]!.id;
    backend.ask.reply(id, 'omar-haddad', 'Renewals above 15 % go to the **Pricing desk**. <img src=x onerror="window.__pwned=1">');
    await until(() => $$(el, '[part~="message"][data-role="expert"]').length === 1, 'the answer arrived');
    await until(() => $(el, '[data-role="expert"] .prose strong'), 'rendered as markdown');
    expect(announced(el)).to.equal('Answer arrived.');
    expect(text($(el, '[part~="status"]'))).to.equal('Answered');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect($(el, '[data-role="expert"] [onerror]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follow-up and Mark as solved', async () => {
    const { el, backend } = await setup<LearnAsk>(askHtml());
    const q = askOnServer(backend, 'What is the approval limit?', { topic: 'pricing' });
    backend.ask.reply(q.id, 'anna-lindqvist', 'Up to 10 % you decide.');
    el.question = q.id;
    await until(() => $(el, '[part~="solve-button"]'), 'the answered thread');
    type($<HTMLTextAreaElement>(el, '#follow-up')!, 'And for renewals?');
    $(el, '[part~="follow-up-button"]')!.click();
    await until(() => backend.ask.questions[0]!.messages.some((m) => m.body === 'And for renewals?'), 'the follow-up reached the server');
    $(el, '[part~="solve-button"]')!.click();
    await until(() => $(el, '[part~="solved"]'), 'solved');
    expect(backend.ask.questions[0]!.status).to.equal('solved');
    expect($(el, '[part~="follow-up"]')).to.equal(null);
  });

  it('My questions: status and an unread dot; opening one marks it read', async () => {
    const { el, backend, learn } = await setup<LearnAsk>(askHtml());
    const q = askOnServer(backend, 'Who approves 18 %?', { topic: 'pricing' });
    backend.ask.reply(q.id, 'anna-lindqvist', 'Your sales manager, in the quote.');
    await until(() => $(el, '[part~="form"]'));
    $(el, '[part~="nav-button"]')!.click();
    await until(() => $(el, '[part~="question-item"]'), 'the list');
    const item = $(el, '[part~="question-item"]')!;
    expect(item.dataset['unread']).to.equal('true');
    expect(text(item)).to.contain('New answer').and.contain('Answered');
    await expect(el).to.be.accessible();
    item.click();
    await until(() => $(el, '[part~="thread"]'), 'the thread');
    await until(() => learn.questions.unread === 0, 'marked read');
  });

  it('offline: the question is saved and says it will be sent', async () => {
    const { el, backend, learn } = await setup<LearnAsk>(askHtml(), { user: ERIK });
    await until(() => $(el, '[part~="form"]'));
    backend.setFailure('network');
    window.dispatchEvent(new Event('offline'));
    await until(() => learn.connectivity === 'offline', 'offline');
    await until(() => $(el, '[part~="offline"]'), 'the offline notice');
    type($<HTMLTextAreaElement>(el, '#question')!, 'Asked on the train');
    $(el, '[part~="send-button"]')!.click();
    await until(() => $(el, '[part~="queued"]'), 'the queued note');
    expect(text($(el, '[part~="queued"]'))).to.equal('Saved — it will be sent when you are back online.');
    await expect(el).to.be.accessible();
  });

  it('Arabic: right to left', async () => {
    await setup<LearnAsk>(html`<span></span>`);
    const el = await fixture<LearnAsk>(html`<learn-ask locale="ar"></learn-ask>`);
    await until(() => $(el, '[part~="base"]')?.getAttribute('dir') === 'rtl', 'Arabic');
    await until(() => $(el, '[part~="send-button"]'));
    expect(text($(el, '[part~="send-button"]'))).to.equal('إرسال السؤال');
  });
});
