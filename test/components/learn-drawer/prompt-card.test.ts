/// <reference types="mocha" />
/**
 * The drawer renders the SDK's proactive prompts beside the launcher: a suggested-lesson card and a
 * feedback card (`<learn-feedback variant="card">`). Neither takes focus from a field being typed
 * in; each reports its outcome back to the SDK (caps, `prompt-answered` / `prompt-closed`); axe
 * finds nothing in either.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { showPrompt } from '../../../components/learn-drawer/prompt-card.js';
import type { LearnEventMap } from '../../../sdk/types.js';
import { LESSON_INPUT, USER } from '../../sdk/lesson-fixtures.js';
import { setup, until, useDrawerTestHooks } from './fixtures.js';

const lessonPrompt: LearnEventMap['prompt'] = { prompt: { id: 'forecast-lesson', trigger: { visit: 'crm/forecast', count: 2 }, lesson: LESSON_INPUT.id }, surface: 'lesson' };
const feedbackPrompt: LearnEventMap['prompt'] = {
  prompt: { id: 'ease', trigger: { track: 'saved' }, feedback: { subject: 'screen:crm/opportunity', kind: 'stars', heading: 'How easy is it to keep an opportunity up to date?' } },
  surface: 'feedback',
};

describe('<learn-drawer> prompt cards', () => {
  useDrawerTestHooks();

  it('suggests a lesson without taking focus from the host field, and opens it in the drawer', async () => {
    const { learn, drawer } = await setup(undefined, { lessons: [LESSON_INPUT], user: USER });
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const answered: string[] = [];
    learn.on('prompt-answered', ({ id }) => answered.push(id));
    await showPrompt(drawer, learn, lessonPrompt);
    const card = drawer.shadowRoot!.querySelector<HTMLElement>('[part~="prompt-card"]')!;
    expect(card.textContent).to.contain(LESSON_INPUT.title);
    expect(document.activeElement).to.equal(input);
    await until(() => drawer.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes(LESSON_INPUT.title), 'announced');
    await expect(drawer).to.be.accessible();
    card.querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(() => learn.isOpen && learn.openTarget?.lesson === LESSON_INPUT.id, 'the lesson opens in the drawer');
    await until(() => answered.length === 1, 'answered');
    expect(drawer.shadowRoot!.querySelector('[part~="prompt"]')).to.equal(null);
    input.remove();
  });

  it('closes the lesson card with Escape or "Not now" and reports it closed', async () => {
    const { learn, drawer } = await setup(undefined, { lessons: [LESSON_INPUT], user: USER });
    const closed: string[] = [];
    learn.on('prompt-closed', ({ id }) => closed.push(id));
    await showPrompt(drawer, learn, lessonPrompt);
    const later = [...drawer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="prompt-card"] button')].find((b) => b.textContent === 'Not now')!;
    later.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => closed.length === 1, 'closed by Escape');
    await showPrompt(drawer, learn, lessonPrompt);
    [...drawer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="prompt-card"] button')].find((b) => b.textContent === 'Not now')!.click();
    await until(() => closed.length === 2, 'closed by Not now');
    expect(learn.isOpen).to.equal(false);
  });

  it('shows a feedback prompt as the feedback card, answered once sent', async () => {
    const { learn, drawer } = await setup(undefined, { user: USER });
    const answered: string[] = [];
    learn.on('prompt-answered', ({ id }) => answered.push(id));
    await showPrompt(drawer, learn, feedbackPrompt);
    const card = drawer.shadowRoot!.querySelector('learn-feedback')!;
    await until(() => card.shadowRoot?.textContent?.includes('How easy is it to keep an opportunity up to date?'), 'the card with its question');
    expect(card.getAttribute('variant')).to.equal('card');
    await expect(drawer).to.be.accessible();
    // Hidden while the drawer is open (nothing of it under the drawer, no focus stop), back after.
    const box = drawer.shadowRoot!.querySelector<HTMLElement>('[part~="prompt"]')!;
    learn.open();
    await until(() => getComputedStyle(box).visibility === 'hidden', 'hidden under the open drawer');
    learn.close();
    await until(() => getComputedStyle(box).visibility === 'visible', 'back when it closes');
    card.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
    await until(() => drawer.shadowRoot!.querySelector('[part~="prompt"]') === null, 'removed');
    expect(answered).to.deep.equal([]);
  });
});
