/// <reference types="mocha" />
/**
 * `learn.review`: cards enrolled on completion, merged from the server at start, due questions
 * with their lessons, answers that reschedule (and sync), pause and resume, and a due count that
 * is there at start without the engine (the launcher's badge).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ReviewState } from '../../src/protocol/index.js';
import { cleanup, freshTenant, nextEvent } from './helpers.js';
import { FULL_RUN, LESSON, USER, memory, progressAfter, start } from './lesson-fixtures.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

function dueState(): ReviewState {
  const past = Date.now() - 2 * HOUR;
  return {
    cards: [
      { id: `${LESSON.id}/q2`, lessonId: LESSON.id, stepId: 'q2', box: 1, reviews: 0, lapses: 0, dueAt: iso(past), retired: false, updatedAt: iso(past) },
      { id: `${LESSON.id}/q1`, lessonId: LESSON.id, stepId: 'q1', box: 2, reviews: 1, lapses: 0, dueAt: iso(past + HOUR), retired: false, updatedAt: iso(past) },
      { id: 'gone-lesson/q9', lessonId: 'gone-lesson', stepId: 'q9', box: 1, reviews: 0, lapses: 0, dueAt: iso(past), retired: false, updatedAt: iso(past) },
    ],
  };
}

describe('learn.review', () => {
  afterEach(cleanup);

  it('enrols the questions missed in a completed lesson, due tomorrow, and syncs them', async () => {
    const backend = memory();
    const learn = start(backend, freshTenant());
    const change = nextEvent(learn, 'review-change', (r) => !r.paused);
    await learn.lessons.save(LESSON, progressAfter(FULL_RUN));
    expect(await change).to.deep.equal({ due: 0, paused: false });
    expect(learn.review.dueCount).to.equal(0);
    expect(await learn.review.due()).to.deep.equal([]);
    await learn.sync.flush();
    // q1 was right at the first try; q2 was missed, so only q2 comes back (review: missed).
    const cards = backend.writes.user(USER.id).review.cards;
    expect(cards.map((c) => c.id)).to.deep.equal([`${LESSON.id}/q2`]);
    expect(Date.parse(cards[0]!.dueAt) - Date.now()).to.be.within(24 * HOUR - 60_000, 24 * HOUR);
  });

  it('merges the schedule from the server at start; due questions come with their lesson; answers reschedule and sync', async () => {
    const backend = memory();
    backend.writes.user(USER.id).review = dueState();
    const learn = start(backend, freshTenant());
    await waitUntil(() => learn.review.dueCount === 3, 'merged from the server');
    const due = await learn.review.due();
    // The card of an unpublished lesson waits; the others come oldest first.
    expect(due.map((q) => q.card.id)).to.deep.equal([`${LESSON.id}/q2`, `${LESSON.id}/q1`]);
    expect(due[0]!.step.question).to.equal('Who approves a 15 % discount?');
    expect(due[0]!.lesson.id).to.equal(LESSON.id);

    const change = nextEvent(learn, 'review-change');
    await learn.review.answer(`${LESSON.id}/q2`, true);
    expect(await change).to.deep.equal({ due: 2, paused: false });
    await learn.sync.flush();
    const card = backend.writes.user(USER.id).review.cards.find((c) => c.id === `${LESSON.id}/q2`);
    expect(card).to.include({ box: 2, reviews: 1 });
    expect(Date.parse(card!.dueAt) - Date.now()).to.be.within(2 * 24 * HOUR - 60_000, 2 * 24 * HOUR);
  });

  it('pauses (nothing due) and resumes', async () => {
    const backend = memory();
    backend.writes.user(USER.id).review = dueState();
    const learn = start(backend, freshTenant());
    await waitUntil(() => learn.review.dueCount === 3);
    await learn.review.pause();
    expect(learn.review.paused).to.equal(true);
    expect(learn.review.dueCount).to.equal(0);
    expect(await learn.review.due()).to.deep.equal([]);
    await learn.review.resume();
    expect(learn.review.paused).to.equal(false);
    expect(learn.review.dueCount).to.equal(3);
  });

  it('knows the due count at the next start from its summary, before the engine loads', async () => {
    const backend = memory();
    backend.writes.user(USER.id).review = dueState();
    const tenant = freshTenant();
    const first = start(backend, tenant);
    await waitUntil(() => first.review.dueCount === 3);
    first.destroy();
    // No server data this time (read-only, no user data): the count can only come from the summary.
    const offline = Object.assign(Object.create(backend) as typeof backend, { userData: undefined, send: undefined });
    const second = start(offline, tenant);
    expect((await nextEvent(second, 'review-change')).due).to.equal(3);
    expect(second.review.dueCount).to.equal(3);
  });
});
