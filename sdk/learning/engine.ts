/**
 * The learning engine for one session, loaded lazily by `LearningFront` (a chunk of its own):
 * composes the lesson cache, progress, learning records and the review schedule with the outbox
 * they all write through (the session's one outbox, `front.outbox()`, shared with questions). Started once the user's database is open; starting also sends whatever
 * the outbox still holds from an earlier page and merges the review schedule from the server.
 */
import type { Lesson, LessonProgress, XapiStatement } from '../../src/protocol/index.js';
import { LessonCache } from '../lessons/lesson-cache.js';
import { ProgressStore } from '../lessons/progress-store.js';
import { Recorder } from '../lessons/recorder.js';
import type { Outbox } from '../outbox/outbox.js';
import { ReviewStore } from '../review/review-store.js';
import type { DueQuestion, LessonEvent } from '../types.js';
import type { LearningFront } from './front.js';

export interface LearningEngine {
  /** `learn.lessons.get`, whose arguments learning/api.ts passes on as they are. */
  get(id: string, options?: { signal?: AbortSignal }): Promise<Lesson>;
  progress(lesson: Lesson): Promise<LessonProgress | null>;
  save(lesson: Lesson, progress: LessonProgress): Promise<void>;
  record(event: LessonEvent): XapiStatement | null;
  due(limit?: number): Promise<DueQuestion[]>;
  answer(cardId: string, correct: boolean): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Send the outbox now instead of at the next backoff step. */
  flush(): Promise<void>;
  /** The outbox (tests look at its rows). */
  readonly outbox: Outbox;
}

export async function startLearning(front: LearningFront): Promise<LearningEngine> {
  const { deps } = front;
  const records = await deps.records;
  const outbox = await front.outbox();
  const lessons = new LessonCache(deps, records);
  const get = (id: string, signal?: AbortSignal) => lessons.get(id, signal);
  const review = new ReviewStore(front, records, outbox, get);
  const progress = new ProgressStore(deps, records, outbox, review);
  const recorder = new Recorder(deps, outbox);
  // The review schedule first (the badge), then whatever earlier pages left in the outbox.
  const loaded = review.load().catch((error: unknown) => console.warn('learnflow: could not load the review schedule', error));
  void outbox.flush();

  return {
    outbox,
    get: (id, options) => get(id, options?.signal),
    progress: (lesson) => progress.progress(lesson),
    save: (lesson, p) => progress.save(lesson, p),
    record: (event) => recorder.record(event),
    due: (limit) => loaded.then(() => review.due(limit)),
    answer: (cardId, correct) => loaded.then(() => review.answer(cardId, correct)),
    pause: () => loaded.then(() => review.pause()),
    resume: () => loaded.then(() => review.resume()),
    flush: () => outbox.flush(),
  };
}
