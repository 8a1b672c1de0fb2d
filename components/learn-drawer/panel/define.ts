/**
 * Registers `<learn-drawer-panel>` and hands the launcher what it needs after the first open.
 * Imported by `<learn-drawer>` with a dynamic import on hover, focus, idle or open, so Lit and
 * the views stay out of the host page's first load.
 */
import type { CSSResult } from 'lit';
import { afterLoadIdle } from '../../../sdk/idle.js';
import { defineElement } from '../../shared/define-element.js';
import { LearnDrawerPanel, PANEL_PARTS } from './learn-drawer-panel.js';

defineElement('learn-drawer-panel', LearnDrawerPanel);

// The panel's constructable stylesheet (parsing ≈ 8 KB of CSS) at an idle moment of its own, not
// in the task that creates the first panel: each stays a short task.
afterLoadIdle(() => {
  for (const style of LearnDrawerPanel.elementStyles) void (style as CSSResult).styleSheet;
}, 10_000);

export { LearnDrawerPanel, PANEL_PARTS };
export { DrawerSession } from './drawer-session.js';

declare global {
  interface HTMLElementTagNameMap {
    'learn-drawer-panel': LearnDrawerPanel;
  }
}
