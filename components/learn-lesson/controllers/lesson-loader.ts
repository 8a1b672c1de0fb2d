/**
 * Loads the lesson named by the `lesson` attribute and the employee's saved progress for it, as a
 * `LatestTask`: a new id or a new runtime aborts the load in flight and starts another. Saved
 * progress that no longer fits the lesson (an author removed the step it was on) is dropped here
 * too — the SDK already warns about it — so a stale record can never break the player.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BackendErrorKind, Learn } from '../../../sdk/types.js';
import type { Lesson, LessonProgress } from '../../../src/protocol/index.js';
import { fitProgress } from '../../../src/lesson/engine.js';
import { LatestTask } from '../../shared/latest-task.js';

export interface LoadedLesson {
  learn: Learn;
  lesson: Lesson;
  /** Progress to resume, or null for a first run. */
  stored: LessonProgress | null;
}

/** Why a lesson cannot be shown: gone (placeholder), unreachable, malformed, or anything else. */
export type LessonFailure = 'not-found' | 'offline' | 'invalid' | 'error';

export class LessonLoader {
  private readonly task: LatestTask<readonly [Learn | undefined, string], LoadedLesson | null>;

  constructor(
    host: ReactiveControllerHost,
    getLearn: () => Learn | undefined,
    getId: () => string,
    onLoaded: (loaded: LoadedLesson | null) => void,
  ) {
    this.task = new LatestTask(
      host,
      () => [getLearn(), getId().trim()] as const,
      async ([learn, id], signal) => {
        if (!learn || !id) return null;
        const lesson = await learn.lessons.get(id, { signal });
        signal.throwIfAborted();
        let stored: LessonProgress | null = null;
        try {
          stored = await learn.lessons.progress(lesson);
        } catch (error) {
          // Progress is a convenience; a lesson that starts over beats one that cannot start.
          console.warn(`Learnflow: saved progress for lesson "${id}" could not be read; starting fresh.`, error);
        }
        signal.throwIfAborted();
        if (stored) {
          const fitted = fitProgress(lesson, stored);
          stored = fitted.progress;
        }
        return { learn, lesson, stored };
      },
      onLoaded,
    );
  }

  get pending(): boolean {
    return this.task.status === 'pending';
  }

  get failure(): LessonFailure | null {
    if (this.task.status !== 'error') return null;
    // By name and kind, not instanceof: a second copy of the SDK on the page has its own class.
    const error = this.task.error as { name?: unknown; kind?: BackendErrorKind } | undefined;
    if (error?.name !== 'BackendError') return 'error';
    if (error.kind === 'not-found') return 'not-found';
    if (error.kind === 'network' || error.kind === 'timeout') return 'offline';
    if (error.kind === 'invalid-response') return 'invalid';
    return 'error';
  }

  retry(): void {
    void this.task.run();
  }
}
