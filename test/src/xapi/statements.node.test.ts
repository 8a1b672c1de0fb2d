import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XAPI_VERSION, XapiStatement } from '../../../src/protocol/xapi.js';
import type { QuizStep } from '../../../src/protocol/lesson.js';
import { applyAction, newProgress, type LessonAction } from '../../../src/lesson/index.js';
import {
  VERBS,
  buildStatement,
  isoDuration,
  lessonActivityId,
  statementProblems,
  stepActivityId,
  type XapiLessonEvent,
} from '../../../src/xapi/index.js';
import { REG_1, T0, at, makeLesson } from '../lesson/fixtures.js';

const BASE = 'https://help.example.com/xapi/';
const ACTOR = { objectType: 'Agent' as const, name: 'Maria Lindqvist', account: { homePage: 'https://crm.example.com', name: 'u-1042' } };

/** A statement id per call, like crypto.randomUUID but deterministic. */
function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Plays the fixture lesson: the first quiz wrong then right, the second right, and records what the element would. */
function fullRun() {
  const lesson = makeLesson();
  const events: XapiLessonEvent[] = [];
  let p = newProgress(lesson, { now: T0, registration: REG_1 });
  events.push({ type: 'launched', lesson, progress: p }, { type: 'initialized', lesson, progress: p });
  const actions: LessonAction[] = [
    { type: 'next' },
    { type: 'answer', stepId: 'categories', choices: ['best-case'] },
    { type: 'retry', stepId: 'categories' },
    { type: 'answer', stepId: 'categories', choices: ['commit'] },
    { type: 'next' },
    { type: 'next' },
    { type: 'answer', stepId: 'signals', choices: ['budget', 'signed-quote'] },
    { type: 'next' },
    { type: 'next' },
    { type: 'active', ms: 83_400 },
    { type: 'next' },
  ];
  actions.forEach((action, i) => {
    p = applyAction(lesson, p, action, at(i + 1));
    if (action.type === 'answer') {
      const step = lesson.steps.find((s): s is QuizStep => s.id === action.stepId && s.kind === 'quiz')!;
      const answer = p.answers[step.id]!;
      events.push({ type: 'answered', lesson, progress: p, step, choices: answer.choices, correct: answer.correct });
    }
  });
  assert.equal(p.status, 'completed');
  events.push({ type: 'completed', lesson, progress: p }, { type: p.passed ? 'passed' : 'failed', lesson, progress: p }, { type: 'terminated', lesson, progress: p });
  return events.map((event, i) =>
    buildStatement({ event, actor: ACTOR, activityBase: BASE, screen: 'crm/opportunity', locale: 'sv', id: uuid(i + 1), timestamp: at(20 + i) }),
  );
}

describe('xAPI statements for a lesson run', () => {
  const statements = fullRun();

  it('come in the cmi5 order with the ADL verbs', () => {
    assert.deepEqual(
      statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', '')),
      ['launched', 'initialized', 'answered', 'answered', 'answered', 'completed', 'passed', 'terminated'],
    );
    for (const [name, verb] of Object.entries(VERBS)) assert.equal(verb.id, `http://adlnet.gov/expapi/verbs/${name}`);
  });

  it('every one passes statementProblems and the XapiStatement schema', () => {
    for (const statement of statements) {
      assert.deepEqual(statementProblems(statement), [], statement.verb.id);
      const parsed = XapiStatement.safeParse(JSON.parse(JSON.stringify(statement)));
      assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues));
      assert.equal(statement.version, XAPI_VERSION);
    }
  });

  it('share the registration, the screen extension and the locale; ids and timestamps are the ones passed in', () => {
    assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
    for (const s of statements) {
      assert.equal(s.context?.registration, REG_1);
      assert.equal(s.context?.language, 'sv');
      assert.deepEqual(s.context?.extensions, { 'https://learnflow.dev/xapi/extensions/screen': 'crm/opportunity' });
      assert.deepEqual(s.actor, ACTOR);
    }
    assert.equal(statements[0]!.timestamp, at(20).toISOString());
  });

  it('describe a quiz answer as a choice interaction under its lesson', () => {
    const [wrong, , multiple] = statements.slice(2, 5);
    assert.equal(wrong!.object.id, 'https://help.example.com/xapi/lessons/crm-forecasting-basics/steps/categories');
    assert.deepEqual(wrong!.result, { response: 'best-case', success: false });
    const def = wrong!.object.definition!;
    assert.equal(def.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
    assert.equal(def.interactionType, 'choice');
    assert.deepEqual(def.correctResponsesPattern, ['commit']);
    assert.deepEqual(def.choices?.map((c) => c.id), ['commit', 'best-case', 'pipeline']);
    assert.deepEqual(wrong!.context?.contextActivities?.parent?.map((a) => a.id), ['https://help.example.com/xapi/lessons/crm-forecasting-basics']);
    assert.deepEqual(multiple!.result, { response: 'signed-quote[,]budget', success: true });
    assert.deepEqual(multiple!.object.definition?.correctResponsesPattern, ['signed-quote[,]budget']);
  });

  it('carry score and duration on completed/passed, duration only on terminated, nothing on launched', () => {
    const [launched, , , , , completed, passed, terminated] = statements;
    assert.equal(launched!.result, undefined);
    assert.equal(launched!.object.definition?.type, 'http://adlnet.gov/expapi/activities/lesson');
    assert.deepEqual(launched!.object.definition?.name, { en: 'Forecasting basics' });
    assert.deepEqual(completed!.result, { completion: true, duration: 'PT1M23.4S', score: { scaled: 1, raw: 2, min: 0, max: 2 } });
    assert.deepEqual(passed!.result, { success: true, duration: 'PT1M23.4S', score: { scaled: 1, raw: 2, min: 0, max: 2 } });
    assert.deepEqual(terminated!.result, { duration: 'PT1M23.4S' });
  });

  it('a lesson without questions reports no score (min = max would be invalid), and a failed run says so', () => {
    const reading = makeLesson({ steps: [{ id: 'only', kind: 'text', body: 'Read.' }] });
    const done = applyAction(reading, newProgress(reading, { now: T0, registration: REG_1 }), { type: 'next' }, at(1));
    const s = buildStatement({ event: { type: 'passed', lesson: reading, progress: done }, actor: ACTOR, activityBase: BASE, locale: 'en', id: uuid(1), timestamp: at(2) });
    assert.deepEqual(s.result, { success: true, duration: 'PT0S' });
    assert.equal(s.context?.extensions, undefined, 'no screen, no extension');
    assert.deepEqual(statementProblems(s), []);

    const lesson = makeLesson();
    const failedRun = { ...newProgress(lesson, { now: T0, registration: REG_1 }), status: 'completed' as const };
    const failed = buildStatement({ event: { type: 'failed', lesson, progress: failedRun }, actor: ACTOR, activityBase: BASE, locale: 'en', id: uuid(2), timestamp: at(2) });
    assert.deepEqual(failed.result?.score, { scaled: 0, raw: 0, min: 0, max: 2 });
    assert.equal(failed.result?.success, false);
    assert.deepEqual(statementProblems(failed), []);
  });
});

describe('xAPI helpers', () => {
  it('isoDuration writes ISO 8601 durations to the centisecond', () => {
    const cases: [number, string][] = [
      [83_400, 'PT1M23.4S'],
      [0, 'PT0S'],
      [-5, 'PT0S'],
      [Number.NaN, 'PT0S'],
      [1_000, 'PT1S'],
      [1_050, 'PT1.05S'],
      [60_000, 'PT1M'],
      [3_600_000, 'PT1H'],
      [3_723_450, 'PT1H2M3.45S'],
      [4, 'PT0S'],
      [5, 'PT0.01S'],
    ];
    for (const [ms, text] of cases) assert.equal(isoDuration(ms), text, String(ms));
    for (const [ms] of cases) assert.deepEqual(statementProblems({ ...validStatement(), result: { duration: isoDuration(ms) } }), []);
  });

  it('activity ids join the base, lesson and step, with or without a trailing slash', () => {
    assert.equal(lessonActivityId(BASE, 'a'), 'https://help.example.com/xapi/lessons/a');
    assert.equal(lessonActivityId('https://help.example.com/xapi', 'a'), 'https://help.example.com/xapi/lessons/a');
    assert.equal(stepActivityId(BASE, 'a', 'q1'), 'https://help.example.com/xapi/lessons/a/steps/q1');
  });
});

function validStatement() {
  return {
    id: uuid(1),
    actor: ACTOR,
    verb: VERBS.completed,
    object: { objectType: 'Activity', id: 'https://help.example.com/xapi/lessons/a' },
    timestamp: '2026-11-25T09:00:00.000Z',
    version: '1.0.3',
  };
}
