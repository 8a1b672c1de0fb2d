/** A small lesson with every step kind, parsed through the real schema so defaults apply as in production. */
import { Lesson } from '../../../src/protocol/lesson.js';

export const REG_1 = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
export const REG_2 = '6fa459ea-ee8a-4ca4-894e-db77e160355e';
export const T0 = new Date('2026-11-25T09:00:00.000Z');

/** `minutes` after T0. */
export function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * 60_000);
}

export function makeLesson(overrides: Record<string, unknown> = {}): Lesson {
  return Lesson.parse({
    id: 'crm-forecasting-basics',
    title: 'Forecasting basics',
    summary: 'Commit, best case and pipeline in two minutes.',
    minutes: 2,
    updatedAt: '2026-11-20T08:00:00.000Z',
    steps: [
      { id: 'intro', kind: 'text', body: 'A forecast is a **promise**.' },
      { id: 'categories', kind: 'quiz', question: 'Which category is a deal you will close this quarter?', choices: [
        { id: 'commit', text: 'Commit', correct: true, explanation: 'Commit means you stake your word on it.' },
        { id: 'best-case', text: 'Best case', explanation: 'Best case may slip.' },
        { id: 'pipeline', text: 'Pipeline' },
      ] },
      { id: 'walkthrough', kind: 'video', src: '/media/forecast.mp4', captions: '/media/forecast.vtt' },
      { id: 'signals', kind: 'quiz', multiple: true, question: 'Which are signs a close date is real?', choices: [
        { id: 'signed-quote', text: 'A signed quote', correct: true },
        { id: 'budget', text: 'Budget approved', correct: true },
        { id: 'liked-demo', text: 'They liked the demo' },
      ] },
      { id: 'do-it', kind: 'checklist', items: ['Open your pipeline', 'Set a category on one deal'] },
      { id: 'try', kind: 'try-it', screen: 'crm/opportunity', instruction: 'Open an opportunity and set its category.' },
    ],
    ...overrides,
  });
}
