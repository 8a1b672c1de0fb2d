/**
 * Registers `<learn-insights>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnInsights } from './learn-insights.js';

defineElement('learn-insights', LearnInsights);

export { LearnInsights };

declare global {
  interface HTMLElementTagNameMap {
    'learn-insights': LearnInsights;
  }
}
