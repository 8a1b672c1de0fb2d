/// <reference types="mocha" />
/**
 * `<learn-feedback>` as a prompt card: every kind audited, a heading and a close button, Escape
 * closes it (`learn-feedback-close`, not bubbling), it never steals focus from a host input being
 * typed in (through a shadow root too) and then only announces itself, and the prompt's name is
 * sent with the feedback.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/learn-feedback/define.js';
import type { LearnFeedback } from '../../../components/learn-feedback/learn-feedback.js';
import { $, announced, deepFocus, setup, startLearn, text, until, useFeedbackTestHooks } from './fixtures.js';

const SURVEY = JSON.stringify([
  { id: 'ease', label: 'How easy was it?', kind: 'stars' },
  { id: 'missing', label: 'What is missing?', kind: 'text' },
]);

describe('<learn-feedback> prompt card', () => {
  useFeedbackTestHooks();

  for (const kind of ['thumbs', 'stars', 'nps', 'text', 'survey']) {
    it(`${kind}: a non-modal dialog with a heading and a close button, accessible`, async () => {
      const { el } = await setup<LearnFeedback>(html`<learn-feedback variant="card" subject="lesson:discount-basics" kind=${kind} questions=${SURVEY}></learn-feedback>`);
      await until(() => $(el, '[part~="close-button"]'));
      const base = $(el, '[part~="base"]')!;
      expect(base.getAttribute('role')).to.equal('dialog');
      expect(base.hasAttribute('aria-modal')).to.equal(false);
      expect($(el, 'h2[part~="heading"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('never takes focus from a host input being typed in — even inside a shadow root — and only announces itself', async () => {
    startLearn();
    const host = await fixture<HTMLDivElement>(html`<div><div id="form-host"></div></div>`);
    const formHost = host.querySelector('#form-host')!;
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Close date');
    formHost.attachShadow({ mode: 'open' }).append(input);
    input.focus();
    await sendKeys({ type: '2026-12' });
    const card = document.createElement('learn-feedback');
    card.setAttribute('prompt', 'after-close-date-error');
    card.setAttribute('subject', 'article:close-dates');
    host.append(card);
    await until(() => announced(card) === 'Feedback: Was this helpful?', 'announced');
    expect(deepFocus()).to.equal(input);
    await sendKeys({ type: '-15' });
    expect(input.value).to.equal('2026-12-15');
  });

  it('with nothing focused, focus starts on its heading', async () => {
    startLearn();
    (document.activeElement as HTMLElement | null)?.blur();
    const el = await fixture<LearnFeedback>(html`<learn-feedback variant="card" subject="article:close-dates"></learn-feedback>`);
    await until(() => deepFocus() === $(el, '#q'), 'the heading has focus');
  });

  it('Escape closes it: hidden, learn-feedback-close (source escape, not bubbling), focus back where it was', async () => {
    const { el } = await setup<HTMLDivElement>(html`<div><button id="opener">Opener</button></div>`);
    const opener = el.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    const card = document.createElement('learn-feedback');
    card.variant = 'card';
    card.subject = 'article:close-dates';
    el.append(card);
    await until(() => announced(card).startsWith('Feedback:'));
    expect(deepFocus()).to.equal(opener);
    let bubbled = false;
    el.addEventListener('learn-feedback-close', () => (bubbled = true));
    $<HTMLButtonElement>(card, '[part~="thumb"]')!.focus();
    const closed = oneEvent(card, 'learn-feedback-close');
    await sendKeys({ press: 'Escape' });
    const event = await closed;
    expect(event.detail).to.deep.equal({ source: 'escape', answered: false });
    expect(bubbled).to.equal(false);
    expect(card.hidden).to.equal(true);
    expect(deepFocus()).to.equal(opener);
  });

  it('the close button closes it after an answer; the prompt is sent with the feedback', async () => {
    const { el, backend } = await setup<LearnFeedback>(html`<learn-feedback prompt="lesson-complete" subject="lesson:discount-basics" kind="stars"></learn-feedback>`);
    await until(() => $(el, '[part~="stars"]'));
    expect(el.isCard).to.equal(true);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="star"] input')[4]!.click();
    await el.updateComplete;
    $(el, '[part~="send-button"]')!.click();
    await until(() => $(el, '[part~="thanks"]'));
    expect(text($(el, '[part~="thanks"]'))).to.contain('Thank you!');
    await expect(el).to.be.accessible();
    await until(() => backend.writes.received.length === 1);
    expect(backend.writes.received[0]!.body).to.deep.include({ prompt: 'lesson-complete', kind: 'stars', value: 5 });
    const closed = oneEvent(el, 'learn-feedback-close');
    $(el, '[part~="close-button"]')!.click();
    expect((await closed).detail).to.deep.equal({ source: 'close-button', answered: true });
    expect(el.hidden).to.equal(true);
  });
});
