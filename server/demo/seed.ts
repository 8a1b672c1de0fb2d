/**
 * Demo mode only: a learning history for Erik Nilsson (three weeks in, the demo's default person),
 * so the daily review and the launcher's due count are there to try without waiting a day. He
 * finished two lessons two days ago and missed a question in each at the first try; their review
 * questions (every one for a `review: all` lesson, the missed ones for `review: missed`) are due now. Seeded once: a person who already has
 * progress (from using the demo) is left alone.
 */
import { randomUUID } from 'node:crypto';
import { applyAction, enrolLesson, newProgress, type LessonAction } from '../../src/lesson/index.js';
import type { Lesson, LessonProgress, ReviewState } from '../../src/protocol/index.js';
import { findLesson } from '../catalog/lessons.js';
import type { DbReader } from '../db/database.js';
import { listProgress, saveProgress } from '../learner/progress.js';
import { readReview, saveReview } from '../learner/review.js';
import type { Logger } from '../log.js';

const PERSON = 'erik-nilsson';
const DAY = 86_400_000;

/** The lessons he did, and for each quiz the answers he gave, first try first. */
const HISTORY: Record<string, Record<string, string[][]>> = {
  'crm-pipeline-stages': { propose: [['wait-approval'], ['link-quote']], lost: [['price']] },
  'crm-close-dates': { 'honest-push': [['once']], realistic: [['order-date', 'quarter-end'], ['order-date', 'approvals', 'discount-time']] },
};

/** Plays a lesson through the engine as he did: every step, the answers above, finished. */
function played(lesson: Lesson, answers: Record<string, string[][]>, at: Date): LessonProgress {
  let progress = newProgress(lesson, { now: at, registration: randomUUID() });
  const act = (action: LessonAction) => (progress = applyAction(lesson, progress, action, at));
  for (const step of lesson.steps) {
    if (step.kind === 'quiz') {
      const tries = answers[step.id] ?? [step.choices.filter((c) => c.correct).map((c) => c.id)];
      tries.forEach((choices, i) => {
        if (i > 0) act({ type: 'retry', stepId: step.id });
        act({ type: 'answer', stepId: step.id, choices });
      });
    }
    if (step.kind === 'try-it') act({ type: 'tried', stepId: step.id });
    act({ type: 'active', ms: 25_000 });
    act({ type: 'next' });
  }
  return progress;
}

export async function seedDemoLearning(db: DbReader, log: Logger, now = new Date()): Promise<void> {
  if ((await listProgress(db, PERSON, log)).length > 0) return;
  const at = new Date(now.getTime() - 2 * DAY);
  let review: ReviewState = await readReview(db, PERSON, log);
  for (const [id, answers] of Object.entries(HISTORY)) {
    const stored = await findLesson(db, id);
    if (!stored) continue; // the demo content changed: nothing to seed for it
    const progress = played(stored.lesson, answers, at);
    if (progress.status !== 'completed') {
      log.warn(`demo seed: ${id} did not complete with the seeded answers; skipped`);
      continue;
    }
    await saveProgress(db, PERSON, progress, log, now);
    review = enrolLesson(review, stored.lesson, progress, at);
  }
  await saveReview(db, PERSON, review, log, now);
}
