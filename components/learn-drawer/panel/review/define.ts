/** Registers `<learn-drawer-review>`; imported by the drawer panel when the review is opened. */
import { defineElement } from '../../../shared/define-element.js';
import { LearnDrawerReview } from './learn-drawer-review.js';

defineElement('learn-drawer-review', LearnDrawerReview);

export { LearnDrawerReview };

declare global {
  interface HTMLElementTagNameMap {
    'learn-drawer-review': LearnDrawerReview;
  }
}
