/**
 * Internal: the panel tells its `<learn-drawer>` that the person wants to close it. The drawer
 * owns the public `learn-request-close` event and the runtime's open state, so the panel only
 * reports the intent. The launcher imports only the type name and the class's type (it is in the
 * first-load budget; the class travels with the panel).
 */
import type { CloseSource } from '../../events/learn-request-close.js';

export const PANEL_CLOSE_INTENT = 'learn-drawer-panel-close-intent';

// No static members: a class with static initialisers would not be tree-shaken out of the launcher.
export class PanelCloseIntentEvent extends Event {
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
    super(PANEL_CLOSE_INTENT, { bubbles: false, composed: false });
  }
}
