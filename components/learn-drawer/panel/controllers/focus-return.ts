/**
 * Focus goes back to whatever opened the drawer: the launcher, the host's own help button, or the
 * field the person was in when they pressed the shortcut. No focus trap (the platform's <dialog>
 * handles modality; Shoelace's hand-written trap stole focus from TinyMCE, #1571).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../../../shared/deep-active-element.js';

export class FocusReturnController implements ReactiveController {
  private opener: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Remember where focus should return; `null` means "wherever focus is now". */
  capture(opener: HTMLElement | null): void {
    this.opener = opener ?? deepActiveElement();
  }

  /**
   * Whether closing now should move focus: only when focus is inside the panel or lost (on
   * <body>). In the non-modal drawer a person who has already clicked back into the host form
   * keeps their place when the host's code closes the drawer.
   */
  shouldRestore(): boolean {
    const active = deepActiveElement();
    return active === null || this.host.shadowRoot?.contains(active) === true;
  }

  restore(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  hostDisconnected(): void {
    this.opener = null;
  }
}
