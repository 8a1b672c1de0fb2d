/// <reference types="mocha" />
/**
 * Learning inside the drawer: lessons for the current screen, a lesson played in the drawer
 * (`<learn-lesson size="full">`, its own chunk), the daily review of due questions with the
 * explanation after each answer, and the due count on the launcher.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReviewState } from '../../../src/protocol/index.js';
import { LESSON_INPUT, OTHER_LESSON_INPUT, USER } from '../../sdk/lesson-fixtures.js';
import type { LearnDrawerPanel } from '../../../components/learn-drawer/panel/learn-drawer-panel.js';
import { $, $$, clickOpen, launcherOf, setup, until, useDrawerTestHooks } from './fixtures.js';

const HOUR = 3_600_000;

function dueReview(): ReviewState {
  const past = new Date(Date.now() - 2 * HOUR).toISOString();
  const card = (stepId: string) => ({ id: `forecast-basics/${stepId}`, lessonId: 'forecast-basics', stepId, box: 1, reviews: 0, lapses: 0, dueAt: past, retired: false, updatedAt: past });
  return { cards: [card('q1'), card('q2')] };
}

const LESSONS = [LESSON_INPUT, OTHER_LESSON_INPUT];

/** The review renders in a shadow root of its own (it wears the lesson player's look). */
const inReview = <E extends Element = HTMLElement>(panel: LearnDrawerPanel, selector: string) =>
  $(panel, 'learn-drawer-review')?.shadowRoot?.querySelector<E>(selector) ?? null;
const allInReview = <E extends Element = HTMLElement>(panel: LearnDrawerPanel, selector: string) => [
  ...($(panel, 'learn-drawer-review')?.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

/** "Check answer". */
function checkAnswer(panel: LearnDrawerPanel): void {
  inReview(panel, '[part~="check-button"]')!.click();
}

describe('<learn-drawer> lessons and review', () => {
  useDrawerTestHooks();

  it('lists the lessons for this screen with their length, and plays one inside the drawer', async () => {
    const { drawer } = await setup(undefined, { lessons: LESSONS });
    const panel = await clickOpen(drawer);
    const entries = $$(panel, '[data-lesson]');
    // Only the lesson about this screen (crm/opportunity), not the account one.
    expect(entries.map((e) => e.dataset['lesson'])).to.deep.equal(['forecast-basics']);
    expect(entries[0]!.textContent).to.contain('Forecast basics').and.contain('2 min');

    entries[0]!.click();
    await until(() => $(panel, 'learn-lesson')?.shadowRoot?.querySelector('[part~="intro"]'), 'the lesson player shows the lesson');
    const player = $(panel, 'learn-lesson')!;
    expect(player.getAttribute('lesson')).to.equal('forecast-basics');
    expect(player.getAttribute('size')).to.equal('full');
    // Focus leaves the clicked entry (gone with the home view) for the lesson's title, as for an article.
    await until(() => player.shadowRoot!.activeElement?.getAttribute('part') === 'title', 'the lesson title has focus');
    await expect(panel).to.be.accessible();

    $(panel, '[part~="back-button"]')!.click();
    await until(() => $(panel, '[data-lesson]'), 'back on the home view');
    expect($(panel, 'learn-lesson')).to.equal(null);
  });

  it('finds lessons in search, says which results are lessons, and opens one with Enter; back returns to the results', async () => {
    const { drawer } = await setup(undefined, { lessons: LESSONS });
    const panel = await clickOpen(drawer);
    $<HTMLInputElement>(panel, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'merging' });
    await until(() => $$(panel, '[role="option"]').length > 0, 'results');
    const option = $(panel, '[role="option"]')!;
    expect(option.textContent).to.contain('Lesson:').and.contain('Merging accounts');
    await expect(panel).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(panel, 'learn-lesson[lesson="merge-basics"]'), 'the lesson opens');
    $(panel, '[part~="back-button"]')!.click();
    await until(() => $$(panel, '[role="option"]').length > 0, 'back on the results');
    expect($<HTMLInputElement>(panel, 'input[type="search"]')!.value).to.equal('merging');
  });

  it('opens a lesson from the host with learn.open({ lesson })', async () => {
    const { drawer, learn } = await setup(undefined, { lessons: LESSONS });
    learn.open({ lesson: 'merge-basics' });
    await until(() => drawer.shadowRoot!.querySelector('learn-drawer-panel')?.shadowRoot?.querySelector('learn-lesson[lesson="merge-basics"]'), 'the lesson opens');
  });

  it('shows how many questions are due on the launcher and on the home view, and reviews them', async () => {
    const { drawer, learn, backend } = await setup(undefined, { lessons: LESSONS, user: USER, waitForCatalog: false });
    backend.writes.user(USER.id).review = dueReview();
    await learn.lessons.get('forecast-basics'); // loads the engine, which merges the server's schedule
    await until(() => learn.review.dueCount === 2, 'the schedule arrives from the server');
    const panel = await clickOpen(drawer);
    const launcher = launcherOf(drawer);
    // The badge's chunk loads once something is due.
    await until(() => launcher.querySelector('[part~="launcher-badge"]:not([hidden])'), 'the launcher shows the count');
    const badge = launcher.querySelector<HTMLElement>('[part~="launcher-badge"]')!;
    expect(badge.textContent).to.equal('2');
    expect(launcher.getAttribute('aria-label')).to.equal('Help 2 to review');
    await expect(drawer).to.be.accessible(); // the name contains the visible "Help 2" (label in name)

    const entry = await (async () => {
      await until(() => $(panel, '[part~="review-entry"]'), 'the home view offers the review');
      return $(panel, '[part~="review-entry"]')!;
    })();
    expect(entry.textContent).to.contain('Review: 2 questions due');
    entry.click();
    await until(() => inReview(panel, 'fieldset'), 'the first question');
    expect(inReview(panel, 'legend')!.textContent).to.equal('Which deals count in Commit?');
    const review = $(panel, 'learn-drawer-review')!;
    await until(() => review.shadowRoot!.activeElement?.id === 'review-heading', 'the review heading takes focus');
    expect(panel.shadowRoot!.activeElement).to.equal(review);
    await expect(panel).to.be.accessible();

    // A wrong answer: the explanation of the chosen choice and the right answer are shown and announced.
    const choices = allInReview<HTMLInputElement>(panel, 'input');
    choices[1]!.click();
    checkAnswer(panel);
    await until(() => inReview(panel, '[part~="feedback"]'), 'feedback');
    const feedback = inReview(panel, '[part~="feedback"]')!;
    expect(feedback.dataset['correct']).to.equal('false');
    expect(feedback.textContent).to.contain('That is the pipeline.').and.contain('Deals you are sure of');
    expect(inReview(panel, '[role="status"]')!.textContent).to.contain('Not quite.');
    await until(() => learn.review.dueCount === 1, 'the answer reschedules the card');
    await expect(panel).to.be.accessible();

    inReview(panel, '[data-review-next]')!.click();
    await until(() => inReview(panel, 'legend')?.textContent === 'Who approves a 15 % discount?', 'the next question');
    allInReview<HTMLInputElement>(panel, 'input')[1]!.click();
    checkAnswer(panel);
    await until(() => inReview(panel, '[part~="feedback"]')?.dataset['correct'] === 'true', 'right');
    inReview(panel, '[data-review-next]')!.click();
    await until(() => inReview(panel, '.state-title')?.textContent?.includes('Done for today: 1 of 2 right.'), 'the summary');
    await until(() => badge.hidden, 'nothing due any more');
    expect(launcher.hasAttribute('aria-label')).to.equal(false);
  });

  it('pauses the review for a holiday and resumes it', async () => {
    const { drawer, learn, backend } = await setup(undefined, { lessons: LESSONS, user: USER, waitForCatalog: false });
    backend.writes.user(USER.id).review = dueReview();
    await learn.lessons.get('forecast-basics');
    await until(() => learn.review.dueCount === 2);
    const panel = await clickOpen(drawer);
    learn.open({ review: true });
    await until(() => inReview(panel, '.pause button'), 'the pause button');
    inReview(panel, '.pause button')!.click();
    await until(() => learn.review.paused && inReview(panel, '.state-title')?.textContent === 'Review is paused', 'paused');
    expect(learn.review.dueCount).to.equal(0);
    await expect(panel).to.be.accessible();
    inReview(panel, '.state .button')!.click();
    await until(() => !learn.review.paused && inReview(panel, 'fieldset'), 'resumed, questions back');
    expect(learn.review.dueCount).to.equal(2);
  });

  it('says so when nothing is due', async () => {
    const { drawer, learn } = await setup(undefined, { lessons: LESSONS, user: USER });
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="review-entry"]')).to.equal(null);
    // Nothing due: the badge's code was never loaded.
    expect(launcherOf(drawer).querySelector('[part~="launcher-badge"]')).to.equal(null);
    learn.open({ review: true });
    await until(() => inReview(panel, '.state-title')?.textContent === 'Nothing to review right now', 'the empty state');
    await expect(panel).to.be.accessible();
  });
});
