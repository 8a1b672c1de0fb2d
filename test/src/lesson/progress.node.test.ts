import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyAction, fitProgress, mergeProgress, newProgress } from '../../../src/lesson/index.js';
import type { LessonProgress } from '../../../src/protocol/progress.js';
import { REG_1, REG_2, T0, at, makeLesson } from './fixtures.js';

const lesson = makeLesson();

function progressAt(stepId: string, extra: Partial<LessonProgress> = {}): LessonProgress {
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  return { ...newProgress(lesson, { now: T0, registration: REG_1 }), current: stepId, reached: index, ...extra };
}

describe('fitProgress', () => {
  it('keeps progress that fits, stamped with the lesson version', () => {
    const stored = progressAt('walkthrough', {
      lessonUpdatedAt: '2026-01-01T00:00:00.000Z',
      answers: { categories: { choices: ['commit'], correct: true, attempts: 1, firstCorrect: true } },
      media: { walkthrough: 40 },
    });
    const fitted = fitProgress(lesson, stored);
    assert.ok(fitted.progress);
    assert.deepEqual(fitted.progress, { ...stored, lessonUpdatedAt: lesson.updatedAt });
  });

  it('refuses progress of another lesson, or whose current step is gone', () => {
    const other = fitProgress(lesson, { ...progressAt('intro'), lessonId: 'another-lesson' });
    assert.equal(other.progress, null);
    assert.match('reason' in other ? other.reason : '', /another-lesson/);

    const gone = fitProgress(lesson, progressAt('intro', { current: 'old-step' }));
    assert.equal(gone.progress, null);
    assert.match('reason' in gone ? gone.reason : '', /old-step/);
  });

  it('drops what belongs to steps that are gone or changed kind, and re-judges answers by today’s quiz', () => {
    const edited = makeLesson({
      steps: [
        { id: 'intro', kind: 'text', body: 'Now with a checklist where the video was.' },
        // The owner corrected the quiz: "best-case" is now the right answer.
        { id: 'categories', kind: 'quiz', question: 'Q?', choices: [{ id: 'commit', text: 'Commit' }, { id: 'best-case', text: 'Best case', correct: true }] },
        { id: 'walkthrough', kind: 'checklist', items: ['one'] },
        { id: 'signals', kind: 'quiz', multiple: true, question: 'Q?', choices: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B' }] },
      ],
    });
    const stored = progressAt('walkthrough', {
      reached: 5,
      answers: {
        categories: { choices: ['commit'], correct: true, attempts: 1, firstCorrect: true },
        signals: { choices: ['signed-quote'], correct: false, attempts: 1, firstCorrect: false }, // its choices are gone
        removed: { choices: ['x'], correct: true, attempts: 1, firstCorrect: true },
      },
      checked: { 'do-it': [0], walkthrough: [0, 3, 0] },
      media: { walkthrough: 10 },
      tried: ['try'],
    });
    const fitted = fitProgress(edited, stored);
    assert.ok(fitted.progress);
    const p = fitted.progress;
    assert.deepEqual(p.answers, { categories: { choices: ['commit'], correct: false, attempts: 1, firstCorrect: true } });
    assert.deepEqual(p.checked, { walkthrough: [0] });
    assert.deepEqual(p.media, {});
    assert.deepEqual(p.tried, []);
    assert.equal(p.reached, 3, 'reached cannot point past the last step');
    assert.equal(p.current, 'walkthrough');
  });

  it('keeps an answer waiting for a retry', () => {
    const waiting = { choices: [], correct: false, attempts: 2, firstCorrect: false };
    const fitted = fitProgress(lesson, progressAt('categories', { answers: { categories: waiting } }));
    assert.deepEqual(fitted.progress?.answers, { categories: waiting });
  });

  it('raises reached to the current step when a copy says less', () => {
    const fitted = fitProgress(lesson, progressAt('signals', { reached: 0 }));
    assert.equal(fitted.progress?.reached, 3);
  });
});

describe('mergeProgress (furthest wins)', () => {
  const base = progressAt('walkthrough');

  it('a later attempt wins over a further step of an earlier one', () => {
    const earlier = { ...base, status: 'completed' as const, reached: 5, current: 'try', updatedAt: at(50).toISOString() };
    const restarted = applyAction(lesson, earlier, { type: 'restart', registration: REG_2 }, at(10));
    assert.equal(mergeProgress(earlier, restarted), restarted);
    assert.equal(mergeProgress(restarted, earlier), restarted);
  });

  it('then completed wins over in progress, whatever the step', () => {
    const done = { ...base, status: 'completed' as const, reached: 2 };
    const further = { ...base, reached: 4, current: 'do-it' };
    assert.equal(mergeProgress(further, done), done);
    assert.equal(mergeProgress(done, further), done);
  });

  it('then the furthest step reached, then the later update', () => {
    const behind = { ...base, reached: 1, current: 'categories', updatedAt: at(90).toISOString() };
    const ahead = { ...base, reached: 3, current: 'signals', updatedAt: at(5).toISOString() };
    assert.equal(mergeProgress(behind, ahead), ahead);
    assert.equal(mergeProgress(ahead, behind), ahead);

    const older = { ...base, updatedAt: at(1).toISOString() };
    const newer = { ...base, updatedAt: at(2).toISOString(), media: { walkthrough: 30 } };
    assert.equal(mergeProgress(older, newer), newer);
    assert.equal(mergeProgress(newer, older), newer);
  });

  it('keeps the first on a full tie and refuses to merge two lessons', () => {
    const twin = { ...base };
    assert.equal(mergeProgress(base, twin), base);
    assert.throws(() => mergeProgress(base, { ...base, lessonId: 'other' }), RangeError);
  });
});
