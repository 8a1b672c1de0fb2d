/**
 * `learn-feedback-given`: the person sent feedback (it is saved, and sent at once or when the
 * connection returns). A domain event for the host, so it bubbles and crosses shadow roots. Fired
 * on the person's own Send only.
 */
import type { FeedbackKind } from '../../../src/protocol/index.js';

export interface LearnFeedbackGivenDetail {
  readonly subject: string;
  readonly kind: FeedbackKind;
  /** thumbs 1/0, stars 1–5, NPS 0–10; undefined for text and survey. */
  readonly value: number | undefined;
}

export class LearnFeedbackGivenEvent extends Event {
  static readonly type = 'learn-feedback-given';
  readonly detail: LearnFeedbackGivenDetail;
  constructor(detail: LearnFeedbackGivenDetail) {
    super(LearnFeedbackGivenEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-feedback-given': LearnFeedbackGivenEvent;
  }
}
