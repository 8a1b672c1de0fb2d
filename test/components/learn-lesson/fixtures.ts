/**
 * Shared fixtures for the lesson player's browser tests: Helm CRM lessons (the demo's world), a
 * real runtime over `memoryBackend` (lessons, writes in memory), the player as a fixture, and
 * helpers that await state instead of sleeping.
 */
import { useElementTestHooks } from '../shared/test-hooks.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createLearn, memoryBackend, type Backend, type Learn, type LearnUser, type MemoryBackend, type MemoryContent } from '../../../sdk/index.js';
import type { WorkContext } from '../../../src/protocol/index.js';
import '../../../components/learn-lesson/define.js';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';

export type Lessons = NonNullable<MemoryContent['lessons']>;

export const ARTICLES: MemoryContent['articles'] = [
  {
    id: 'close-dates',
    title: 'Set and move close dates',
    summary: 'The close date is the day you expect the customer to sign.',
    tags: ['close-date'],
    contexts: ['crm/opportunity'],
    updatedAt: '2026-10-14T09:00:00Z',
    body: '## The two rules\n\nNo close dates in the past on open opportunities.',
  },
];

const META = { minutes: 2, tags: ['close-date'], contexts: ['crm/opportunity'], updatedAt: '2026-11-24T08:00:00Z' };

/** Text, checklist, a single-choice quiz: short enough to walk by keyboard. */
export const CLOSE_DATES: Lessons[number] = {
  ...META,
  id: 'crm-close-dates',
  title: 'Close dates that hold',
  summary: 'Why an open deal can never have a close date in the past.',
  passMark: 1,
  related: { articles: ['close-dates'], lessons: ['crm-try-it'] },
  steps: [
    { id: 'rules', kind: 'text', title: 'Two rules', body: 'The **Close date** decides the quarter.\n\n1. No close dates in the past.\n2. Pushing more than twice flags the deal.' },
    { id: 'check', kind: 'checklist', items: ['Open your pipeline', 'Sort by close date'] },
    {
      id: 'honest-push',
      kind: 'quiz',
      question: 'The board meeting moved to January. How do you update the close date?',
      choices: [
        { id: 'weekly', text: 'Push it a week at a time', explanation: 'Three small pushes flag the deal in the forecast review.' },
        { id: 'once', text: 'Move it once, past the board meeting', correct: true, explanation: 'One honest push does not flag the deal.' },
      ],
    },
  ],
};

/** A multiple-choice quiz, then a try-it step. */
export const TRY_IT: Lessons[number] = {
  ...META,
  id: 'crm-try-it',
  title: 'Find a deal’s close date',
  steps: [
    {
      id: 'realistic',
      kind: 'quiz',
      multiple: true,
      question: 'What decides a realistic close date?',
      choices: [
        { id: 'order', text: 'When the customer orders', correct: true, explanation: 'The close date is the order.' },
        { id: 'approvals', text: 'Their approval steps', correct: true, explanation: 'A board decision takes time.' },
        { id: 'quarter', text: 'Our quarter end', explanation: 'The date follows the customer, not our quarter.' },
      ],
    },
    { id: 'go', kind: 'try-it', screen: 'crm/opportunity', record: { type: 'opportunity', id: '1042' }, instruction: 'Open opportunity 1042 and look at its close date.' },
  ],
};

/** Every content kind, for the audits. */
export const MEDIA: Lessons[number] = {
  ...META,
  id: 'crm-media',
  title: 'Forecast categories',
  steps: [
    {
      id: 'diagram',
      kind: 'image',
      src: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/%3E',
      alt: 'Pipeline stages from Qualify to Negotiate',
      caption: 'The four open stages.',
    },
    { id: 'clip', kind: 'video', src: '/no-such-clip.webm', captions: '/no-such-clip.vtt', transcript: 'Commit means you would bet your bonus on it.' },
    { id: 'done', kind: 'text', body: 'That is all.' },
  ],
};

export const LESSONS: Lessons = [CLOSE_DATES, TRY_IT, MEDIA];
export const USER: LearnUser = { id: 'u-anna', name: 'Anna Lindqvist' };

export interface SetupOptions {
  lessons?: Lessons;
  user?: LearnUser | null;
  context?: WorkContext;
  locale?: string;
  /** IndexedDB namespace; set it (with `persist`) to share saved progress between two runtimes. */
  tenant?: string;
  /** Use the page's IndexedDB (default: memory only, so tests never share state). */
  persist?: boolean;
  /** Default: a memoryBackend with ARTICLES and `lessons`. */
  backend?: Backend;
}

const runtimes: Learn[] = [];
let counter = 0;

export function until(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000 });
}

export function startLearn(options: SetupOptions = {}): { learn: Learn; backend: MemoryBackend } {
  const backend = options.backend ?? memoryBackend({ articles: ARTICLES, lessons: options.lessons ?? LESSONS });
  const learn = createLearn({
    backend,
    user: options.user === undefined ? USER : options.user,
    tenant: options.tenant ?? `lesson-test-${Date.now()}-${counter++}`,
    ...(options.persist ? {} : { indexedDB: null }),
    locale: options.locale ?? 'en',
    context: options.context ?? { screen: 'crm/pipeline' },
  });
  runtimes.push(learn);
  // A test that passes its own backend knows which it is; the memory-only fields are for the rest.
  return { learn, backend: backend as MemoryBackend };
}

export interface Setup {
  learn: Learn;
  backend: MemoryBackend;
  el: LearnLesson;
}

/** A runtime and a player over it; resolves once the player shows something other than loading. */
export async function setup(template: TemplateResult, options: SetupOptions = {}): Promise<Setup> {
  const { learn, backend } = startLearn(options);
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'learn-lesson' ? root : root.querySelector('learn-lesson')) as LearnLesson;
  await settled(el);
  return { learn, backend, el };
}

/** The player has left its loading state. */
export async function settled(el: LearnLesson): Promise<void> {
  await until(() => el.shadowRoot?.querySelector('.card') && !$(el, '[part~="loading"]'), 'the lesson did not load');
  await el.updateComplete;
}

/** Destroys the runtimes after each test and fails it on Lit dev-mode warnings (real bugs even when a test passes). */
export function useLessonTestHooks(): void {
  useElementTestHooks(runtimes);
}

/** Forgets a runtime the test destroyed itself. */
export function forget(learn: Learn): void {
  const i = runtimes.indexOf(learn);
  if (i >= 0) runtimes.splice(i, 1);
}

export const $ = <E extends Element = HTMLElement>(el: LearnLesson, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: LearnLesson, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The innermost focused element, through shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The live region's text (without the invisible character that makes a repeat distinct). */
export const announced = (el: LearnLesson) => text($(el, '[role="status"]')).replace(/\u200b/g, '');

export const lessonHtml = (id: string, size = 'regular') => html`<learn-lesson lesson=${id} size=${size}></learn-lesson>`;
