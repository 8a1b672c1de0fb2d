/// <reference types="mocha" />
/**
 * `learn.lessons` over a memory backend: lessons cache first, progress saved and restored (and
 * discarded with a warning when it cannot be used), merged with the server's copy, learning
 * records that are valid xAPI, try-it navigation, lessons for the context.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { statementProblems } from '../../src/xapi/validate.js';
import { createLearn, httpBackend } from '../../sdk/index.js';
import type { LessonEvent } from '../../sdk/types.js';
import { backendFailure, catalogReady, cleanup, dbName, freshTenant, nextEvent, rawPut, track } from './helpers.js';
import { FULL_RUN, LESSON, LESSON_INPUT, USER, memory, outboxRows, progressAfter, start } from './lesson-fixtures.js';

describe('learn.lessons', () => {
  afterEach(cleanup);

  it('loads a lesson, then serves it from the cache when the backend is unreachable', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const first = start(backend, tenant);
    expect((await first.lessons.get(LESSON.id)).steps.map((s) => s.id)).to.deep.equal(['intro', 'q1', 'q2', 'try']);
    first.destroy();
    backend.setFailure('network');
    const second = start(backend, tenant);
    expect((await second.lessons.get(LESSON.id)).title).to.equal(LESSON.title);
    const error = await backendFailure(second.lessons.get('no-such-lesson'));
    expect(error.kind).to.equal('network');
    backend.setFailure(null);
    expect((await backendFailure(second.lessons.get('no-such-lesson'))).kind).to.equal('not-found');
  });

  it('refuses a malformed lesson from the server with invalid-response and an error event', async () => {
    const broken = { ...LESSON_INPUT, steps: [{ id: 'q', kind: 'quiz', question: 'Which?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] }] };
    const fetch = async (url: string) =>
      url.endsWith('/v1/lessons/forecast-basics')
        ? new Response(JSON.stringify(broken), { headers: { 'Content-Type': 'application/json' } })
        : new Response(JSON.stringify({ error: { code: 'not-found', message: 'nope' } }), { status: 404 });
    const learn = track(createLearn({ backend: httpBackend({ url: 'https://help.example.com/api', fetch }), tenant: freshTenant(), indexedDB: null }));
    const error = nextEvent(learn, 'error', (e) => e.source === 'lesson');
    const failure = await backendFailure(learn.lessons.get('forecast-basics'));
    expect(failure.kind).to.equal('invalid-response');
    expect(failure.message).to.contain('correct choice');
    expect((await error).kind).to.equal('invalid-response');
  });

  it('saves progress at once and restores it after a reload', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const first = start(backend, tenant, { user: null });
    const progress = progressAfter([{ type: 'next' }, { type: 'answer', stepId: 'q1', choices: ['a'] }]);
    const saved = nextEvent(first, 'lesson-progress');
    await first.lessons.save(LESSON, progress);
    expect((await saved).progress).to.deep.equal(progress);
    first.destroy();
    const second = start(backend, tenant, { user: null });
    expect(await second.lessons.progress(LESSON)).to.deep.equal(progress);
  });

  it('discards corrupt local progress with a warning, and progress on a step that is gone', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const learn = start(backend, tenant, { user: null });
    await learn.lessons.save(LESSON, progressAfter([{ type: 'next' }]));
    await rawPut(dbName(tenant), 'progress', LESSON.id, { v: 1, progress: { lessonId: LESSON.id, reached: 'far' } });
    const warning = nextEvent(learn, 'warning');
    expect(await learn.lessons.progress(LESSON)).to.equal(null);
    expect((await warning).message).to.match(/discarded.*corrupt/);
    expect(await learn.lessons.progress(LESSON)).to.equal(null);

    const onQ2 = progressAfter([{ type: 'next' }, { type: 'answer', stepId: 'q1', choices: ['a'] }, { type: 'next' }]);
    await learn.lessons.save(LESSON, onQ2);
    const edited = { ...LESSON, steps: LESSON.steps.filter((s) => s.id !== 'q2') };
    const gone = nextEvent(learn, 'warning');
    expect(await learn.lessons.progress(edited)).to.equal(null);
    expect((await gone).message).to.contain('"q2" is no longer');
  });

  it('resumes from the server when another device got further, and syncs its own progress there', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const learn = start(backend, tenant);
    const mine = progressAfter([{ type: 'next' }]);
    await learn.lessons.save(LESSON, mine);
    await learn.sync.flush();
    expect(backend.writes.user(USER.id).progress.get(LESSON.id)).to.deep.equal(mine);

    const otherDevice = progressAfter([{ type: 'answer', stepId: 'q1', choices: ['a'] }, { type: 'next' }], mine);
    backend.writes.user(USER.id).progress.set(LESSON.id, otherDevice);
    expect(await learn.lessons.progress(LESSON)).to.deep.equal(otherDevice);
    // Kept locally too: offline, it still resumes there.
    backend.setFailure('network');
    expect(await learn.lessons.progress(LESSON)).to.deep.equal(otherDevice);
  });

  it('emits lesson-complete once per attempt and records valid statements, batched per task', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const learn = start(backend, tenant);
    await learn.lessons.get(LESSON.id);
    const done = progressAfter(FULL_RUN);
    expect(done.status).to.equal('completed');
    const complete = nextEvent(learn, 'lesson-complete');
    await learn.lessons.save(LESSON, done);
    expect(await complete).to.deep.equal({ lessonId: LESSON.id, score: done.score, passed: done.passed });
    let completions = 0;
    learn.on('lesson-complete', () => completions++);
    await learn.lessons.save(LESSON, done);
    expect(completions).to.equal(0);

    const q2 = LESSON.steps.find((s) => s.id === 'q2');
    if (q2?.kind !== 'quiz') throw new Error('fixture');
    const events: LessonEvent[] = [
      { type: 'launched', lesson: LESSON, progress: done },
      { type: 'answered', lesson: LESSON, progress: done, step: q2, choices: ['manager'], correct: true },
      { type: 'completed', lesson: LESSON, progress: done },
      { type: done.passed ? 'passed' : 'failed', lesson: LESSON, progress: done },
      { type: 'terminated', lesson: LESSON, progress: done },
    ];
    const statements = events.map((event) => learn.lessons.record(event));
    for (const statement of statements) expect(statementProblems(statement)).to.deep.equal([]);
    expect(statements[0]!.actor).to.deep.include({ name: USER.name, account: { homePage: location.origin, name: USER.id } });
    expect(statements[2]!.object.id).to.equal(`${location.origin}/xapi/lessons/${LESSON.id}`);
    expect(statements[2]!.context?.registration).to.equal(done.registration);

    await waitUntil(async () => (await outboxRows(tenant)).some((r) => r.path === '/v1/statements') || backend.writes.user(USER.id).statements.length > 0);
    await learn.sync.flush();
    const posts = backend.writes.received.filter((r) => r.path === '/v1/statements');
    expect(posts).to.have.length(1);
    expect(backend.writes.user(USER.id).statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['launched', 'answered', 'completed', done.passed ? 'passed' : 'failed', 'terminated']);
  });

  it('records nothing without a user', async () => {
    const learn = start(memory(), freshTenant(), { user: null });
    await learn.lessons.get(LESSON.id);
    expect(learn.lessons.record({ type: 'launched', lesson: LESSON, progress: progressAfter([]) })).to.equal(null);
  });

  it('names activities under the configured base', async () => {
    const learn = start(memory(), freshTenant(), { xapi: { activityBase: 'https://lrs.example.com/acme', homePage: 'https://crm.example.com' } });
    await learn.lessons.get(LESSON.id);
    const statement = learn.lessons.record({ type: 'launched', lesson: LESSON, progress: progressAfter([]) });
    expect(statement?.object.id).to.equal('https://lrs.example.com/acme/lessons/forecast-basics');
    expect(statement?.actor.account.homePage).to.equal('https://crm.example.com');
  });

  it('asks the host to navigate and says whether anyone listens', async () => {
    const learn = start(memory(), freshTenant());
    const request = { screen: 'crm/opportunity', lessonId: LESSON.id, stepId: 'try' };
    expect(learn.lessons.navigate(request)).to.equal(false);
    const heard = nextEvent(learn, 'navigate');
    expect(learn.lessons.navigate(request)).to.equal(true);
    expect(await heard).to.deep.equal(request);
  });

  it('lists lessons for the current context', async () => {
    const learn = start(memory(), freshTenant());
    await catalogReady(learn);
    expect(learn.lessons.forContext().map((l) => l.id)).to.deep.equal([LESSON.id]);
    learn.setContext({ screen: 'crm/account' });
    expect(learn.lessons.forContext().map((l) => l.id)).to.deep.equal(['merge-basics']);
  });
});
