/// <reference types="mocha" />
/**
 * Progress survives a reload: a new runtime over the same IndexedDB and a new element resume on
 * the step the employee left, with their checklist ticks; a finished lesson opens on its result.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import { $, $$, forget, lessonHtml, settled, startLearn, text, until, useLessonTestHooks } from './fixtures.js';

describe('<learn-lesson> resume', () => {
  useLessonTestHooks();

  it('re-created element and runtime (same IndexedDB) resume on the same step', async () => {
    const tenant = `resume-${Date.now()}`;
    const first = startLearn({ tenant, persist: true });
    let el = await fixture<LearnLesson>(lessonHtml('crm-close-dates'));
    await settled(el);
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, '[part~="next-button"]'));
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, '[part~="checklist"]'));
    // `lesson-progress` follows the IndexedDB write: after it, a "reload" finds the tick.
    const saved = new Promise<void>((resolve) => first.learn.on('lesson-progress', ({ progress }) => progress.checked['check']?.includes(1) && resolve()));
    $$<HTMLInputElement>(el, '[part~="checklist"] input')[1]!.click();
    await saved;
    el.remove();
    first.learn.destroy();
    forget(first.learn);

    startLearn({ tenant, persist: true });
    el = await fixture<LearnLesson>(lessonHtml('crm-close-dates'));
    await settled(el);
    expect(text($(el, '[part~="start-button"]'))).to.equal('Resume — step 2 of 3');
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, '[part~="checklist"]'));
    expect(text($(el, '[part~="step-heading"]'))).to.equal('Do it in the app');
    expect($$<HTMLInputElement>(el, '[part~="checklist"] input').map((i) => i.checked)).to.deep.equal([false, true]);
  });
});
