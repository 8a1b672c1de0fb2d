/// <reference types="mocha" />
/**
 * Try-it steps: "Take me there" asks the host to navigate (the SDK's `navigate` event with the
 * screen, record, lesson and step), and the lesson continues by itself when the runtime's context
 * reaches that screen. With nobody listening, the player says the page cannot take them there and
 * lets them mark the step done.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { NavigateRequest } from '../../../sdk/index.js';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import { $, announced, lessonHtml, setup, text, until, useLessonTestHooks } from './fixtures.js';

/** Starts crm-try-it and answers its question right, which leads to the try-it step. */
async function toTryIt(el: LearnLesson): Promise<void> {
  $(el, '[part~="start-button"]')!.click();
  await until(() => $(el, '[part~="quiz"]'));
  $<HTMLInputElement>(el, 'input[value="order"]')!.click();
  $<HTMLInputElement>(el, 'input[value="approvals"]')!.click();
  $(el, '[part~="check-button"]')!.click();
  await until(() => $(el, '[part~="feedback"]'));
  $(el, '[part~="next-button"]')!.click();
  await until(() => $(el, '[part~="try-it"]'));
}

describe('<learn-lesson> try-it', () => {
  useLessonTestHooks();

  it('emits navigate, waits, and continues when the context reaches the screen', async () => {
    const { el, learn } = await setup(lessonHtml('crm-try-it'));
    const requests: NavigateRequest[] = [];
    learn.on('navigate', (request) => requests.push(request));
    await toTryIt(el);
    $(el, '[part~="try-it-button"]')!.click();
    expect(requests).to.deep.equal([{ screen: 'crm/opportunity', record: { type: 'opportunity', id: '1042' }, lessonId: 'crm-try-it', stepId: 'go' }]);
    await until(() => $(el, '[part~="try-it-note"]'));
    expect(text($(el, '[part~="try-it-note"]'))).to.contain('The lesson continues when you are there.');

    // Another screen is not the one.
    learn.setContext({ screen: 'crm/account' });
    await el.updateComplete;
    expect($(el, '[part~="try-it"]')).to.not.equal(null);

    const completed = oneEvent(el, 'learn-lesson-complete');
    learn.setContext({ screen: 'crm/opportunity', record: { type: 'opportunity', id: '1042' } });
    await completed;
    await until(() => $(el, '[part~="complete"]'));
    expect(announced(el)).to.equal('You are on that screen. On to the next step.');
  });

  it('a host that navigates at once (in its navigate listener) moves the lesson on', async () => {
    const { el, learn } = await setup(lessonHtml('crm-try-it'));
    learn.on('navigate', ({ screen }) => learn.setContext({ screen }));
    await toTryIt(el);
    $(el, '[part~="try-it-button"]')!.click();
    await until(() => $(el, '[part~="complete"]'));
  });

  it('nobody listens: says the page cannot take them there, and Mark as done goes on', async () => {
    const { el } = await setup(lessonHtml('crm-try-it'));
    await toTryIt(el);
    $(el, '[part~="try-it-button"]')!.click();
    await until(() => $(el, '[part~="mark-done"]'));
    expect(text($(el, '[part~="try-it-note"]'))).to.equal('This page can’t take you there. Open that screen yourself, then mark this step done.');
    expect(announced(el)).to.equal(text($(el, '[part~="try-it-note"]')));
    $(el, '[part~="mark-done"]')!.click();
    await until(() => $(el, '[part~="complete"]'));
  });
});
