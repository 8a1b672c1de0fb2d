/**
 * Internal: the panel tells its `<learn-drawer>` that the person wants to close it. The drawer
 * owns the public `learn-request-close` event and the runtime's open state, so the panel only
 * reports the intent. Kept free of Lit: the launcher imports it statically.
 */
import type { CloseSource } from '../../events/learn-request-close.js';

export class PanelCloseIntentEvent extends Event {
  static readonly type = 'learn-drawer-panel-close-intent';
  /**
   * @param source what the person did
   * @param forced true when the platform already closed the dialog (Chromium closes a modal
   *   dialog on a second Esc without user activation even if `cancel` is prevented), so the
   *   drawer can only follow, not ask.
   */
  constructor(
    readonly source: CloseSource,
    readonly forced = false,
  ) {
    super(PanelCloseIntentEvent.type, { bubbles: false, composed: false });
  }
}
