import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReviewState } from '../../../src/protocol/review.js';
import type { LessonProgress } from '../../../src/protocol/progress.js';
import {
  LEITNER_DAYS,
  answerCard,
  dueCards,
  enrolLesson,
  mergeReview,
  newProgress,
  pauseReview,
  resumeReview,
  reviewCardId,
} from '../../../src/lesson/index.js';
import { REG_1, T0, makeLesson } from './fixtures.js';

const DAY = 86_400_000;
const day = (n: number) => new Date(T0.getTime() + n * DAY);
const EMPTY: ReviewState = { cards: [] };

/** Completed progress: "categories" right at the first try, "signals" wrong at first and right on retry. */
function completed(): LessonProgress {
  return {
    ...newProgress(makeLesson(), { now: T0, registration: REG_1 }),
    status: 'completed',
    current: 'try',
    reached: 5,
    answers: {
      categories: { choices: ['commit'], correct: true, attempts: 1, firstCorrect: true },
      signals: { choices: ['signed-quote', 'budget'], correct: true, attempts: 2, firstCorrect: false },
    },
    score: 1,
    passed: true,
    completedAt: T0.toISOString(),
  };
}

function valid(state: ReviewState): ReviewState {
  assert.equal(ReviewState.safeParse(state).success, true, JSON.stringify(ReviewState.safeParse(state).error?.issues));
  return state;
}

describe('review: enrolment', () => {
  it('"missed" (the default) enrols only questions not right at the first try, due a day later', () => {
    const lesson = makeLesson();
    assert.equal(lesson.review, 'missed');
    const state = valid(enrolLesson(EMPTY, lesson, completed(), T0));
    assert.deepEqual(state.cards, [
      {
        id: 'crm-forecasting-basics/signals',
        lessonId: 'crm-forecasting-basics',
        stepId: 'signals',
        box: 1,
        reviews: 0,
        lapses: 0,
        dueAt: day(1).toISOString(),
        retired: false,
        updatedAt: T0.toISOString(),
      },
    ]);
  });

  it('"all" enrols every question; "none" nothing; an unfinished lesson nothing', () => {
    const all = valid(enrolLesson(EMPTY, makeLesson({ review: 'all' }), completed(), T0));
    assert.deepEqual(all.cards.map((c) => c.stepId), ['categories', 'signals']);
    assert.equal(enrolLesson(EMPTY, makeLesson({ review: 'none' }), completed(), T0), EMPTY);
    assert.equal(enrolLesson(EMPTY, makeLesson({ review: 'all' }), { ...completed(), status: 'in-progress' }, T0), EMPTY);
  });

  it('keeps an existing card’s schedule, but brings a retired card back when it is missed again', () => {
    const lesson = makeLesson({ review: 'all' });
    const state = enrolLesson(EMPTY, lesson, completed(), T0);
    const answered = answerCard(state, reviewCardId(lesson.id, 'signals'), true, day(1));
    assert.equal(enrolLesson(answered, lesson, completed(), day(2)), answered, 'taking the lesson again is not a review');

    const retired = { cards: answered.cards.map((c) => ({ ...c, box: 5, retired: true })) };
    const again = valid(enrolLesson(retired, lesson, completed(), day(40)));
    const signals = again.cards.find((c) => c.stepId === 'signals')!;
    assert.deepEqual([signals.retired, signals.box, signals.dueAt], [false, 1, day(41).toISOString()]);
    assert.equal(again.cards.find((c) => c.stepId === 'categories')!.retired, true, 'right at the first try: stays retired');
  });
});

describe('review: Leitner schedule', () => {
  const lesson = makeLesson();
  const id = reviewCardId(lesson.id, 'signals');
  const enrolled = enrolLesson(EMPTY, lesson, completed(), T0);

  it('moves a card up a box per right answer, 1/2/4/8/16 days, and retires it after a right answer in box 5', () => {
    assert.deepEqual(LEITNER_DAYS, [1, 2, 4, 8, 16]);
    let state = enrolled;
    let now = day(1);
    for (const [box, days] of [[2, 2], [3, 4], [4, 8], [5, 16]] as const) {
      assert.deepEqual(dueCards(state, now).map((c) => c.id), [id]);
      state = valid(answerCard(state, id, true, now));
      const card = state.cards[0]!;
      assert.equal(card.box, box);
      assert.equal(card.dueAt, new Date(now.getTime() + days * DAY).toISOString());
      assert.equal(card.lastReviewedAt, now.toISOString());
      assert.deepEqual(dueCards(state, new Date(now.getTime() + days * DAY - 1)), [], 'not due a millisecond early');
      now = new Date(now.getTime() + days * DAY);
    }
    state = valid(answerCard(state, id, true, now));
    assert.equal(state.cards[0]!.retired, true);
    assert.equal(state.cards[0]!.reviews, 5);
    assert.deepEqual(dueCards(state, day(1000)), [], 'retired cards are never due');
    assert.equal(answerCard(state, id, false, day(1000)), state, 'a retired card takes no answers');
  });

  it('a wrong answer sends the card back to box 1 and counts a lapse', () => {
    let state = answerCard(enrolled, id, true, day(1));
    state = answerCard(state, id, true, day(3));
    state = valid(answerCard(state, id, false, day(7)));
    const card = state.cards[0]!;
    assert.deepEqual([card.box, card.lapses, card.reviews, card.dueAt], [1, 1, 3, day(8).toISOString()]);
  });

  it('lists due cards oldest first and ignores unknown ids', () => {
    const state = enrolLesson(enrolLesson(EMPTY, makeLesson({ review: 'all' }), completed(), day(0)), makeLesson({ id: 'b-lesson', review: 'all' }), { ...completed(), lessonId: 'b-lesson' }, T0);
    const later = answerCard(state, reviewCardId('crm-forecasting-basics', 'categories'), false, day(0.5));
    assert.deepEqual(
      dueCards(later, day(2)).map((c) => c.id),
      ['b-lesson/categories', 'b-lesson/signals', 'crm-forecasting-basics/signals', 'crm-forecasting-basics/categories'],
    );
    assert.equal(answerCard(state, 'no-lesson/no-step', true, day(1)), state);
  });
});

describe('review: pause', () => {
  const lesson = makeLesson({ review: 'all' });
  const enrolled = enrolLesson(EMPTY, lesson, completed(), T0); // both due on day 1

  it('nothing is due while paused; resuming shifts every open card by the pause, so no backlog piles up', () => {
    const early = answerCard(enrolled, reviewCardId(lesson.id, 'categories'), true, day(1)); // due day 3
    const retired = { ...early, cards: [...early.cards, { ...early.cards[0]!, id: 'old/quiz', lessonId: 'old', stepId: 'quiz', retired: true, dueAt: day(0).toISOString() }] };
    const paused = valid(pauseReview(retired, day(2)));
    assert.equal(paused.pausedSince, day(2).toISOString());
    assert.equal(pauseReview(paused, day(3)), paused, 'pausing twice keeps the first start');
    assert.deepEqual(dueCards(paused, day(30)), []);

    const resumed = valid(resumeReview(paused, day(16))); // a 14-day holiday
    assert.equal(resumed.pausedSince, null);
    assert.equal(resumed.pauseUpdatedAt, day(16).toISOString());
    const due = (id: string) => resumed.cards.find((c) => c.id === id)!.dueAt;
    assert.equal(due(reviewCardId(lesson.id, 'signals')), day(15).toISOString(), 'was due day 1 (overdue at the pause): still overdue by the same day');
    assert.equal(due(reviewCardId(lesson.id, 'categories')), day(17).toISOString(), 'was due day 3, one day after the pause began');
    assert.equal(due('old/quiz'), day(0).toISOString(), 'retired cards are not moved');
    assert.deepEqual(dueCards(resumed, day(16)).map((c) => c.stepId), ['signals']);
    assert.equal(resumeReview(resumed, day(20)), resumed, 'resuming when not paused changes nothing');
  });

  it('a card enrolled during the pause is due a day after the return', () => {
    const paused = pauseReview(EMPTY, day(2));
    const enrolledMeanwhile = enrolLesson(paused, lesson, completed(), day(5));
    const resumed = resumeReview(enrolledMeanwhile, day(9));
    assert.deepEqual(resumed.cards.map((c) => c.dueAt), [day(10).toISOString(), day(10).toISOString()]);
  });
});

describe('review: merge', () => {
  const lesson = makeLesson({ review: 'all' });
  const base = enrolLesson(EMPTY, lesson, completed(), T0);
  const cat = reviewCardId(lesson.id, 'categories');
  const sig = reviewCardId(lesson.id, 'signals');

  it('per card, more reviews wins over a later update', () => {
    const phone = answerCard(base, cat, true, day(1));
    const laptop = resumeReview(pauseReview(base, day(1)), day(5)); // shifted later, but no review
    const merged = valid(mergeReview(laptop, phone));
    assert.equal(merged.cards.find((c) => c.id === cat)!.reviews, 1);
    assert.equal(merged.cards.find((c) => c.id === sig)!.dueAt, day(5).toISOString(), 'equal reviews: the later update (the shift) wins');
    assert.deepEqual(mergeReview(phone, laptop), merged, 'merging is symmetric');
  });

  it('takes cards only one side has, sorted by id', () => {
    const other = enrolLesson(EMPTY, makeLesson({ id: 'a-lesson', review: 'all' }), { ...completed(), lessonId: 'a-lesson' }, T0);
    const merged = valid(mergeReview(base, other));
    assert.deepEqual(merged.cards.map((c) => c.id), ['a-lesson/categories', 'a-lesson/signals', cat, sig]);
  });

  it('the pause follows whichever side set or ended it last', () => {
    const paused = pauseReview(base, day(1));
    const resumed = resumeReview(paused, day(3));
    assert.equal(mergeReview(paused, resumed).pausedSince, null);
    assert.equal(mergeReview(resumed, paused).pausedSince, null);
    assert.equal(mergeReview(base, paused).pausedSince, day(1).toISOString());
    assert.equal(mergeReview(paused, base).pausedSince, day(1).toISOString());
    assert.equal('pausedSince' in mergeReview(base, base), false);
  });
});
