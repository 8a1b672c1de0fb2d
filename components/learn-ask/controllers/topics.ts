/**
 * The topics one can ask about, with who answers each and how fast: loaded through the runtime for
 * a signed-in user (a `LatestTask`, so a new runtime or a new user aborts the load in flight), and
 * the topic to preselect — the `topic` attribute when it names one, else what the current
 * context suggests, else the first.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { AskTopic } from '../../../src/protocol/index.js';
import { failureOf, type Failure } from '../../shared/failure.js';
import { LatestTask } from '../../shared/latest-task.js';

export class TopicsController {
  private readonly task: LatestTask<readonly [Learn | undefined, string | undefined], AskTopic[] | null>;

  constructor(host: ReactiveControllerHost, learn: () => Learn | undefined) {
    this.task = new LatestTask(
      host,
      () => [learn(), learn()?.user?.token] as const,
      async ([runtime, token], signal) => (runtime && token ? runtime.questions.topics({ signal }) : null),
    );
  }

  get items(): AskTopic[] | null {
    return this.task.value ?? null;
  }

  get pending(): boolean {
    return this.task.status === 'initial' || (this.task.status === 'pending' && !this.task.value);
  }

  get failure(): Failure | null {
    return this.task.status === 'error' ? failureOf(this.task.error) : null;
  }

  retry(): void {
    void this.task.run();
  }

  /** The topic in effect: the person's choice, the attribute's, the context's, or the first. */
  selected(learn: Learn, chosen: string | undefined, attribute: string | undefined): AskTopic | undefined {
    const items = this.items ?? [];
    const byId = (id: string | undefined) => (id ? items.find((t) => t.id === id) : undefined);
    return byId(chosen) ?? byId(attribute) ?? byId(learn.questions.topicFor(items)) ?? items[0];
  }
}
