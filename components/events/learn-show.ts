/**
 * `learn-show` / `learn-hide`: an element's own lifecycle. They neither bubble nor cross shadow
 * roots, so a nested element's hide can never be mistaken for its container's (Shoelace #1327, #2020).
 */
export class LearnShowEvent extends Event {
  static readonly type = 'learn-show';
  constructor() {
    super(LearnShowEvent.type, { bubbles: false, composed: false, cancelable: false });
  }
}

export class LearnHideEvent extends Event {
  static readonly type = 'learn-hide';
  constructor() {
    super(LearnHideEvent.type, { bubbles: false, composed: false, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-show': LearnShowEvent;
    'learn-hide': LearnHideEvent;
  }
}
