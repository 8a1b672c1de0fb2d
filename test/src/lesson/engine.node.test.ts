import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LessonProgress } from '../../../src/protocol/progress.js';
import { applyAction, canGoNext, currentStep, newProgress, scoreOf, type LessonAction } from '../../../src/lesson/index.js';
import type { Lesson } from '../../../src/protocol/lesson.js';
import { REG_1, REG_2, T0, at, makeLesson } from './fixtures.js';

/** Apply actions one minute apart, checking after each that the result is still a valid LessonProgress and the input was not mutated. */
function run(lesson: Lesson, progress: LessonProgress, actions: LessonAction[], startMinute = 1): LessonProgress {
  let p = progress;
  actions.forEach((action, i) => {
    const before = structuredClone(p);
    const next = applyAction(lesson, Object.freeze(p), action, at(startMinute + i));
    assert.deepEqual(p, before, `${action.type} mutated its input`);
    assert.equal(LessonProgress.safeParse(next).success, true, `${action.type} produced an invalid progress`);
    p = next;
  });
  return p;
}

describe('lesson engine', () => {
  const lesson = makeLesson();

  it('starts on the first step with nothing answered', () => {
    const p = newProgress(lesson, { now: T0, registration: REG_1 });
    assert.equal(LessonProgress.safeParse(p).success, true);
    assert.equal(p.current, 'intro');
    assert.equal(p.reached, 0);
    assert.equal(p.attempt, 1);
    assert.equal(p.registration, REG_1);
    assert.equal(p.status, 'in-progress');
    assert.equal(p.lessonUpdatedAt, lesson.updatedAt);
    assert.equal(p.startedAt, T0.toISOString());
    assert.deepEqual(currentStep(lesson, p), { step: lesson.steps[0], index: 0 });
  });

  it('holds Next on a quiz until it is answered; a wrong answer can be retried and then passed', () => {
    let p = run(lesson, newProgress(lesson, { now: T0, registration: REG_1 }), [{ type: 'next' }]);
    assert.equal(p.current, 'categories');
    assert.equal(p.reached, 1);
    assert.equal(canGoNext(lesson, p), false);
    assert.equal(applyAction(lesson, p, { type: 'next' }, at(2)), p, 'Next on an unanswered quiz is a no-op');

    p = run(lesson, p, [{ type: 'answer', stepId: 'categories', choices: ['best-case'] }]);
    assert.deepEqual(p.answers.categories, { choices: ['best-case'], correct: false, attempts: 1, firstCorrect: false });
    assert.equal(canGoNext(lesson, p), true, 'a wrong answer may be left');

    // A second click before Retry is not a second attempt.
    assert.equal(applyAction(lesson, p, { type: 'answer', stepId: 'categories', choices: ['commit'] }, at(3)), p);

    p = run(lesson, p, [{ type: 'retry', stepId: 'categories' }]);
    assert.deepEqual(p.answers.categories, { choices: [], correct: false, attempts: 1, firstCorrect: false });
    p = run(lesson, p, [{ type: 'answer', stepId: 'categories', choices: ['commit'] }]);
    assert.deepEqual(p.answers.categories, { choices: ['commit'], correct: true, attempts: 2, firstCorrect: false });
    assert.equal(applyAction(lesson, p, { type: 'retry', stepId: 'categories' }, at(9)), p, 'a right answer has nothing to retry');
    p = run(lesson, p, [{ type: 'next' }]);
    assert.equal(p.current, 'walkthrough');
  });

  it('refuses answers that are not answers: unknown step, not a quiz, no choice, two picks on a single-choice quiz', () => {
    const p = run(lesson, newProgress(lesson, { now: T0, registration: REG_1 }), [{ type: 'next' }]);
    for (const action of [
      { type: 'answer', stepId: 'nope', choices: ['commit'] },
      { type: 'answer', stepId: 'intro', choices: ['commit'] },
      { type: 'answer', stepId: 'categories', choices: [] },
      { type: 'answer', stepId: 'categories', choices: ['unknown-choice'] },
      { type: 'answer', stepId: 'categories', choices: ['commit', 'pipeline'] },
    ] satisfies LessonAction[]) {
      assert.equal(applyAction(lesson, p, action, at(5)), p, JSON.stringify(action));
    }
  });

  it('a multiple-choice quiz is right only with every correct choice and no wrong one, in any order', () => {
    const start = newProgress(lesson, { now: T0, registration: REG_1 });
    const judge = (choices: string[]) => run(lesson, start, [{ type: 'answer', stepId: 'signals', choices }]).answers.signals!;
    assert.equal(judge(['signed-quote']).correct, false);
    assert.equal(judge(['signed-quote', 'budget', 'liked-demo']).correct, false);
    const right = judge(['budget', 'signed-quote', 'budget']);
    assert.equal(right.correct, true);
    assert.deepEqual(right.choices, ['signed-quote', 'budget'], 'recorded once each, in the quiz order');
  });

  it('Next on the last step completes with the score; then the attempt is frozen', () => {
    const p = run(lesson, newProgress(lesson, { now: T0, registration: REG_1 }), [
      { type: 'next' },
      { type: 'answer', stepId: 'categories', choices: ['commit'] },
      { type: 'next' },
      { type: 'media', stepId: 'walkthrough', seconds: 12.5 },
      { type: 'next' },
      { type: 'answer', stepId: 'signals', choices: ['signed-quote', 'liked-demo'] },
      { type: 'next' },
      { type: 'check', stepId: 'do-it', item: 1, checked: true },
      { type: 'next' },
      { type: 'tried', stepId: 'try' },
      { type: 'active', ms: 83_400 },
      { type: 'next' },
    ]);
    assert.equal(p.status, 'completed');
    assert.equal(p.current, 'try');
    assert.equal(p.reached, 5);
    assert.equal(p.score, 0.5);
    assert.equal(p.passed, false, '1 of 2 is below the default pass mark of 0.8');
    assert.equal(p.completedAt, at(12).toISOString());
    assert.equal(p.updatedAt, at(12).toISOString());
    assert.equal(p.activeMs, 83_400);
    assert.deepEqual(p.media, { walkthrough: 12.5 });
    assert.deepEqual(p.checked, { 'do-it': [1] });
    assert.deepEqual(p.tried, ['try']);
    assert.deepEqual(scoreOf(lesson, p), { raw: 1, max: 2, scaled: 0.5, passed: false });

    assert.equal(canGoNext(lesson, p), false);
    assert.equal(applyAction(lesson, p, { type: 'next' }, at(20)), p, 'completing twice keeps the first completedAt');
    assert.equal(applyAction(lesson, p, { type: 'retry', stepId: 'signals' }, at(20)), p, 'a completed attempt takes no retry');
    // Once completed, any step can be revisited.
    assert.equal(run(lesson, p, [{ type: 'go', stepId: 'intro' }]).current, 'intro');
  });

  it('passes at the pass mark, and a lesson without quizzes passes with a full score', () => {
    const easy = makeLesson({ passMark: 0.5 });
    const start = newProgress(easy, { now: T0, registration: REG_1 });
    const half = run(easy, start, [{ type: 'answer', stepId: 'categories', choices: ['commit'] }]);
    assert.deepEqual(scoreOf(easy, half), { raw: 1, max: 2, scaled: 0.5, passed: true });

    const reading = makeLesson({ steps: [{ id: 'only', kind: 'text', body: 'Read me.' }] });
    const done = run(reading, newProgress(reading, { now: T0, registration: REG_1 }), [{ type: 'next' }]);
    assert.equal(done.status, 'completed');
    assert.equal(done.score, 1);
    assert.equal(done.passed, true);
  });

  it('restart begins attempt 2 with a new registration and nothing carried over', () => {
    const done = run(lesson, newProgress(lesson, { now: T0, registration: REG_1 }), [
      { type: 'answer', stepId: 'categories', choices: ['pipeline'] },
      { type: 'answer', stepId: 'signals', choices: ['budget'] },
      { type: 'active', ms: 5000 },
      { type: 'go', stepId: 'try' }, // not reached yet: ignored
    ]);
    assert.equal(done.current, 'intro');
    const again = run(lesson, done, [{ type: 'restart', registration: REG_2 }], 30);
    assert.equal(again.attempt, 2);
    assert.equal(again.registration, REG_2);
    assert.equal(again.status, 'in-progress');
    assert.equal(again.current, 'intro');
    assert.equal(again.reached, 0);
    assert.deepEqual(again.answers, {});
    assert.equal(again.activeMs, 0);
    assert.equal(again.startedAt, at(30).toISOString());
    assert.equal(again.score, undefined);
    assert.equal(again.completedAt, undefined);
  });

  it('Back and Go move among reached steps only; checklist, media and time ignore what does not fit', () => {
    let p = run(lesson, newProgress(lesson, { now: T0, registration: REG_1 }), [
      { type: 'next' },
      { type: 'answer', stepId: 'categories', choices: ['commit'] },
      { type: 'next' },
      { type: 'back' },
    ]);
    assert.equal(p.current, 'categories');
    assert.equal(p.reached, 2, 'going back keeps the furthest step');
    p = run(lesson, p, [{ type: 'go', stepId: 'walkthrough' }]);
    assert.equal(p.current, 'walkthrough');
    for (const action of [
      { type: 'go', stepId: 'signals' },
      { type: 'go', stepId: 'missing' },
      { type: 'check', stepId: 'do-it', item: 2, checked: true },
      { type: 'check', stepId: 'do-it', item: 0, checked: false },
      { type: 'check', stepId: 'intro', item: 0, checked: true },
      { type: 'media', stepId: 'walkthrough', seconds: -1 },
      { type: 'media', stepId: 'walkthrough', seconds: Number.NaN },
      { type: 'media', stepId: 'intro', seconds: 3 },
      { type: 'tried', stepId: 'do-it' },
      { type: 'active', ms: 0 },
      { type: 'active', ms: Number.POSITIVE_INFINITY },
    ] satisfies LessonAction[]) {
      assert.equal(applyAction(lesson, p, action, at(9)), p, JSON.stringify(action));
    }
    p = run(lesson, p, [
      { type: 'check', stepId: 'do-it', item: 1, checked: true },
      { type: 'check', stepId: 'do-it', item: 0, checked: true },
    ]);
    assert.deepEqual(p.checked['do-it'], [0, 1]);
    p = run(lesson, p, [{ type: 'check', stepId: 'do-it', item: 1, checked: false }]);
    assert.deepEqual(p.checked['do-it'], [0]);
  });

  it('falls back to the first step when current names no step (unfitted progress)', () => {
    const p = { ...newProgress(lesson, { now: T0, registration: REG_1 }), current: 'gone' };
    assert.equal(currentStep(lesson, p).index, 0);
  });
});
