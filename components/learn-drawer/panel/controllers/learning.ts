/**
 * A lesson or the daily review inside the drawer: which one is open, loading its element's chunk,
 * handing it focus once it has rendered (the lesson and the review put it on their own heading),
 * and saying so when the chunk cannot be loaded. Hover and focus on a lesson entry preload it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../../sdk/types.js';
import { loadLearning, type Learning } from '../parts/learning-view.js';

export interface LearningHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class LearningController {
  current: Learning | null = null;

  constructor(
    private readonly host: LearningHost,
    private readonly deps: { learn: () => Learn | undefined; isOpen: () => boolean; failed: () => void },
  ) {}

  open(learning: Learning): void {
    this.current = learning;
    this.host.requestUpdate();
    loadLearning(learning.kind)
      .then(async () => {
        await this.host.updateComplete;
        const element = this.host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('learn-lesson, learn-drawer-review, learn-ask');
        await element?.updateComplete;
        if (this.current === learning && this.deps.isOpen()) element?.focus();
      })
      .catch((error: unknown) => {
        console.warn('Learnflow: the lesson player could not be loaded.', error);
        if (this.current === learning) this.close();
        this.deps.failed();
      });
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.host.requestUpdate();
  }

  /** The pointer or focus is on a lesson entry: load the player and the lesson ahead of the click. */
  preload(lessonId: string): void {
    loadLearning('lesson').catch(() => undefined); // opening it reports a failure
    this.deps.learn()?.lessons.get(lessonId).catch(() => undefined);
  }
}
