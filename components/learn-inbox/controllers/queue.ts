/**
 * The expert's queue: the filters (topic, status, age), the questions they select — loaded through
 * the runtime as a `LatestTask`, so changing a filter aborts the load in flight — oldest first, and
 * the topics for the topic filter. A `question-change` updates a row in place; a question the
 * queue has not seen reloads it (it may or may not match the filters: the server decides).
 */
import type { ReactiveControllerHost } from 'lit';
import type { InboxFilter, Learn } from '../../../sdk/types.js';
import type { AskTopic, Question } from '../../../src/protocol/index.js';
import { failureOf, type Failure } from '../../shared/failure.js';
import { LatestTask } from '../../shared/latest-task.js';
import type { InboxStatus } from '../i18n/en.js';

const oldestFirst = (a: Question, b: Question) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

export class QueueController {
  topic = '';
  status: InboxStatus = 'waiting';
  olderThanMinutes = 0;
  private live: Question[] | null = null;
  private readonly task: LatestTask<readonly [Learn | undefined, string | undefined, string, InboxStatus, number], Question[] | null>;
  private readonly topicsTask: LatestTask<readonly [Learn | undefined, string | undefined], AskTopic[] | null>;

  constructor(host: ReactiveControllerHost, learn: () => Learn | undefined) {
    const token = () => learn()?.user?.token;
    this.task = new LatestTask(
      host,
      () => [learn(), token(), this.topic, this.status, this.olderThanMinutes] as const,
      async ([runtime, user, topic, status, age], signal) => {
        if (!runtime || !user) return null;
        const filter: InboxFilter = { status, ...(topic ? { topic } : {}), ...(age ? { olderThanMinutes: age } : {}) };
        return (await runtime.inbox.queue(filter, { signal })).slice().sort(oldestFirst);
      },
      (items) => (this.live = items),
    );
    // The filter's topic names; the queue works without them (a failure leaves "All topics").
    this.topicsTask = new LatestTask(host, () => [learn(), token()] as const, async ([runtime, user], signal) =>
      runtime && user ? runtime.questions.topics({ signal }).catch(() => null) : null,
    );
  }

  get items(): Question[] | null {
    return this.task.status === 'error' ? null : this.live;
  }

  get topics(): AskTopic[] {
    return this.topicsTask.value ?? [];
  }

  topicName(id: string): string {
    return this.topics.find((t) => t.id === id)?.name ?? id;
  }

  get pending(): boolean {
    return this.task.status === 'initial' || (this.task.status === 'pending' && !this.live);
  }

  get failure(): Failure | null {
    return this.task.status === 'error' ? failureOf(this.task.error) : null;
  }

  reload(): void {
    void this.task.run();
  }

  /** Rows grouped by topic, each group oldest first (the queue is already sorted). */
  groups(): [topic: string, items: Question[]][] {
    const groups = new Map<string, Question[]>();
    for (const q of this.items ?? []) groups.set(q.topic, [...(groups.get(q.topic) ?? []), q]);
    return [...groups];
  }

  changed(question: Question): void {
    if (!this.live) return;
    if (this.live.some((q) => q.id === question.id)) this.live = this.live.map((q) => (q.id === question.id ? question : q));
    else this.reload();
  }
}
