/**
 * Registers `<learn-drawer-panel>` and hands the launcher what it needs after the first open.
 * Imported by `<learn-drawer>` with a dynamic import on hover, focus, idle or open, so Lit and
 * the views stay out of the host page's first load.
 */
import { defineElement } from '../../shared/define-element.js';
import { LearnDrawerPanel, PANEL_PARTS } from './learn-drawer-panel.js';

defineElement('learn-drawer-panel', LearnDrawerPanel);

export { LearnDrawerPanel, PANEL_PARTS };
export { DrawerSession } from './drawer-session.js';

declare global {
  interface HTMLElementTagNameMap {
    'learn-drawer-panel': LearnDrawerPanel;
  }
}
