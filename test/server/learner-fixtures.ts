/** Valid learner documents for the server tests: progress, review state, xAPI statements. */
import { randomUUID } from 'node:crypto';
import type { LessonProgress, ReviewState, XapiStatement } from '../../src/protocol/index.js';
import { VERBS } from '../../src/xapi/index.js';

export function progress(lessonId: string, overrides: Partial<LessonProgress> = {}): LessonProgress {
  return {
    lessonId,
    lessonUpdatedAt: '2026-11-01T00:00:00Z',
    attempt: 1,
    registration: '6f0c1a52-8a49-4d2e-9a53-0d6a2f1b7c11',
    status: 'in-progress',
    current: 'intro',
    reached: 0,
    answers: {},
    checked: {},
    media: {},
    tried: [],
    startedAt: '2026-11-25T08:00:00Z',
    updatedAt: '2026-11-25T08:00:00Z',
    activeMs: 1000,
    ...overrides,
  };
}

export function reviewState(cards: { id: string; reviews: number; updatedAt: string; box?: number }[]): ReviewState {
  return {
    cards: cards.map((c) => {
      const [lessonId, stepId] = c.id.split('/') as [string, string];
      return { id: c.id, lessonId, stepId, box: c.box ?? 1, reviews: c.reviews, lapses: 0, dueAt: '2026-11-26T08:00:00Z', retired: false, updatedAt: c.updatedAt };
    }),
  };
}

export const HOME_PAGE = 'https://crm.fjordhall.example/';

/** A valid statement by `user` (`completed` on a lesson), with a fresh UUID unless given. */
export function statement(user: string, overrides: Partial<XapiStatement> = {}): XapiStatement {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: user, account: { homePage: HOME_PAGE, name: user } },
    verb: VERBS.completed,
    object: { objectType: 'Activity', id: 'https://learn.fjordhall.example/xapi/lessons/crm-close-dates', definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'en-US': 'Close dates that hold' } } },
    result: { completion: true, duration: 'PT1M23.4S', score: { scaled: 0.5, raw: 1, min: 0, max: 2 } },
    context: { registration: '6f0c1a52-8a49-4d2e-9a53-0d6a2f1b7c11', language: 'en' },
    timestamp: '2026-11-25T08:05:00Z',
    version: '1.0.3',
    ...overrides,
  };
}
