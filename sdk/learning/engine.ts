/**
 * The learning engine for one session, loaded lazily by `LearningFront`: composes the lesson cache,
 * progress, learning records, the review schedule and the outbox they all write through.
 */
import type { Lesson, LessonProgress, XapiStatement } from '../../src/protocol/index.js';
import { BackendError, type DueQuestion, type LessonEvent } from '../types.js';
import type { LearningFront } from './front.js';

export interface LearningEngine {
  get(id: string, signal?: AbortSignal): Promise<Lesson>;
  progress(lesson: Lesson): Promise<LessonProgress | null>;
  save(lesson: Lesson, progress: LessonProgress): Promise<void>;
  record(event: LessonEvent): XapiStatement | null;
  due(limit?: number): Promise<DueQuestion[]>;
  answer(cardId: string, correct: boolean): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Send the outbox now instead of at the next backoff step. */
  flush(): Promise<void>;
  dispose(): void;
}

export function startLearning(front: LearningFront): LearningEngine {
  const { deps } = front;
  return {
    async get(id) {
      throw new BackendError('not-found', `${deps.backend.describe} has no lesson "${id}" (not implemented yet).`);
    },
    async progress() {
      return null;
    },
    async save(_lesson, progress) {
      deps.emit('lesson-progress', { progress });
    },
    record() {
      return null;
    },
    async due() {
      return [];
    },
    async answer() {},
    async pause() {},
    async resume() {},
    async flush() {},
    dispose() {},
  };
}
