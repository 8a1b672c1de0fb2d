/**
 * The question on show and its thread: loaded through the runtime (a copy the element already has —
 * just sent, or from the list — shows at once while the server's is fetched), kept current by the
 * runtime's `question-change` events, and marked read while it is on screen. Says when an expert's
 * message arrived, so the element can announce it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { Question } from '../../../src/protocol/index.js';
import { failureOf, type Failure } from '../../shared/failure.js';

const expertMessages = (q: Question) => q.messages.filter((m) => m.role === 'expert' && !m.internal).length;

export class ThreadController {
  question: Question | null = null;
  id: string | null = null;
  loading = false;
  failure: Failure | null = null;
  private runs = 0;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly learn: () => Learn | undefined,
    /** Whether the thread is on screen (marking read is for what the person can see). */
    private readonly visible: () => boolean,
  ) {}

  open(id: string, known?: Question): void {
    this.id = id;
    this.question = known?.id === id ? known : null;
    void this.load();
  }

  close(): void {
    this.abort?.abort();
    this.runs++;
    this.id = null;
    this.question = null;
    this.loading = false;
    this.failure = null;
  }

  async load(): Promise<void> {
    const learn = this.learn();
    const id = this.id;
    if (!learn || !id) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.runs;
    this.loading = true;
    this.failure = null;
    this.host.requestUpdate();
    try {
      const question = await learn.questions.thread(id, { signal: abort.signal });
      if (run !== this.runs) return;
      this.question = question;
      this.markRead(learn);
    } catch (error) {
      if (run !== this.runs) return;
      // A copy we already have (just sent offline, still in the outbox) stays on screen.
      if (!this.question) this.failure = failureOf(error);
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  /** A `question-change` from the runtime; true when it brought a new answer to the question on show. */
  changed(question: Question): boolean {
    if (question.id !== this.id) return false;
    const before = this.question ? expertMessages(this.question) : 0;
    this.question = question;
    this.failure = null;
    const learn = this.learn();
    if (learn) this.markRead(learn);
    return expertMessages(question) > before;
  }

  private markRead(learn: Learn): void {
    const question = this.question;
    if (question && question.unread > 0 && this.visible()) learn.questions.markRead(question.id).catch(() => undefined); // the badge stays until the next try
  }
}
