/**
 * Registers `<learn-drawer>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnDrawer } from './learn-drawer.js';

defineElement('learn-drawer', LearnDrawer);

export { LearnDrawer };

declare global {
  interface HTMLElementTagNameMap {
    'learn-drawer': LearnDrawer;
  }
}
