/// <reference types="mocha" />
/**
 * `learn.prompts` and `learn.track`: triggers (track counts, a completed lesson, the N-th visit, time
 * on a screen), caps (once, kept across a reload; a sample), the session's shared interruption
 * budget (also spent by `request` from other surfaces), the host's veto, waiting while the person
 * types, and never showing without something that renders prompts.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createLearn, type MemoryBackend } from '../../sdk/index.js';
import type { Learn, LearnEventMap, LearnOptions, PromptDefinition } from '../../sdk/types.js';
import { EMPLOYEE } from './ask-fixtures.js';
import { cleanup, dbName, freshTenant, nextEvent, rawPut, track } from './helpers.js';
import { FULL_RUN, LESSON, memory, progressAfter, start as lessonRuntime } from './lesson-fixtures.js';

const NPS: PromptDefinition = { id: 'nps-crm', trigger: { track: 'deal-saved', count: 2 }, feedback: { subject: 'product:crm', kind: 'nps' } };

/** A runtime whose `prompt` events are collected (the drawer's part in the page). */
function start(backend: MemoryBackend, tenant: string, options: Partial<LearnOptions> = {}, render = true): { learn: Learn; shown: LearnEventMap['prompt'][] } {
  const learn = track(createLearn({ backend, tenant, user: EMPLOYEE, context: { screen: 'crm/opportunity' }, ...options }));
  const shown: LearnEventMap['prompt'][] = [];
  if (render) learn.on('prompt', (detail) => shown.push(detail));
  return { learn, shown };
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('learn.prompts', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = freshTenant();
  });
  afterEach(async () => {
    await cleanup();
    sessionStorage.clear();
  });

  it('shows a prompt on the N-th learn.track, spends the budget, and emits prompt-shown', async () => {
    const { learn, shown } = start(memory(), tenant, { prompts: [NPS] });
    expect(await learn.prompts.budget()).to.deep.equal({ limit: 1, used: 0, remaining: 1 });
    const heard = nextEvent(learn, 'prompt-shown');
    learn.track('deal-saved');
    await settle();
    expect(shown, 'not on the first').to.have.length(0);
    learn.track('deal-saved');
    expect(await heard).to.deep.include({ id: 'nps-crm', surface: 'feedback', budget: { limit: 1, used: 1, remaining: 0 } });
    expect(shown.map((s) => s.prompt.id)).to.deep.equal(['nps-crm']);
    expect((await learn.prompts.budget()).remaining).to.equal(0);
  });

  it('counts track calls made before the prompts chunk loaded', async () => {
    const { learn, shown } = start(memory(), tenant);
    learn.track('deal-saved');
    learn.track('deal-saved');
    learn.prompts.define(NPS);
    await waitUntil(() => shown.length === 1, 'shown once the engine has loaded');
  });

  it('keeps "once" across a reload, and the session budget across a reload too', async () => {
    const backend = memory();
    const first = start(backend, tenant, { prompts: [NPS] });
    first.learn.track('deal-saved');
    first.learn.track('deal-saved');
    await waitUntil(() => first.shown.length === 1, 'shown');
    first.learn.prompts.closed('nps-crm');
    await nextEvent(first.learn, 'prompt-closed');
    first.learn.destroy();

    // The same tab reloaded: the budget is still spent.
    const again = start(backend, tenant, { prompts: [NPS, { id: 'other', trigger: { track: 'deal-saved' }, feedback: { subject: 'product:crm', kind: 'thumbs' } }] });
    expect((await again.learn.prompts.budget()).used).to.equal(1);
    again.learn.destroy();

    // A new session (a new tab): a fresh budget, but the prompt was seen — never again.
    sessionStorage.clear();
    const later = start(backend, tenant, { prompts: [NPS] });
    later.learn.track('deal-saved');
    later.learn.track('deal-saved');
    await settle(800);
    expect(later.shown).to.have.length(0);
    expect((await later.learn.prompts.budget()).used).to.equal(0);
  });

  it('keeps the caps across devices: another database of the same person over the same server', async () => {
    const backend = memory();
    const laptop = start(backend, tenant, { prompts: [NPS] });
    laptop.learn.track('deal-saved');
    laptop.learn.track('deal-saved');
    await waitUntil(() => laptop.shown.length === 1, 'shown on the laptop');
    await laptop.learn.prompts.answered('nps-crm');
    await waitUntil(() => backend.writes.received.some((r) => r.path === '/v1/prompt-state' && JSON.stringify(r.body).includes('answeredAt')), 'sent to the server');

    sessionStorage.clear(); // another device: its own session and budget, its own IndexedDB
    const phone = start(backend, freshTenant(), { prompts: [NPS, { id: 'phone-only', trigger: { track: 'deal-saved', count: 2 }, lesson: LESSON.id }] });
    phone.learn.track('deal-saved');
    phone.learn.track('deal-saved');
    await waitUntil(() => phone.shown.length === 1, 'the phone shows a prompt');
    expect(phone.shown.map((s) => s.prompt.id), 'not the one answered on the laptop').to.deep.equal(['phone-only']);
  });

  it('shows one interruption per session across prompts and other surfaces, and honours a larger budget', async () => {
    const lesson: PromptDefinition = { id: 'lesson-forecast', trigger: { track: 'forecast-opened' }, lesson: LESSON.id };
    const { learn, shown } = start(memory(), tenant, { prompts: [NPS, lesson] });
    expect(await learn.prompts.request('review', 'due-reviews')).to.equal(true);
    expect(await learn.prompts.request('nudge', 'close-date')).to.equal(false);
    learn.track('forecast-opened');
    await settle(800);
    expect(shown, 'the budget is spent').to.have.length(0);

    sessionStorage.clear();
    const two = start(memory(), freshTenant(), { prompts: [lesson], interruptions: { perSession: 2 } });
    two.learn.track('forecast-opened');
    await waitUntil(() => two.shown.length === 1, 'the lesson suggestion');
    expect(two.shown[0]).to.deep.include({ surface: 'lesson' });
    expect(await two.learn.prompts.request('review', 'due')).to.equal(true);
    expect(await two.learn.prompts.budget()).to.deep.equal({ limit: 2, used: 2, remaining: 0 });
    const none = start(memory(), freshTenant(), { interruptions: { perSession: 0 } });
    expect(await none.learn.prompts.request('nudge', 'n')).to.equal(false);
  });

  it('lets the host veto a prompt: nothing shown, nothing spent, nothing recorded', async () => {
    const { learn, shown } = start(memory(), tenant, { prompts: [{ ...NPS, trigger: { track: 'deal-saved' } }] });
    const vetoed: string[] = [];
    learn.on('prompt-show', (e) => {
      vetoed.push(`${e.id}:${e.surface}`);
      e.veto();
    });
    learn.track('deal-saved');
    await waitUntil(() => vetoed.length === 1, 'asked');
    await settle();
    expect(vetoed).to.deep.equal(['nps-crm:feedback']);
    expect(shown).to.have.length(0);
    expect((await learn.prompts.budget()).used).to.equal(0);
    expect(await learn.prompts.request('review', 'due'), 'vetoed too').to.equal(false);
  });

  it('waits while the person types in a host field, then shows without taking focus', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const { learn, shown } = start(memory(), tenant, { prompts: [{ ...NPS, trigger: { track: 'deal-saved' } }] });
    const key = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    const typing = setInterval(key, 200);
    try {
      await settle(); // the prompts chunk is listening
      key();
      learn.track('deal-saved');
      await settle(1500);
      expect(shown, 'not while typing').to.have.length(0);
    } finally {
      clearInterval(typing);
    }
    await waitUntil(() => shown.length === 1, 'shown after the pause', { timeout: 4000 });
    expect(document.activeElement).to.equal(input);
    input.remove();
  });

  it('never shows a prompt nobody renders, and shows it once something does', async () => {
    const { learn } = start(memory(), tenant, { prompts: [{ ...NPS, trigger: { track: 'deal-saved' } }] }, false);
    learn.track('deal-saved');
    await settle(800);
    expect((await learn.prompts.budget()).used).to.equal(0);
    const shown = nextEvent(learn, 'prompt');
    expect((await shown).prompt.id).to.equal('nps-crm');
  });

  it('fires on the N-th visit to a screen, and after time on a screen', async () => {
    const prompts: PromptDefinition[] = [
      { id: 'third-quote', trigger: { visit: 'crm/quote', count: 3 }, lesson: LESSON.id },
      { id: 'dwell', trigger: { timeOnScreen: 'erp/invoice', seconds: 1 }, lesson: LESSON.id },
    ];
    sessionStorage.clear();
    const { learn, shown } = start(memory(), tenant, { prompts, interruptions: { perSession: 5 } });
    await settle();
    for (const screen of ['crm/quote', 'crm/account', 'crm/quote', 'crm/account']) learn.setContext({ screen });
    await settle();
    expect(shown.map((s) => s.prompt.id), 'two visits are not three').to.deep.equal([]);
    learn.setContext({ screen: 'crm/quote' });
    await waitUntil(() => shown.length === 1, 'the third visit');
    learn.prompts.answered('third-quote');
    learn.setContext({ screen: 'erp/invoice' });
    await waitUntil(() => shown.length === 2, 'after a second on the screen', { timeout: 4000 });
    learn.prompts.closed('dwell');
    await nextEvent(learn, 'prompt-closed');
    expect(shown.map((s) => s.prompt.id)).to.deep.equal(['third-quote', 'dwell']);
  });

  it('fires when a lesson is completed', async () => {
    const after: PromptDefinition = { id: 'after-lesson', trigger: { lessonCompleted: LESSON.id }, feedback: { subject: `lesson:${LESSON.id}`, kind: 'stars' } };
    const learn = lessonRuntime(memory(), tenant, { prompts: [after] });
    await learn.prompts.budget(); // loaded (at idle in a page, long before anyone finishes a lesson)
    await settle();
    const shown = nextEvent(learn, 'prompt');
    await learn.lessons.save(LESSON, progressAfter(FULL_RUN));
    expect((await shown).prompt.id).to.equal('after-lesson');
  });

  it('discards a corrupt stored prompt state and visit count instead of failing', async () => {
    const backend = memory();
    const first = start(backend, tenant);
    await first.learn.refresh(); // the database exists
    first.learn.destroy();
    await rawPut(dbName(tenant, EMPLOYEE.id), 'user', 'prompt-state', { v: 9, prompts: 'garbage' });
    await rawPut(dbName(tenant, EMPLOYEE.id), 'user', 'prompt-visits', { 'crm/opportunity': 'many' });
    const { shown } = start(backend, tenant, { prompts: [{ id: 'first-visit', trigger: { visit: 'crm/opportunity', count: 1 }, lesson: LESSON.id }] });
    await waitUntil(() => shown.length === 1, 'shown on a clean state');
  });

  it('never suggests a lesson the catalog does not have', async () => {
    const { learn, shown } = start(memory(), tenant, { prompts: [{ id: 'gone', trigger: { track: 'deal-saved' }, lesson: 'no-such-lesson' }] });
    learn.track('deal-saved');
    await settle(800);
    expect(shown).to.have.length(0);
    expect((await learn.prompts.budget()).used).to.equal(0);
  });

  it('samples: a prompt for 0 % of people never shows', async () => {
    const { learn, shown } = start(memory(), tenant, { prompts: [{ ...NPS, trigger: { track: 'deal-saved' }, sample: 0 }] });
    learn.track('deal-saved');
    await settle(800);
    expect(shown).to.have.length(0);
    expect((await learn.prompts.budget()).used).to.equal(0);
  });

  it('needs a signed-in user for a feedback prompt (nobody else can answer it)', async () => {
    const learn = track(createLearn({ backend: memory(), tenant, user: null, prompts: [{ ...NPS, trigger: { track: 'deal-saved' } }] }));
    const shown: unknown[] = [];
    learn.on('prompt', (d) => shown.push(d));
    learn.track('deal-saved');
    await settle(800);
    expect(shown).to.have.length(0);
  });
});
