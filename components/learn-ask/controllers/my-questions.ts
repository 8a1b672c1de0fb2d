/**
 * "My questions": the employee's questions, newest first, loaded through the runtime when the list
 * is wanted (a `LatestTask`: a new runtime or user aborts the load in flight) and kept current by
 * `question-change` events without another request.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { Question } from '../../../src/protocol/index.js';
import { failureOf, type Failure } from '../../shared/failure.js';
import { LatestTask } from '../../shared/latest-task.js';

export class MyQuestionsController {
  private readonly task: LatestTask<readonly [Learn | undefined, string | undefined, boolean], Question[] | null>;
  private live: Question[] | null = null;

  constructor(host: ReactiveControllerHost, learn: () => Learn | undefined, wanted: () => boolean) {
    this.task = new LatestTask(
      host,
      () => [learn(), learn()?.user?.token, wanted()] as const,
      async ([runtime, token, want], signal) => (runtime && token && want ? runtime.questions.mine({ signal }) : null),
      (items) => (this.live = items),
    );
  }

  get items(): Question[] | null {
    return this.live;
  }

  get pending(): boolean {
    return this.task.status === 'pending' && !this.live;
  }

  get failure(): Failure | null {
    return this.task.status === 'error' ? failureOf(this.task.error) : null;
  }

  retry(): void {
    void this.task.run();
  }

  changed(question: Question): void {
    if (!this.live) return;
    const others = this.live.filter((q) => q.id !== question.id);
    const at = this.live.findIndex((q) => q.id === question.id);
    // Newest first: a question we did not know yet goes on top, a known one keeps its place.
    this.live = at < 0 ? [question, ...others] : this.live.map((q) => (q.id === question.id ? question : q));
  }
}
