/// <reference types="mocha" />
/**
 * An axe audit of every visible state of the player, in the compact (320 px intranet column) and
 * regular sizes: loading, placeholder, error, intro, each step kind (quiz before and after a wrong
 * answer, try-it when the page cannot navigate), completion with what next; and the dark theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { memoryBackend } from '../../../sdk/index.js';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import { $, ARTICLES, LESSONS, setup, startLearn, until, useLessonTestHooks } from './fixtures.js';

const player = (id: string, size: string, theme = 'auto') =>
  html`<div style="inline-size: ${size === 'compact' ? '320px' : '720px'}"><learn-lesson lesson=${id} size=${size} theme=${theme}></learn-lesson></div>`;

async function next(el: LearnLesson): Promise<void> {
  const before = $(el, '[part~="step-heading"]');
  $(el, '[part~="next-button"]')!.click();
  await until(() => $(el, '[part~="step-heading"]') !== before || $(el, '[part~="complete"]'));
  await el.updateComplete;
}

for (const size of ['compact', 'regular']) {
  describe(`<learn-lesson size="${size}"> accessibility (axe)`, () => {
    useLessonTestHooks();

    it('loading', async () => {
      startLearn({ backend: memoryBackend({ articles: ARTICLES, lessons: LESSONS, latencyMs: 2000 }) });
      const root = await fixture<HTMLElement>(player('crm-close-dates', size));
      const el = root.querySelector('learn-lesson')!;
      await until(() => $(el, '[part~="loading"]'));
      await expect(root).to.be.accessible();
    });

    it('placeholder for an unknown id', async () => {
      const { el } = await setup(player('no-such-lesson', size));
      expect($(el, '[part~="placeholder"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error state', async () => {
      const backend = memoryBackend({ articles: ARTICLES, lessons: LESSONS });
      backend.setFailure('invalid-response');
      const failed = await setup(player('crm-close-dates', size), { backend });
      expect($(failed.el, '[part~="error"]')).to.not.equal(null);
      await expect(failed.el).to.be.accessible();
    });

    it('intro, text, checklist, quiz (open and answered wrong), completion with what next', async () => {
      const { el } = await setup(player('crm-close-dates', size));
      await expect(el).to.be.accessible();
      $(el, '[part~="start-button"]')!.click();
      await until(() => $(el, '[part~="step-body"]'), 'the text step rendered');
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[value="weekly"]')!.click();
      $(el, '[part~="check-button"]')!.click();
      await until(() => $(el, '[part~="feedback"]'));
      await expect(el).to.be.accessible();
      await next(el);
      await until(() => $(el, '[part~="related-article"]'));
      await expect(el).to.be.accessible();
    });

    it('multiple choice and try-it (the page cannot navigate)', async () => {
      const { el } = await setup(player('crm-try-it', size));
      $(el, '[part~="start-button"]')!.click();
      await until(() => $(el, '[part~="quiz"]'));
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[value="order"]')!.click();
      $(el, '[part~="check-button"]')!.click();
      await until(() => $(el, '[part~="feedback"]'));
      await next(el);
      await expect(el).to.be.accessible();
      $(el, '[part~="try-it-button"]')!.click();
      await until(() => $(el, '[part~="mark-done"]'));
      await expect(el).to.be.accessible();
    });

    it('image and captioned video with transcript, in the dark theme', async () => {
      const { el } = await setup(player('crm-media', size, 'dark'));
      $(el, '[part~="start-button"]')!.click();
      await until(() => $(el, '[part~="image"]'));
      await expect(el).to.be.accessible();
      await next(el);
      expect($(el, 'video track[kind="captions"][default]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}
