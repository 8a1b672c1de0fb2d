/// <reference types="mocha" />
/**
 * Quiz feedback that teaches: a wrong answer shows (and announces) why, and the right answer with
 * its explanation; Try again reopens the question; a right answer then passes the lesson. Next is
 * held until the question has an answer, and says so instead of doing nothing.
 */
import { expect } from '@open-wc/testing';
import { $, $$, announced, deepFocus, lessonHtml, setup, text, until, useLessonTestHooks } from './fixtures.js';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';

async function toQuiz(el: LearnLesson, steps: number): Promise<void> {
  $(el, '[part~="start-button"]')!.click();
  for (let i = 0; i < steps; i++) {
    await until(() => $(el, '[part~="next-button"]'));
    $(el, '[part~="next-button"]')!.click();
  }
  await until(() => $(el, '[part~="quiz"]'), 'the quiz step');
}

function choose(el: LearnLesson, id: string): void {
  $<HTMLInputElement>(el, `input[value="${id}"]`)!.click();
}

describe('<learn-lesson> quiz', () => {
  useLessonTestHooks();

  it('wrong → explanation (shown and announced) → try again → right → passed', async () => {
    const { el } = await setup(lessonHtml('crm-close-dates'));
    await toQuiz(el, 2);
    const next = $(el, '[part~="next-button"]')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Check an answer to the question first.');
    expect(text($(el, '[part~="progress"]'))).to.equal('Step 3 of 3');

    choose(el, 'weekly');
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="feedback"]'));
    const feedback = $(el, '[part~="feedback"]')!;
    expect(feedback.dataset['correct']).to.equal('false');
    expect(text(feedback)).to.contain('Not quite.').and.contain('Three small pushes flag the deal');
    // The right answer and why, too.
    expect(text(feedback)).to.contain('Right answer: Move it once').and.contain('One honest push does not flag the deal.');
    expect(announced(el)).to.equal('Not quite. Three small pushes flag the deal in the forecast review.');
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
    await until(() => deepFocus() === $(el, '[part~="quiz-retry"]'), 'focus on Try again');

    $(el, '[part~="quiz-retry"]')!.click();
    await until(() => !$(el, '[part~="feedback"]'));
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(false);
    expect($$<HTMLInputElement>(el, 'fieldset input').some((i) => i.checked)).to.equal(false);
    await until(() => deepFocus() === $(el, 'fieldset input'), 'focus back on the choices');

    choose(el, 'once');
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="feedback"]'));
    expect($(el, '[part~="feedback"]')!.dataset['correct']).to.equal('true');
    expect(announced(el)).to.equal('Correct. One honest push does not flag the deal.');
    expect($(el, '[part~="quiz-retry"]')).to.equal(null);
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, '[part~="complete"]'));
    expect(text($(el, '[part~="verdict"]'))).to.equal('You passed. Well done!');
  });

  it('a wrong answer left as it is fails the lesson, and Retry lesson starts a new attempt', async () => {
    const { el } = await setup(lessonHtml('crm-close-dates'));
    await toQuiz(el, 2);
    choose(el, 'weekly');
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="feedback"]'));
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, '[part~="complete"]'));
    expect($(el, '[part~="complete"]')!.dataset['passed']).to.equal('false');
    expect(text($(el, '[part~="score"]'))).to.equal('You answered 0 of 1 question right (0%).');
    expect(text($(el, '[part~="verdict"]'))).to.contain('You need 100% to pass');

    $(el, '[part~="retry-button"]')!.click();
    await until(() => $(el, '[part~="step-heading"]'));
    expect(text($(el, '[part~="progress"]'))).to.equal('Step 1 of 3');
  });

  it('multiple choice: checkboxes, and feedback on each chosen choice and the one missed', async () => {
    const { el } = await setup(lessonHtml('crm-try-it'));
    await toQuiz(el, 0);
    expect($$<HTMLInputElement>(el, 'fieldset input').map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    expect(text($(el, '.hint'))).to.equal('Choose every answer that applies.');
    choose(el, 'order');
    choose(el, 'quarter');
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="feedback"]'));
    const results = $$(el, '[part~="choice"]').map((c) => c.dataset['result'] ?? '');
    expect(results).to.deep.equal(['right', 'missed', 'wrong']);
    const feedback = text($(el, '[part~="feedback"]'));
    expect(feedback).to.contain('The close date is the order.').and.contain('The date follows the customer').and.contain('Right answer: Their approval steps');
  });

  it('Check answer with nothing chosen says so', async () => {
    const { el } = await setup(lessonHtml('crm-close-dates'));
    await toQuiz(el, 2);
    $(el, '[part~="check-button"]')!.click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Choose an answer first.');
    expect($(el, '[part~="feedback"]')).to.equal(null);
  });
});
