/// <reference types="mocha" />
/**
 * A whole lesson by keyboard only: Tab, Space, arrows and Enter, with focus on each new step's
 * heading, so a keyboard or screen-reader user always starts reading the step that just appeared.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearnLessonCompleteEvent } from '../../../components/learn-lesson/define.js';
import { $, deepFocus, lessonHtml, setup, text, until, useLessonTestHooks } from './fixtures.js';

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

describe('<learn-lesson> by keyboard only', () => {
  useLessonTestHooks();

  it('starts, ticks, answers, finishes — focus on each step heading', async () => {
    const { el } = await setup(lessonHtml('crm-close-dates'));
    expect(text($(el, '[part~="title"]'))).to.equal('Close dates that hold');
    expect(text($(el, '[part~="meta"]'))).to.contain('2 min').and.contain('3 steps');

    // Into the element: its first focusable is Start.
    el.tabIndex = -1;
    el.focus();
    await press('Tab');
    expect(deepFocus()).to.equal($(el, '[part~="start-button"]'));
    await press('Enter');
    await until(() => deepFocus() === $(el, '[part~="step-heading"]'), 'focus on the first step heading');
    expect(text($(el, '[part~="step-heading"]'))).to.equal('Two rules');
    expect(text($(el, '[part~="progress"]'))).to.equal('Step 1 of 3');

    // Text step: the next stop is Next.
    await press('Tab');
    expect(deepFocus()).to.equal($(el, '[part~="next-button"]'));
    await press('Enter');
    await until(() => deepFocus() === $(el, '[part~="step-heading"]') && text($(el, '[part~="progress"]')) === 'Step 2 of 3');

    // Checklist: Space ticks.
    await press('Tab');
    await press('Space');
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checklist"] input');
    await until(() => boxes[0]!.checked);
    await press('Tab', 3); // second item, Back, Next
    expect(deepFocus()).to.equal($(el, '[part~="next-button"]'));
    await press('Enter');
    await until(() => text($(el, '[part~="progress"]')) === 'Step 3 of 3' && deepFocus() === $(el, '[part~="step-heading"]'));

    // Quiz: Tab into the radio group, arrow to the right answer, Tab to Check answer.
    await press('Tab');
    await press('ArrowDown');
    await press('Tab');
    expect(deepFocus()).to.equal($(el, '[part~="check-button"]'));
    await press('Enter');
    await until(() => $(el, '[part~="feedback"]'));
    expect($(el, '[part~="feedback"]')!.dataset['correct']).to.equal('true');
    // Right: focus goes on to Finish.
    await until(() => deepFocus() === $(el, '[part~="next-button"]'));
    expect(text($(el, '[part~="next-button"]'))).to.equal('Finish');
    const completed = oneEvent(el, 'learn-lesson-complete') as Promise<LearnLessonCompleteEvent>;
    await press('Enter');
    const event = await completed;
    expect(event.detail).to.deep.equal({ lessonId: 'crm-close-dates', score: 1, passed: true });
    expect(event.bubbles && event.composed).to.equal(true);
    await until(() => deepFocus() === $(el, '[part~="complete-title"]'), 'focus on the completion heading');
    expect(text($(el, '[part~="score"]'))).to.contain('1 of 1');
  });

  it('Back returns to the step before, with focus on its heading', async () => {
    const { el } = await setup(lessonHtml('crm-close-dates'));
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, '[part~="next-button"]'));
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, '[part~="back-button"]'));
    $(el, '[part~="back-button"]')!.focus();
    await press('Enter');
    await until(() => text($(el, '[part~="progress"]')) === 'Step 1 of 3' && deepFocus() === $(el, '[part~="step-heading"]'));
    expect($(el, '[part~="back-button"]')).to.equal(null);
  });
});
