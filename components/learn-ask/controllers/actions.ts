/**
 * What the person sends from `<learn-ask>`: the question (checked against the draft's limits first,
 * then handed to the runtime's outbox), follow-ups and "Mark as solved". It keeps what the views
 * show about sending — busy, the errors, the follow-up being typed, which questions were saved
 * offline — and leaves where the screen and focus go next to the element (`sent`, `focus`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { AskTopic, Question } from '../../../src/protocol/index.js';
import { LearnQuestionSentEvent } from '../events/learn-question-sent.js';
import type { AskStrings } from '../i18n/en.js';
import type { AskDraft } from './draft.js';
import type { ThreadController } from './thread.js';

export interface AskActionsOptions {
  learn(): Learn | undefined;
  topic(): AskTopic | undefined;
  draft: AskDraft;
  thread: ThreadController;
  strings(): AskStrings;
  announce(message: string): void;
  /** Focus an element of the view by selector now, or, given none, the view's heading once it is rendered. */
  focus(selector?: string): void;
  /** A question was saved: the element shows its thread. */
  sent(question: Question): void;
}

export class AskActions {
  sending = false;
  /** A follow-up or "Mark as solved" is in flight: a second click does nothing. */
  following = false;
  sendError = '';
  followUp = '';
  followUpError = '';
  /** Questions sent from here while offline: "saved, sent when you are back online" until the outbox empties. */
  private readonly queued = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: AskActionsOptions,
  ) {}

  /** Whether to say a question is still waiting to be sent (only for ones sent from here). */
  isQueued(learn: Learn, id: string): boolean {
    return this.queued.has(id) && (learn.connectivity === 'offline' || learn.sync.pending > 0);
  }

  setFollowUp(text: string): void {
    this.followUp = text;
    this.followUpError = '';
  }

  /** A new thread on show: nothing typed for another question carries over. */
  clearFollowUp(): void {
    this.followUp = this.followUpError = '';
  }

  async send(): Promise<void> {
    const { learn: getLearn, topic: getTopic, draft, strings, announce } = this.options;
    const learn = getLearn();
    const topic = getTopic();
    if (!learn || !topic || this.sending) return;
    const s = strings();
    draft.attempted = true;
    if (draft.problem) {
      this.options.focus('#question');
      this.host.requestUpdate();
      return;
    }
    this.sending = true;
    this.sendError = '';
    this.host.requestUpdate();
    try {
      const question = await learn.questions.send({ topic: topic.id, text: draft.text.trim(), context: draft.context(learn, topic.id) });
      const offline = learn.connectivity === 'offline';
      if (offline) this.queued.add(question.id);
      this.host.dispatchEvent(new LearnQuestionSentEvent({ questionId: question.id, topic: topic.id }));
      draft.reset();
      this.options.sent(question);
      announce(offline ? s.queued : s.sent);
    } catch {
      // The outbox keeps what it accepted, so a failure here means it was not saved at all.
      this.sendError = s.sendFailed;
      announce(this.sendError);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  async sendFollowUp(): Promise<void> {
    const { learn: getLearn, thread, strings, announce } = this.options;
    const learn = getLearn();
    const id = thread.id;
    const body = this.followUp.trim();
    if (!learn || !id || this.following) return;
    if (!body) {
      this.followUpError = strings().followUpEmpty;
      this.options.focus('#follow-up');
      this.host.requestUpdate();
      return;
    }
    this.following = true;
    this.host.requestUpdate();
    try {
      await learn.questions.followUp(id, body);
      this.clearFollowUp();
      announce(strings().followUpSent);
      if (learn.connectivity !== 'offline') void thread.load();
    } catch {
      this.followUpError = strings().sendFailed;
    } finally {
      this.following = false;
    }
    this.host.requestUpdate();
  }

  async solve(): Promise<void> {
    const { learn: getLearn, thread, strings, announce } = this.options;
    const learn = getLearn();
    const id = thread.id;
    if (!learn || !id || this.following) return;
    this.following = true;
    try {
      thread.changed(await learn.questions.solve(id));
      // The follow-up form is gone: focus goes back to the thread's heading.
      this.options.focus();
      announce(strings().solvedNote);
    } catch {
      announce(strings().sendFailed);
    } finally {
      this.following = false;
    }
    this.host.requestUpdate();
  }
}
