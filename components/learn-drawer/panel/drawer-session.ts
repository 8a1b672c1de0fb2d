/**
 * The open/close life of one `<learn-drawer>`'s panel: creates `<learn-drawer-panel>` in the
 * drawer's shadow root (so `aria-controls` resolves), keeps it configured from the drawer's
 * attributes, and fires the drawer's public events (`learn-show`, `learn-hide`,
 * `learn-request-close`) on the drawer element.
 *
 * It lives in the panel chunk, not in the launcher: everything the launcher does before the first
 * open is in the host page's 5 KB first-load budget, and none of this is needed before then.
 */
import type { CloseSource } from '../../events/learn-request-close.js';
import { LearnRequestCloseEvent } from '../../events/learn-request-close.js';
import { LearnHideEvent, LearnShowEvent } from '../../events/learn-show.js';
import { afterLoadIdle } from '../../../sdk/idle.js';
import type { OpenTarget } from '../../../sdk/types.js';
import type { LearnDrawer } from '../learn-drawer.js';
import { PANEL_CLOSE_INTENT, type PanelCloseIntentEvent } from './close-intent.js';
import { PANEL_PARTS, type LearnDrawerPanel } from './learn-drawer-panel.js';

export class DrawerSession {
  readonly panel: LearnDrawerPanel;
  /** The badge (due reviews, new answers): added when the panel has loaded its chunk (the first time there is a count; most pages: never). */
  private badge: { update(): void } | undefined;

  constructor(
    private readonly drawer: LearnDrawer,
    private readonly launcher: HTMLElement,
  ) {
    const panel = (this.panel = document.createElement('learn-drawer-panel'));
    panel.id = 'panel';
    panel.setAttribute('part', 'panel');
    // The host styles the panel's insides as `learn-drawer::part(article-body)`.
    panel.setAttribute('exportparts', PANEL_PARTS.join(', '));
    panel.addEventListener(PANEL_CLOSE_INTENT, (event) => {
      const { source, forced } = event as PanelCloseIntentEvent;
      if (forced) drawer.hide();
      else this.requestClose(source);
    });
    panel.onCounts = ({ LauncherBadge }) => (this.badge = new LauncherBadge(drawer, launcher));
    this.configure();
    drawer.shadowRoot!.append(panel);
    launcher.setAttribute('aria-controls', panel.id);
    // Created ahead of the first open (at idle): its body (the suggestions) at the next idle moment.
    afterLoadIdle(() => panel.prepareBody(), 10_000);
  }

  /** Copies the drawer's attributes to the panel (on creation and on every attribute change). */
  configure(): void {
    const { drawer, panel } = this;
    panel.modal = drawer.modal;
    panel.side = drawer.side === 'start' ? 'start' : 'end';
    panel.theme = drawer.theme === 'light' || drawer.theme === 'dark' ? drawer.theme : 'auto';
    panel.locale = drawer.locale ?? undefined;
    panel.shortcut = this.launcher.getAttribute('aria-keyshortcuts') ?? undefined;
    panel.starting = drawer.backend !== null;
    this.badge?.update();
  }

  show(target: OpenTarget | null, opener: HTMLElement | null): void {
    const wasOpen = this.panel.open;
    this.panel.show({ target, opener });
    if (!wasOpen) this.drawer.dispatchEvent(new LearnShowEvent());
  }

  hide(): void {
    if (!this.panel.open) return;
    this.panel.hide();
    this.drawer.dispatchEvent(new LearnHideEvent());
  }

  /** Fires the cancelable `learn-request-close` on the drawer and closes unless prevented. */
  requestClose(source: CloseSource): boolean {
    if (!this.drawer.dispatchEvent(new LearnRequestCloseEvent(source))) return false;
    this.drawer.hide();
    return true;
  }

  /**
   * The shortcut, pressed while open. Non-modal: the person may be typing in the host form beside
   * the drawer; the shortcut brings them back into it, and closes it only when they are already there.
   */
  shortcut(): void {
    if (this.panel.matches(':focus-within')) this.requestClose('shortcut');
    else this.panel.focusSearch();
  }
}
