/// <reference types="mocha" />
/**
 * `<learn-feedback>` inline, as an editor places it: every kind audited with axe, a rating by
 * keyboard alone, the reason after "not helpful", the over-limit message before sending, the
 * thank-you (focused and announced), exactly one POST with the right body, errors with a retry
 * that loses nothing, and the signed-out and not-connected states.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/learn-feedback/define.js';
import type { LearnFeedback } from '../../../components/learn-feedback/learn-feedback.js';
import { COMMENT_MAX } from '../../../src/protocol/index.js';
import { $, $$, announced, bodies, deepFocus, setup, text, type, until, useFeedbackTestHooks } from './fixtures.js';

const SURVEY = JSON.stringify([
  { id: 'ease', label: 'How easy was the new quote screen?', kind: 'stars' },
  { id: 'recommend', label: 'Would you recommend it to a colleague?', kind: 'nps' },
  { id: 'missing', label: 'What is missing?', kind: 'text' },
]);

const feedbackHtml = (kind: string, subject = 'article:close-dates') => html`<learn-feedback subject=${subject} kind=${kind} questions=${SURVEY}></learn-feedback>`;

async function send(el: LearnFeedback): Promise<void> {
  $(el, '[part~="send-button"]')!.click();
  await el.updateComplete;
}

describe('<learn-feedback> inline', () => {
  useFeedbackTestHooks();

  for (const kind of ['thumbs', 'stars', 'nps', 'text', 'survey']) {
    it(`${kind}: accessible before and after a rating, in the light and dark themes and in Arabic`, async () => {
      const { el } = await setup<LearnFeedback>(feedbackHtml(kind));
      await until(() => $(el, '#q'));
      await expect(el).to.be.accessible();
      const first = $<HTMLElement>(el, '[part~="thumb"], input[type="radio"]');
      first?.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      el.locale = 'ar';
      await until(() => $(el, '[part~="base"]')!.getAttribute('dir') === 'rtl', 'the Arabic strings');
      await expect(el).to.be.accessible();
    });
  }

  it('thumbs: a pressed-button pair; "not helpful" asks the reason; one POST with the right body; the event', async () => {
    const { el, backend } = await setup<LearnFeedback>(feedbackHtml('thumbs'));
    await until(() => $(el, '[part~="thumbs"]'));
    expect(text($(el, '#q'))).to.equal('Was this helpful?');
    const [yes, no] = $$<HTMLButtonElement>(el, '[part~="thumb"]');
    expect([yes!.getAttribute('aria-pressed'), no!.getAttribute('aria-pressed')]).to.deep.equal(['false', 'false']);
    expect($(el, '[part~="reasons"]')).to.equal(null);
    no!.click();
    await el.updateComplete;
    expect(no!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '[part~="reason"]').map(text)).to.deep.equal(['It is outdated', 'It is unclear', "It didn't answer my question"]);
    expect(text($(el, '[part~="reasons"] legend'))).to.equal('What was wrong with it?');
    $$<HTMLInputElement>(el, '[part~="reason"] input')[1]!.click();
    type($<HTMLTextAreaElement>(el, '[part~="comment-input"]')!, 'Which stage needs a quote?');
    await el.updateComplete;
    const given = oneEvent(el, 'learn-feedback-given');
    await send(el);
    const event = await given;
    expect(event.detail).to.deep.equal({ subject: 'article:close-dates', kind: 'thumbs', value: 0 });
    expect(event.bubbles && event.composed).to.equal(true);
    await until(() => backend.feedback.items.length === 1, 'stored');
    expect(bodies(backend)).to.have.length(1);
    expect(bodies(backend)[0]).to.deep.include({ subject: 'article:close-dates', kind: 'thumbs', value: 0, reason: 'unclear', comment: 'Which stage needs a quote?' });
    expect(bodies(backend)[0]!.context).to.deep.equal({ screen: 'crm/opportunity', record: { type: 'opportunity' } });
  });

  it('stars by keyboard alone: Tab into the group, arrows to 4, Send; the thank-you takes focus and is announced', async () => {
    const { el, backend } = await setup<LearnFeedback>(feedbackHtml('stars'));
    await until(() => $(el, '[part~="stars"]'));
    const stars = $$<HTMLInputElement>(el, '[part~="star"] input');
    expect(stars.map((s) => s.closest('label')!.textContent!.trim())).to.deep.equal(['1 of 5 stars', '2 of 5 stars', '3 of 5 stars', '4 of 5 stars', '5 of 5 stars']);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()).to.equal(stars[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(stars[3]!.checked).to.equal(true);
    expect($$(el, '[part~="star"][data-on]')).to.have.length(4);
    while (!(deepFocus() as HTMLElement | null)?.matches('[part~="send-button"]')) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~="thanks"]'), 'the thank-you');
    await el.updateComplete;
    expect(deepFocus()).to.equal($(el, '[part~="thanks"] [data-focus]'));
    expect(announced(el)).to.contain('Thank you!');
    await expect(el).to.be.accessible();
    await until(() => backend.feedback.items.length === 1);
    expect(backend.feedback.items[0]).to.include({ kind: 'stars', value: 4 });
    before.remove();
  });

  it('NPS: eleven choices with "Not likely" and "Very likely" at the ends', async () => {
    const { el, backend } = await setup<LearnFeedback>(html`<learn-feedback subject="product:learnflow" kind="nps"></learn-feedback>`);
    await until(() => $(el, '[part~="nps"]'));
    const choices = $$(el, '[part~="nps-choice"]');
    expect(choices.map(text)).to.deep.equal(['0, Not likely', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10, Very likely']);
    choices[9]!.querySelector('input')!.click();
    await el.updateComplete;
    await send(el);
    await until(() => backend.feedback.items.length === 1);
    expect(backend.feedback.items[0]).to.include({ subject: 'product:learnflow', kind: 'nps', value: 9 });
  });

  it('text: a live count, and a clear message over the limit before anything is sent', async () => {
    const { el, backend } = await setup<LearnFeedback>(feedbackHtml('text'));
    await until(() => $(el, '[part~="comment-input"]'));
    const field = $<HTMLTextAreaElement>(el, '[part~="comment-input"]')!;
    type(field, 'The approval limits changed.');
    await el.updateComplete;
    expect(text($(el, '[part~="count"]'))).to.equal(`28 / ${COMMENT_MAX.toLocaleString('en')}`);
    type(field, 'x'.repeat(COMMENT_MAX + 12));
    await el.updateComplete;
    expect($(el, '[part~="count"]')!.dataset['over']).to.equal('true');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '[part~="comment-error"]'))).to.equal(`Too long: at most ${COMMENT_MAX.toLocaleString('en')} characters can be sent. Shorten it by 12.`);
    await expect(el).to.be.accessible();
    await send(el);
    expect(text($(el, '[part~="send-error"]'))).to.contain('Shorten it by 12');
    expect(backend.writes.received).to.have.length(0);
    expect(field.value).to.have.length(COMMENT_MAX + 12);
  });

  it('survey: the answers given, each with its question id', async () => {
    const { el, backend } = await setup<LearnFeedback>(feedbackHtml('survey', 'screen:crm/quote'));
    await until(() => $(el, '[part~="survey"]'));
    expect($$(el, '[part~="survey-question"]').map((q) => q.dataset['kind'])).to.deep.equal(['stars', 'nps', 'text']);
    $$<HTMLInputElement>(el, '[part~="stars"] input')[2]!.click();
    type($<HTMLTextAreaElement>(el, '[part~="comment-input"]')!, 'A price history');
    await el.updateComplete;
    await send(el);
    await until(() => backend.feedback.items.length === 1);
    expect(backend.feedback.items[0]!.answers).to.deep.equal([{ question: 'ease', value: 3 }, { question: 'missing', text: 'A price history' }]);
  });

  it('a survey without valid questions, or an unknown kind, says it is not set up', async () => {
    const { el } = await setup<LearnFeedback>(html`<learn-feedback subject="screen:crm/quote" kind="survey" questions="[{&quot;id&quot;:1}]"></learn-feedback>`);
    await until(() => $(el, '[part~="not-set-up"]'));
    await expect(el).to.be.accessible();
    el.setAttribute('kind', 'smileys');
    el.questions = undefined;
    await el.updateComplete;
    expect(text($(el, '[part~="not-set-up"]'))).to.equal('This feedback form is not set up correctly.');
  });

  it('an error keeps everything chosen and typed, and Try again sends it', async () => {
    const { el, learn, backend } = await setup<LearnFeedback>(feedbackHtml('stars'));
    await until(() => $(el, '[part~="stars"]'));
    const give = learn.feedback.give;
    let failures = 1;
    learn.feedback.give = (input) => (failures-- > 0 ? Promise.reject(new Error('IndexedDB refused the write')) : give(input));
    const warn = console.warn;
    console.warn = () => {};
    try {
      $$<HTMLInputElement>(el, '[part~="star"] input')[4]!.click();
      await el.updateComplete;
      type($<HTMLTextAreaElement>(el, '[part~="comment-input"]')!, 'Clear and short.');
      await send(el);
      await until(() => text($(el, '[part~="send-error"]')).includes('could not be saved'), 'the error');
    } finally {
      console.warn = warn;
    }
    expect(announced(el)).to.contain('could not be saved');
    expect(text($(el, '[part~="send-button"]'))).to.equal('Try again');
    expect($<HTMLTextAreaElement>(el, '[part~="comment-input"]')!.value).to.equal('Clear and short.');
    expect($$<HTMLInputElement>(el, '[part~="star"] input')[4]!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    await send(el);
    await until(() => backend.feedback.items.length === 1, 'sent on the retry');
    expect(backend.feedback.items[0]).to.include({ value: 5, comment: 'Clear and short.' });
  });

  it('signed out: a polite message and no form, accessible', async () => {
    const { el } = await setup<LearnFeedback>(feedbackHtml('thumbs'), { user: null });
    await until(() => $(el, '[part~="signed-out"]'));
    expect(text($(el, '[part~="signed-out"]'))).to.contain('Sign in to give feedback');
    expect($(el, '[part~="thumbs"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('no runtime on the page: not connected, accessible', async () => {
    const el = await fixture<LearnFeedback>(html`<learn-feedback subject="article:close-dates"></learn-feedback>`);
    expect(text($(el, '[part~="not-connected"]'))).to.contain('not connected');
    await expect(el).to.be.accessible();
  });

  it('Swedish and German strings', async () => {
    const { el } = await setup<LearnFeedback>(html`<learn-feedback subject="article:close-dates" locale="sv"></learn-feedback>`);
    await until(() => text($(el, '#q')) === 'Var det här till hjälp?', 'Swedish');
    el.locale = 'de';
    await until(() => text($(el, '#q')) === 'War das hilfreich?', 'German');
  });

  it('thanks instead of asking again when this person already rated the subject here (an article read twice)', async () => {
    const { el, learn, backend } = await setup<LearnFeedback>(html`<learn-feedback subject="article:close-dates"></learn-feedback>`);
    await until(() => $(el, '[part~="thumb"]'));
    $$<HTMLButtonElement>(el, '[part~="thumb"]')[0]!.click();
    await el.updateComplete;
    await send(el);
    await until(() => $(el, '[part~="thanks"]'), 'thanked');
    expect(await learn.feedback.given('article:close-dates')).to.deep.include({ kind: 'thumbs', value: 1 });
    expect(await learn.feedback.given('article:renewal-discounts')).to.equal(undefined);

    // The same article later: the thank-you, not the question. Another kind on it still asks.
    const again = await fixture<LearnFeedback>(html`<learn-feedback subject="article:close-dates"></learn-feedback>`);
    await until(() => text($(again, '[part~="thanks"] .muted')) === 'You gave feedback on this earlier. Thank you.', 'remembered');
    expect($(again, '[part~="thumb"]')).to.equal(null);
    await expect(again).to.be.accessible();
    const stars = await fixture<LearnFeedback>(html`<learn-feedback subject="article:close-dates" kind="stars"></learn-feedback>`);
    await until(() => $(stars, '[part~="star"]'), 'stars still asked');
    expect(bodies(backend)).to.have.length(1);
  });
});
