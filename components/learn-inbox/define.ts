/**
 * Registers `<learn-inbox>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnInbox } from './learn-inbox.js';

defineElement('learn-inbox', LearnInbox);

export { LearnInbox };

declare global {
  interface HTMLElementTagNameMap {
    'learn-inbox': LearnInbox;
  }
}
