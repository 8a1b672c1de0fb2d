/**
 * `learn-lesson-complete`: an employee finished a lesson. A domain event for the host (an intranet
 * page may thank them, a host app may unlock something), so it bubbles and crosses shadow roots.
 * Fired once per completed attempt, on the person's own action (never when a completed lesson is
 * merely shown again).
 */
export interface LearnLessonCompleteDetail {
  readonly lessonId: string;
  /** Share of quiz questions answered right (0–1); undefined for a lesson without questions. */
  readonly score: number | undefined;
  /** Whether the score reached the lesson's pass mark (a lesson without questions passes). */
  readonly passed: boolean;
}

export class LearnLessonCompleteEvent extends Event {
  static readonly type = 'learn-lesson-complete';
  readonly detail: LearnLessonCompleteDetail;
  constructor(detail: LearnLessonCompleteDetail) {
    super(LearnLessonCompleteEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-lesson-complete': LearnLessonCompleteEvent;
  }
}
