/**
 * Registers `<learn-feedback>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnFeedback } from './learn-feedback.js';

defineElement('learn-feedback', LearnFeedback);

export { LearnFeedback };
export { LearnFeedbackGivenEvent } from './events/learn-feedback-given.js';
export type { LearnFeedbackGivenDetail } from './events/learn-feedback-given.js';
export { LearnFeedbackCloseEvent } from './events/learn-feedback-close.js';
export type { LearnFeedbackCloseDetail } from './events/learn-feedback-close.js';
export type { SurveyQuestion } from './survey.js';

declare global {
  interface HTMLElementTagNameMap {
    'learn-feedback': LearnFeedback;
  }
}
