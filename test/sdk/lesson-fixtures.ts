/**
 * A small lesson (text, two quizzes, try-it) and helpers for the lessons/review/outbox tests:
 * progress made with the real engine (src/lesson), runtimes over a memory backend with a user,
 * and a look at the outbox rows as stored.
 */
import type { z } from 'zod/mini';
import { applyAction, newProgress, type LessonAction } from '../../src/lesson/engine.js';
import { Lesson, type LessonProgress } from '../../src/protocol/index.js';
import { createLearn, memoryBackend, type Learn, type MemoryBackend } from '../../sdk/index.js';
import type { LearnOptions } from '../../sdk/types.js';
import { ARTICLES, dbName, freshTenant, idbRequest, openRaw, track } from './helpers.js';

export const LESSON_INPUT: z.input<typeof Lesson> = {
  id: 'forecast-basics',
  title: 'Forecast basics',
  summary: 'What the forecast category means.',
  minutes: 2,
  tags: ['forecast'],
  contexts: ['crm/opportunity'],
  updatedAt: '2026-11-01T09:00:00Z',
  review: 'missed',
  steps: [
    { id: 'intro', kind: 'text', body: 'The forecast category says how sure you are.' },
    {
      id: 'q1',
      kind: 'quiz',
      question: 'Which deals count in Commit?',
      choices: [
        { id: 'a', text: 'Deals you are sure of', correct: true, explanation: 'Commit is what you stake your word on.' },
        { id: 'b', text: 'Every open deal', explanation: 'That is the pipeline.' },
      ],
    },
    {
      id: 'q2',
      kind: 'quiz',
      question: 'Who approves a 15 % discount?',
      choices: [
        { id: 'me', text: 'You' },
        { id: 'manager', text: 'Your sales manager', correct: true },
      ],
    },
    { id: 'try', kind: 'try-it', screen: 'crm/opportunity', instruction: 'Open an opportunity and set its category.' },
  ],
};
export const LESSON: Lesson = Lesson.parse(LESSON_INPUT);
export const OTHER_LESSON_INPUT: z.input<typeof Lesson> = {
  id: 'merge-basics',
  title: 'Merging accounts',
  minutes: 1,
  contexts: ['crm/account'],
  updatedAt: '2026-11-02T09:00:00Z',
  steps: [{ id: 'only', kind: 'text', body: 'Merge from the duplicates report.' }],
};

export const USER = { id: 'ann', name: 'Ann Berg', token: 'token-ann' };

export function memory(): MemoryBackend {
  return memoryBackend({ articles: ARTICLES, lessons: [LESSON_INPUT, OTHER_LESSON_INPUT] });
}

/** A runtime for USER over `backend`; pass the same `tenant` again to "reload" the page. */
export function start(backend: MemoryBackend, tenant = freshTenant(), overrides: Partial<LearnOptions> = {}): Learn {
  return track(createLearn({ backend, tenant, locale: 'en', user: USER, context: { screen: 'crm/opportunity' }, ...overrides }));
}

let clock = Date.parse('2026-11-20T10:00:00Z');
/** Progress after `actions`, made by the real engine (each action one second after the last). */
export function progressAfter(actions: LessonAction[], from?: LessonProgress): LessonProgress {
  let progress = from ?? newProgress(LESSON, { now: new Date(clock), registration: crypto.randomUUID() });
  for (const action of actions) progress = applyAction(LESSON, progress, action, new Date((clock += 1000)));
  return progress;
}

/** Every action of a full run: q1 right, q2 wrong at the first try (so it is "missed"), then right. */
export const FULL_RUN: LessonAction[] = [
  { type: 'next' },
  { type: 'answer', stepId: 'q1', choices: ['a'] },
  { type: 'next' },
  { type: 'answer', stepId: 'q2', choices: ['me'] },
  { type: 'retry', stepId: 'q2' },
  { type: 'answer', stepId: 'q2', choices: ['manager'] },
  { type: 'next' },
  { type: 'tried', stepId: 'try' },
  { type: 'active', ms: 83_400 },
  { type: 'next' },
];

export interface StoredRow {
  key: string;
  method: string;
  path: string;
  body: unknown;
  attempts: number;
  nextAt: number;
  state: 'queued' | 'sending' | 'failed';
  error?: string;
}

/** The outbox rows as stored, in sending order. */
export async function outboxRows(tenant: string, user = USER.id): Promise<StoredRow[]> {
  const db = await openRaw(dbName(tenant, user));
  try {
    if (!db.objectStoreNames.contains('outbox')) return [];
    // getAll answers in key order, which is the sending order.
    return (await idbRequest(db.transaction('outbox').objectStore('outbox').getAll())) as StoredRow[];
  } finally {
    db.close();
  }
}
