/**
 * The lesson, progress and review schemas built without z.discriminatedUnion, z.record, z.int and
 * z.refine, z.extend and z.nullable (src/protocol/primitives.ts says why): they must refuse and fill in what those did.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Article, IsoDateTime, Lesson, LessonProgress, ReviewCard, ReviewState, XapiVerb } from '../../../src/protocol/index.js';

const meta = { id: 'l', title: 'L', minutes: 2, updatedAt: '2026-11-01T08:00:00Z' };
const quiz = { id: 'q', kind: 'quiz', question: '?', choices: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B' }] };
const video = { id: 'v', kind: 'video', src: '/v.mp4', captions: '/v.vtt', extra: 1 };
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const progress = {
  lessonId: 'l', lessonUpdatedAt: meta.updatedAt, attempt: 1, registration: '0f8fad5b-d9cb-469f-a165-70867728950e', status: 'in-progress',
  current: 'q', reached: 0, startedAt: meta.updatedAt, updatedAt: meta.updatedAt, activeMs: 0,
};

describe('learning schemas', () => {
  it('parses each step by its kind: defaults filled, unknown keys dropped', () => {
    const lesson = Lesson.parse({ ...meta, steps: [quiz, video] });
    assert.deepEqual(lesson.steps[1], { id: 'v', kind: 'video', src: '/v.mp4', captions: '/v.vtt', captionsLang: 'en' });
    const q = lesson.steps[0]!;
    assert.ok(q.kind === 'quiz' && q.multiple === false && q.choices[1]!.correct === false);
  });

  it('refuses an unknown kind, a step missing what its kind needs, with the step in the path', () => {
    assert.match(paths(Lesson.safeParse({ ...meta, steps: [{ id: 'x', kind: 'poll' }] })).join(), /^steps\.0\.kind: /);
    assert.deepEqual(paths(Lesson.safeParse({ ...meta, steps: [{ ...video, captions: undefined }] })).map((p) => p.split(':')[0]), ['steps.0.captions']);
  });

  it('quiz and lesson rules report every failure with its message and path', () => {
    const none = { ...quiz, choices: quiz.choices.map((c) => ({ ...c, correct: false, id: 'a' })) };
    assert.deepEqual(paths(Lesson.safeParse({ ...meta, steps: [none, { ...quiz }] })), [
      'steps.0.choices: a quiz needs at least one correct choice',
      'steps.0.choices: a single-choice quiz has exactly one correct choice (set multiple: true for more)',
      'steps.0.choices: choice ids must be unique',
    ]);
    assert.deepEqual(paths(Lesson.safeParse({ ...meta, steps: [quiz, quiz] })), ['steps: step ids must be unique within a lesson']);
  });

  it('maps keyed by step id: keys and values checked, the key in the path', () => {
    const ok = LessonProgress.parse({ ...progress, answers: { q: { choices: ['a'], correct: true, attempts: 1, firstCorrect: true } }, media: { v: 12.5 } });
    assert.deepEqual(ok.checked, {});
    assert.equal(ok.media['v'], 12.5);
    assert.deepEqual(paths(LessonProgress.safeParse({ ...progress, media: { 'Not A Slug': 1, v: -1 } })).map((p) => p.split(':')[0]), ['media.Not A Slug', 'media.v']);
    assert.equal(LessonProgress.safeParse({ ...progress, checked: [] }).success, false);
  });

  it('whole numbers only where counts are kept', () => {
    assert.deepEqual(paths(LessonProgress.safeParse({ ...progress, attempt: 1.5 })), ['attempt: must be a whole number']);
    assert.equal(LessonProgress.safeParse({ ...progress, attempt: 0 }).success, false);
    const card = { id: 'l/q', lessonId: 'l', stepId: 'q', box: 6, reviews: 0, lapses: 0, dueAt: meta.updatedAt, updatedAt: meta.updatedAt };
    assert.equal(ReviewCard.safeParse(card).success, false);
    assert.equal(ReviewCard.safeParse({ ...card, box: 5 }).success, true);
  });

  it('xAPI language maps check their language tags', () => {
    assert.equal(XapiVerb.safeParse({ id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } }).success, true);
    assert.equal(XapiVerb.safeParse({ id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'not a tag': 'passed' } }).success, false);
  });

  it('a review pause is a date, null (ended) or absent, with the date format message where it is neither', () => {
    assert.equal(ReviewState.parse({ cards: [], pausedSince: null }).pausedSince, null);
    assert.ok(!('pausedSince' in ReviewState.parse({ cards: [] })));
    const bad = ReviewState.safeParse({ cards: [], pausedSince: 'tomorrow' });
    assert.deepEqual(paths(bad), [`pausedSince: ${IsoDateTime.safeParse('tomorrow').error!.issues[0]!.message}`]);
    assert.equal(paths(ReviewState.safeParse({ cards: [], pausedSince: 3 })).length, 1);
  });

  it('an article is its meta plus body and html, defaults filled and unknown keys dropped', () => {
    const article = Article.parse({ id: 'a', title: 'A', updatedAt: meta.updatedAt, body: '# A', extra: 1 });
    assert.deepEqual(article, { id: 'a', title: 'A', summary: '', tags: [], contexts: [], locale: 'en', updatedAt: meta.updatedAt, headings: [], body: '# A' });
    assert.deepEqual(paths(Article.safeParse({ id: 'a', title: '', updatedAt: meta.updatedAt })).map((p) => p.split(':')[0]), ['title', 'body']);
  });
});
