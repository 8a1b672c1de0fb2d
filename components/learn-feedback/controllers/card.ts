/**
 * The prompt card's manners. It is non-modal and appears on its own (the SDK or a trigger puts it
 * in the page), so it must never pull the person out of what they are doing: when it opens and
 * something has focus — above all a host form field being typed in (looked up through shadow
 * roots: `document.activeElement` stops at the first host) — it only announces itself; only when
 * nothing has focus does focus start on its heading. Escape and the close button hide it, return
 * focus to where it was if it had focus, and fire `learn-feedback-close` (which does not bubble).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../../shared/deep-active-element.js';
import { LearnFeedbackCloseEvent, type LearnFeedbackCloseDetail } from '../events/learn-feedback-close.js';

export interface CardHost extends ReactiveControllerHost, HTMLElement {
  readonly isCard: boolean;
  readonly answered: boolean;
}

export class CardController implements ReactiveController {
  /** What had focus when the card opened (outside the card): focus goes back there on close. */
  #opener: HTMLElement | null = null;

  constructor(
    private readonly host: CardHost,
    private readonly opened: (focus: HTMLElement | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // After the first render (its announcement is a change of an existing live region, which screen readers read).
    void this.host.updateComplete.then(() => {
      if (!this.host.isCard || !this.host.isConnected || this.host.hidden) return;
      const active = deepActiveElement();
      this.#opener = active && !this.host.contains(active) && !this.host.shadowRoot?.contains(active) ? active : null;
      this.opened(this.#opener);
    });
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.host.isCard) return;
    event.stopPropagation();
    this.close('escape');
  };

  close(source: LearnFeedbackCloseDetail['source']): void {
    const hadFocus = this.host.matches(':focus-within');
    this.host.hidden = true;
    this.host.dispatchEvent(new LearnFeedbackCloseEvent({ source, answered: this.host.answered }));
    if (hadFocus && this.#opener?.isConnected) this.#opener.focus();
  }
}
