/**
 * `learn-question-sent`: an employee sent a question to an expert (it is saved, and sent at once or
 * when the connection returns). A domain event for the host, so it bubbles and crosses shadow roots.
 * Fired on the person's own Send, never for questions that are merely shown.
 */
export interface LearnQuestionSentDetail {
  /** The question's id (chosen on the device: it is the same offline and after it reached the server). */
  readonly questionId: string;
  readonly topic: string;
}

export class LearnQuestionSentEvent extends Event {
  static readonly type = 'learn-question-sent';
  readonly detail: LearnQuestionSentDetail;
  constructor(detail: LearnQuestionSentDetail) {
    super(LearnQuestionSentEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-question-sent': LearnQuestionSentEvent;
  }
}
