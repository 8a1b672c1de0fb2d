/**
 * Registers `<learn-ask>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnAsk } from './learn-ask.js';

defineElement('learn-ask', LearnAsk);

export { LearnAsk };
export { LearnQuestionSentEvent } from './events/learn-question-sent.js';
export type { LearnQuestionSentDetail } from './events/learn-question-sent.js';

declare global {
  interface HTMLElementTagNameMap {
    'learn-ask': LearnAsk;
  }
}
