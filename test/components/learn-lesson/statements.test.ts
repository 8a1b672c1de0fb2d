/// <reference types="mocha" />
/**
 * Learning records: a completed lesson reports launched, initialized, one answered per checked
 * answer, completed, passed|failed and terminated — in that order, one registration — and leaving
 * mid-lesson reports terminated. Read back from the memory backend's "server", after the outbox sent them.
 */
import { expect } from '@open-wc/testing';
import type { Learn, MemoryBackend } from '../../../sdk/index.js';
import type { XapiStatement } from '../../../src/protocol/index.js';
import { $, lessonHtml, setup, until, USER, useLessonTestHooks } from './fixtures.js';

const verb = (s: XapiStatement) => s.verb.id.split('/').pop();

async function statements(learn: Learn, backend: MemoryBackend, count: number): Promise<XapiStatement[]> {
  await until(async () => {
    await learn.sync.flush();
    return backend.writes.user(USER.id).statements.length >= count;
  }, `${count} statements reached the server`);
  return backend.writes.user(USER.id).statements;
}

describe('<learn-lesson> learning records', () => {
  useLessonTestHooks();

  it('a completion: launched, initialized, answered ×2, completed, passed, terminated', async () => {
    const { el, learn, backend } = await setup(lessonHtml('crm-close-dates'));
    $(el, '[part~="start-button"]')!.click();
    for (let i = 0; i < 2; i++) {
      await until(() => $(el, '[part~="next-button"]'));
      $(el, '[part~="next-button"]')!.click();
    }
    await until(() => $(el, '[part~="quiz"]'));
    $<HTMLInputElement>(el, 'input[value="weekly"]')!.click();
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="quiz-retry"]'));
    $(el, '[part~="quiz-retry"]')!.click();
    await until(() => $(el, '[part~="check-button"]'));
    $<HTMLInputElement>(el, 'input[value="once"]')!.click();
    $(el, '[part~="check-button"]')!.click();
    await until(() => $(el, '[part~="feedback"]'));
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, '[part~="complete"]'));

    const sent = await statements(learn, backend, 7);
    expect(sent.map(verb)).to.deep.equal(['launched', 'initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(new Set(sent.map((s) => s.context?.registration)).size).to.equal(1);
    expect(sent.slice(2, 4).map((s) => s.result?.success)).to.deep.equal([false, true]);
    expect(sent[4]!.result?.duration).to.match(/^PT/);
  });

  it('a second "Check answer" before "Try again" records nothing more', async () => {
    const { el, learn, backend } = await setup(lessonHtml('crm-close-dates'));
    $(el, '[part~="start-button"]')!.click();
    for (let i = 0; i < 2; i++) {
      await until(() => $(el, '[part~="next-button"]'));
      $(el, '[part~="next-button"]')!.click();
    }
    await until(() => $(el, '[part~="quiz"]'));
    $<HTMLInputElement>(el, 'input[value="weekly"]')!.click();
    const check = $(el, '[part~="check-button"]')!;
    check.click();
    check.click(); // a double click: the same button, before it re-renders
    await until(() => $(el, '[part~="quiz-retry"]'));
    el.remove();
    const sent = await statements(learn, backend, 4);
    expect(sent.map(verb)).to.deep.equal(['launched', 'initialized', 'answered', 'terminated']);
  });

  it('leaving mid-lesson: launched, initialized, terminated', async () => {
    const { el, learn, backend } = await setup(lessonHtml('crm-close-dates'));
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, '[part~="step-heading"]'));
    await el.updateComplete;
    el.remove();
    const sent = await statements(learn, backend, 3);
    expect(sent.map(verb)).to.deep.equal(['launched', 'initialized', 'terminated']);
  });
});
