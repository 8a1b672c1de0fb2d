/**
 * Registers `<learn-lesson>` (guarded: a second copy of Learnflow on the page warns, never throws).
 * The only module of this element with a side effect; `package.json#sideEffects` lists it.
 */
import { defineElement } from '../shared/define-element.js';
import { LearnLesson } from './learn-lesson.js';

defineElement('learn-lesson', LearnLesson);

export { LearnLesson };
export { LearnLessonCompleteEvent } from './events/learn-lesson-complete.js';
export type { LearnLessonCompleteDetail } from './events/learn-lesson-complete.js';

declare global {
  interface HTMLElementTagNameMap {
    'learn-lesson': LearnLesson;
  }
}
