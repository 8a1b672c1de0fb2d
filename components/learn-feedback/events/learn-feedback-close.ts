/**
 * `learn-feedback-close`: a prompt card was closed (Escape or its close button). The element's own
 * hide event, so it neither bubbles nor crosses shadow roots (a card nested in the drawer must not
 * close the drawer). The host may remove the element; it is hidden already.
 */
export interface LearnFeedbackCloseDetail {
  readonly source: 'escape' | 'close-button';
  /** Whether the person had sent feedback before closing. */
  readonly answered: boolean;
}

export class LearnFeedbackCloseEvent extends Event {
  static readonly type = 'learn-feedback-close';
  readonly detail: LearnFeedbackCloseDetail;
  constructor(detail: LearnFeedbackCloseDetail) {
    super(LearnFeedbackCloseEvent.type, { bubbles: false, composed: false, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-feedback-close': LearnFeedbackCloseEvent;
  }
}
