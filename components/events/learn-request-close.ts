/**
 * `learn-request-close`: an element is about to close because of the person, not the host's code.
 * Cancelable, so a host (or the lesson player and ask form, later) can keep it open to protect
 * unsaved work (Shoelace's `sl-request-close`). It does not bubble: it belongs to the element that
 * fires it, so a nested element's request never closes its container.
 */
export type CloseSource = 'escape' | 'close-button' | 'launcher' | 'shortcut' | 'outside';

export interface LearnRequestCloseDetail {
  readonly source: CloseSource;
}

export class LearnRequestCloseEvent extends Event {
  static readonly type = 'learn-request-close';
  readonly detail: LearnRequestCloseDetail;
  constructor(source: CloseSource) {
    super(LearnRequestCloseEvent.type, { bubbles: false, composed: false, cancelable: true });
    this.detail = { source };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-request-close': LearnRequestCloseEvent;
  }
}
