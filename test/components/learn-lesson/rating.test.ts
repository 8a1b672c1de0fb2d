/// <reference types="mocha" />
/**
 * The lesson's star rating on the completion screen: `<learn-feedback kind="stars">` for
 * `lesson:<id>` in a box of fixed height, loaded once it is in view; rated by keyboard; stored; axe
 * in the compact and regular sizes; nothing for a signed-out person.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import type { FeedbackRequest } from '../../../src/protocol/index.js';
import { $, setup, until, useLessonTestHooks } from './fixtures.js';

const SIGNED_IN = { id: 'u-anna', name: 'Anna Lindqvist', token: 'test-token-anna' };
const player = (size: string) => html`<div style="inline-size: ${size === 'compact' ? '320px' : '720px'}"><learn-lesson lesson="crm-close-dates" size=${size}></learn-lesson></div>`;

async function next(el: LearnLesson): Promise<void> {
  const before = $(el, '[part~="step-heading"]');
  $(el, '[part~="next-button"]')!.click();
  await until(() => $(el, '[part~="step-heading"]') !== before || $(el, '[part~="complete"]'), 'the next screen');
  await el.updateComplete;
}

/** Text, checklist, the quiz answered right, then the completion screen. */
async function complete(el: LearnLesson): Promise<void> {
  $(el, '[part~="start-button"]')!.click();
  await until(() => $(el, '[part~="step-body"]'), 'the first step');
  await next(el);
  await next(el);
  $<HTMLInputElement>(el, 'input[value="once"]')!.click();
  $(el, '[part~="check-button"]')!.click();
  await until(() => $(el, '[part~="feedback"]'), 'the quiz answer');
  await next(el);
  await until(() => $(el, '[part~="complete"]'), 'the completion screen');
}

const inRating = (el: LearnLesson, selector: string) => $(el, '[part~="rating"] learn-feedback')?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('<learn-lesson> rating on the completion screen', () => {
  useLessonTestHooks();

  for (const size of ['compact', 'regular']) {
    it(`${size}: stars for lesson:<id>, in a box that does not move when they load; by keyboard; accessible`, async () => {
      const { el, backend } = await setup(player(size), { user: SIGNED_IN });
      await complete(el);
      const slot = $(el, '[part~="rating"]')!;
      const feedback = slot.querySelector('learn-feedback')!;
      expect([feedback.getAttribute('subject'), feedback.getAttribute('kind')]).to.deep.equal(['lesson:crm-close-dates', 'stars']);
      const before = slot.getBoundingClientRect().height;
      await until(() => inRating(el, '[part~="stars"]'), 'the stars, once loaded');
      expect(slot.getBoundingClientRect().height, 'the upgrade moves nothing').to.equal(before);
      await expect(el).to.be.accessible();
      inRating(el, 'input[type="radio"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await until(() => inRating(el, 'input[type="radio"]:checked'), 'a star chosen by keyboard');
      await expect(el).to.be.accessible();
      inRating(el, '[part~="send-button"]')!.click();
      await until(() => inRating(el, '[part~="thanks"]'), 'the thank-you');
      await until(() => backend.writes.received.some((r) => r.path === '/v1/feedback'), 'the rating reaches the backend');
      const sent = backend.writes.received.find((r) => r.path === '/v1/feedback')!.body as FeedbackRequest;
      expect(sent).to.include({ subject: 'lesson:crm-close-dates', kind: 'stars', value: 4 });
      await expect(el).to.be.accessible();
    });
  }

  it('signed out: no rating (feedback needs a signed-in person)', async () => {
    const { el } = await setup(player('regular'), { user: null });
    await complete(el);
    expect($(el, '[part~="rating"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
