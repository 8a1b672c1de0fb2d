/// <reference types="mocha" />
/**
 * The ask form: its states (each audited), the topic and expert, the over-limit message before
 * sending, removing context items from what is sent, suggestions while typing, and the whole flow
 * by keyboard alone.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/learn-ask/define.js';
import type { LearnAsk } from '../../../components/learn-ask/learn-ask.js';
import { $, $$, announced, askHtml, deepFocus, ERIK, setup, startLearn, text, type, until, useAskTestHooks } from './fixtures.js';

async function ready(el: LearnAsk): Promise<void> {
  await until(() => $(el, '[part~="form"]'), 'the form did not show');
  await el.updateComplete;
}

describe('<learn-ask> form', () => {
  useAskTestHooks();

  it('preselects the topic from the context and shows who answers, how fast, accessible', async () => {
    const { el } = await setup<LearnAsk>(askHtml());
    await ready(el);
    expect($<HTMLSelectElement>(el, '[part~="topic-select"]')!.value).to.equal('pipeline');
    expect(text($(el, '[part~="expert-name"]'))).to.equal('Omar Haddad');
    expect(text($(el, '[part~="avatar"]'))).to.equal('OH');
    expect(text($(el, '[part~="answer-time"]'))).to.equal('No answer-time data yet');
    await expect(el).to.be.accessible();
  });

  it('the topic attribute wins over the context', async () => {
    const { el } = await setup<LearnAsk>(askHtml({ topic: 'pricing', size: 'compact' }));
    await ready(el);
    expect($<HTMLSelectElement>(el, '[part~="topic-select"]')!.value).to.equal('pricing');
    expect(text($(el, '[part~="expert-name"]'))).to.equal('Anna Lindqvist');
  });

  it('signed out: a polite message, no form, accessible', async () => {
    const { el } = await setup<LearnAsk>(askHtml(), { user: null });
    await until(() => $(el, '[part~="signed-out"]'));
    expect(text($(el, '[part~="signed-out"]'))).to.contain('Sign in to ask an expert');
    expect($(el, '[part~="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('no topics: asking is not set up here, accessible', async () => {
    const { el } = await setup<LearnAsk>(askHtml(), { topics: [] });
    await until(() => $(el, '[part~="not-set-up"]'));
    expect(text($(el, '[part~="not-set-up"]'))).to.contain('Asking an expert is not set up here');
    expect(announced(el)).to.equal('Asking an expert is not set up here');
    await expect(el).to.be.accessible();
  });

  it('no runtime: not connected; loading skeleton while topics load; both accessible', async () => {
    const el = await fixture<LearnAsk>(askHtml());
    expect(text($(el, '[part~="not-connected"]'))).to.contain('not connected');
    await expect(el).to.be.accessible();
    startLearn({ latencyMs: 400 });
    await until(() => $(el, '[part~="loading"]'), 'the skeleton');
    expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await ready(el);
  });

  it('an error loading topics: a retry that recovers, accessible', async () => {
    const { learn, backend } = startLearn();
    backend.setFailure('network');
    const el = await fixture<LearnAsk>(askHtml());
    await until(() => $(el, '[part~="error"]'), 'the error state');
    expect(text($(el, '[part~="error"]'))).to.contain('could not be reached');
    await expect(el).to.be.accessible();
    backend.setFailure(null);
    $(el, '[part~="error-retry"]')!.click();
    await ready(el);
    expect(learn.user?.id).to.equal(ERIK.id);
  });

  it('keeps a question half written when the form goes away, and forgets it once sent', async () => {
    const { el, backend } = await setup<LearnAsk>(askHtml());
    await ready(el);
    type($<HTMLTextAreaElement>(el, '[part~="question-input"]')!, 'Can I move a close date into the past?');
    el.remove(); // Back, the drawer closed, or a reload
    const again = await fixture<LearnAsk>(askHtml());
    await ready(again);
    expect($<HTMLTextAreaElement>(again, '[part~="question-input"]')!.value).to.equal('Can I move a close date into the past?');
    $(again, '[part~="send-button"]')!.click();
    await until(() => backend.ask.questions.length === 1, 'the question reached the server');
    const third = await fixture<LearnAsk>(askHtml());
    await ready(third);
    expect($<HTMLTextAreaElement>(third, '[part~="question-input"]')!.value).to.equal('');
  });

  it('over the limit: says so as it happens and does not send; empty: says so on Send', async () => {
    const { el, backend } = await setup<LearnAsk>(askHtml());
    await ready(el);
    const field = $<HTMLTextAreaElement>(el, '#question')!;
    $(el, '[part~="send-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="question-error"]'))).to.equal('Write your question before sending it.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    type(field, 'x'.repeat(2043));
    await el.updateComplete;
    const error = $(el, '[part~="question-error"]')!;
    expect(text(error)).to.contain('43 characters over the limit of 2,000');
    expect(field.getAttribute('aria-describedby')).to.contain(error.id);
    expect($(el, '[part~="count"]')!.dataset['over']).to.equal('true');
    $(el, '[part~="send-button"]')!.click();
    await el.updateComplete;
    expect(backend.ask.questions).to.have.length(0);
    expect(deepFocus()).to.equal(field);
    await expect(el).to.be.accessible();
  });

  it('a removed context item is not sent; sharing adds what was read', async () => {
    const { el, backend, learn } = await setup<LearnAsk>(askHtml());
    learn.markViewed('close-dates');
    await ready(el);
    const keys = () => $$(el, '[part~="context-item"]').map((i) => i.dataset['key']);
    expect(keys()).to.include.members(['screen', 'url', 'recordType']);
    expect(keys()).to.not.include('read');
    const screenItem = $$(el, '[part~="context-item"]').find((i) => i.dataset['key'] === 'screen')!;
    screenItem.querySelector<HTMLButtonElement>('[part~="context-remove"]')!.click();
    await el.updateComplete;
    expect(keys()).to.not.include('screen');
    expect(announced(el)).to.equal('Screen removed.');
    $<HTMLInputElement>(el, '[part~="share-toggle"]')!.click();
    await el.updateComplete;
    expect(keys()).to.include('read');
    expect(text($(el, '[data-key="read"]'))).to.contain('Set and move close dates');
    type($<HTMLTextAreaElement>(el, '#question')!, 'Can I give a 25 % discount on a renewal?');
    setTimeout(() => $(el, '[part~="send-button"]')!.click());
    const sent = await oneEvent(el, 'learn-question-sent');
    expect(sent.detail.topic).to.equal('pipeline');
    await until(() => backend.ask.questions.length === 1, 'the question reached the server');
    const stored = backend.ask.questions[0]!;
    expect(stored.id).to.equal(sent.detail.questionId);
    expect(stored.context.screen).to.equal(undefined);
    expect(stored.context.recordType).to.equal('opportunity');
    expect(stored.context.read).to.deep.equal(['close-dates']);
    expect(stored.text).to.equal('Can I give a 25 % discount on a renewal?');
  });

  it('suggests matching articles while typing', async () => {
    const { el } = await setup<LearnAsk>(askHtml());
    await ready(el);
    type($<HTMLTextAreaElement>(el, '#question')!, 'discount on a renewal');
    await until(() => $(el, '[part~="suggestion"]'), 'suggestions while typing');
    const first = $(el, '[part~="suggestion"]')!;
    expect(first.dataset['kind']).to.equal('article');
    expect(text(first)).to.contain('Get a discount approved');
    await expect(el).to.be.accessible();
  });

  it('by keyboard alone: topic, question, send; focus moves to the thread, “Sent” is announced', async () => {
    const { el, backend } = await setup<LearnAsk>(html`<learn-ask></learn-ask>`);
    await ready(el);
    $<HTMLSelectElement>(el, '[part~="topic-select"]')!.focus();
    await sendKeys({ press: 'ArrowUp' }); // pipeline → pricing
    await until(() => text($(el, '[part~="expert-name"]')) === 'Anna Lindqvist', 'the topic changed by keyboard');
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()?.id).to.equal('question');
    await sendKeys({ type: 'Can I give 25 % on a renewal?' });
    // Tab through the context items and the checkbox to Send.
    while (!(deepFocus() as HTMLElement | null)?.matches('[part~="send-button"]')) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~="thread"]'), 'the thread');
    await el.updateComplete;
    expect(deepFocus()?.id).to.equal('thread-title');
    expect(announced(el)).to.equal('Sent. The answer will appear here.');
    // send() resolves once the question is in the outbox; the server's copy follows.
    await until(() => backend.ask.questions.length === 1, 'the question reached the server');
    expect(backend.ask.questions[0]!.topic).to.equal('pricing');
    await expect(el).to.be.accessible();
  });
});
