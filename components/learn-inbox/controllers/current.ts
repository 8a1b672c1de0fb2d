/**
 * The question the expert has open: loaded with its internal notes through the runtime (a copy
 * from the queue shows at once), kept current by `question-change` events.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { Question } from '../../../src/protocol/index.js';
import { failureOf, type Failure } from '../../shared/failure.js';

export class CurrentQuestion {
  question: Question | null = null;
  id: string | null = null;
  failure: Failure | null = null;
  private runs = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  async open(learn: Learn, id: string, known?: Question): Promise<void> {
    this.id = id;
    this.question = known ?? null;
    this.failure = null;
    const run = ++this.runs;
    this.host.requestUpdate();
    try {
      const question = await learn.inbox.get(id);
      if (run === this.runs) this.question = question;
    } catch (error) {
      if (run === this.runs && !this.question) this.failure = failureOf(error);
    }
    this.host.requestUpdate();
  }

  close(): void {
    this.runs++;
    this.id = this.question = this.failure = null;
  }

  /** From an action's answer or a live event. */
  changed(question: Question): void {
    if (question.id === this.id) this.question = question;
  }
}
