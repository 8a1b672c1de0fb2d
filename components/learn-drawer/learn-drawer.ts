/**
 * @summary Contextual help beside the host screen: a launcher button and a drawer with suggestions
 * for the current screen, instant search, articles and recently viewed help.
 *
 * This class is deliberately plain `HTMLElement`, not Lit: it and the SDK facade are everything a
 * host page loads before anyone clicks (budget 5 KB gzip). The panel (`<learn-drawer-panel>`, Lit,
 * search, markdown) is a chunk imported when the pointer reaches the launcher, when it gets focus,
 * at idle after the page has loaded, or at the latest on open. The panel lives in this element's
 * shadow root because ARIA id references (`aria-controls`) do not cross shadow roots.
 *
 * The runtime (`createLearn`) owns the open state: the launcher, the shortcut and the host's own
 * `learn.open({ article })` all go through `learn.open()`, and this element follows the runtime's
 * `open` / `close` events. With a `backend` attribute and no runtime on the page it starts one.
 *
 * @tag learn-drawer
 *
 * @slot badge - Shown on the launcher (e.g. a count). Its text becomes part of the launcher's accessible name.
 *
 * @fires {LearnShowEvent} learn-show - The drawer opened. Does not bubble.
 * @fires {LearnHideEvent} learn-hide - The drawer closed. Does not bubble.
 * @fires {LearnRequestCloseEvent} learn-request-close - The person asked to close it; `detail.source` is
 *   `'escape' | 'close-button' | 'launcher' | 'shortcut'`. Cancelable: `preventDefault()` keeps it open. Does not bubble.
 * @fires {LearnAskEvent} learn-ask - From the panel: the person wants to ask an expert; `detail: { query, context }`.
 *   Bubbles and is composed.
 *
 * @csspart launcher - The launcher button (a disclosure button with `aria-expanded`).
 * @csspart launcher-icon - The launcher's icon.
 * @csspart launcher-label - The launcher's text.
 * @csspart panel - The `<learn-drawer-panel>` element. Its own parts are exported, see that element.
 *
 * @cssprop [--learn-accent=#1f5bd8] - Accent colour (launcher, links, focus of the active result).
 * @cssprop [--learn-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--learn-font-family=system-ui] - Font of the launcher and the panel.
 * @cssprop [--learn-z-index=2147483000] - Stacking of the launcher and the non-modal panel.
 * @cssprop [--learn-launcher-offset=20px] - Distance of the launcher from the viewport corner.
 * @cssprop [--learn-launcher-size=48px] - Launcher height.
 * @cssprop [--learn-launcher-radius=999px] - Launcher corner radius.
 * @cssprop [--learn-launcher-background=var(--learn-accent)] - Launcher background.
 * @cssprop [--learn-launcher-color=var(--learn-accent-contrast)] - Launcher text and icon colour.
 * @cssprop [--learn-launcher-shadow=0 4px 14px rgb(0 0 0 / 0.24)] - Launcher shadow.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 * @cssprop [--learn-badge-background=#c81e1e] - Badge background.
 * @cssprop [--learn-badge-color=#fff] - Badge text.
 */
import { ContextRequestEvent, ensureContextRoot, learnContext } from '../../sdk/context.js';
import type { Learn, OpenTarget } from '../../sdk/types.js';
import { LearnRequestCloseEvent, type CloseSource } from '../events/learn-request-close.js';
import { LearnHideEvent, LearnShowEvent } from '../events/learn-show.js';
import { deepActiveElement } from '../shared/deep-active-element.js';
import { resolveLocale } from '../shared/locale.js';
import { VERSION } from '../shared/version.js';
import { launcherLabel } from './launcher-labels.js';
import { launcherStyles } from './learn-drawer.styles.js';
import { PanelCloseIntentEvent } from './panel/close-intent.js';
import { loadPanel, preloadPanel, preloadPanelWhenIdle } from './panel-loader.js';
import type { LearnDrawerPanel } from './panel/learn-drawer-panel.js';
import { matchesShortcut, parseShortcut, type Shortcut } from './shortcut.js';

export type DrawerCorner = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';
export type DrawerSide = 'start' | 'end';
export type DrawerTheme = 'light' | 'dark' | 'auto';

export const DEFAULT_SHORTCUT = 'Alt+Shift+H';

const svg = (name: string, attrs: Record<string, string>) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
};

export class LearnDrawer extends HTMLElement {
  static readonly version = VERSION;
  static readonly observedAttributes = ['locale', 'shortcut', 'modal', 'side', 'theme'];

  private readonly launcher: HTMLButtonElement;
  private readonly label: HTMLSpanElement;
  private panel: LearnDrawerPanel | null = null;
  private learn: Learn | undefined;
  private runtimeListeners: (() => void)[] = [];
  private unsubscribeContext: (() => void) | undefined;
  private parsedShortcut: Shortcut | null = parseShortcut(DEFAULT_SHORTCUT);
  private opened = false;
  /** Where focus was when the drawer opened: it goes back there on close. */
  private opener: HTMLElement | null = null;
  /** Bumped on every show/hide so a slow panel import cannot open a drawer that was closed meanwhile. */
  private openToken = 0;
  private pendingTarget: OpenTarget | null = null;
  private cancelIdlePreload: (() => void) | undefined;
  private autoStartTimer: number | undefined;
  private autoStarted = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [launcherStyles()];
    // Built with DOM calls, not innerHTML: a host under a Trusted Types CSP must not need a policy for us here.
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'launcher');
    button.setAttribute('aria-expanded', 'false');
    const icon = svg('svg', { part: 'launcher-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' });
    icon.append(svg('circle', { cx: '12', cy: '12', r: '9.5' }), svg('path', { d: 'M9.2 9.3a2.9 2.9 0 0 1 5.6 1c0 1.9-2.8 2.5-2.8 4' }), svg('circle', { cx: '12', cy: '17.6', r: '0.6', fill: 'currentColor' }));
    this.label = document.createElement('span');
    this.label.setAttribute('part', 'launcher-label');
    const badge = document.createElement('slot');
    badge.name = 'badge';
    button.append(icon, this.label, badge);
    button.addEventListener('click', () => (this.opened ? this.requestClose('launcher') : this.show()));
    // The person is about to open it: fetch the panel now so the click paints in one frame.
    button.addEventListener('pointerenter', preloadPanel);
    button.addEventListener('focus', preloadPanel);
    root.append(button);
    this.launcher = button;
  }

  /** Corner of the viewport the launcher sits in (logical: `end` is right in LTR, left in RTL). */
  get corner(): DrawerCorner {
    return (this.getAttribute('corner') as DrawerCorner | null) ?? 'bottom-end';
  }
  set corner(value: DrawerCorner) {
    this.setAttribute('corner', value);
  }

  /** Edge the panel slides in from. */
  get side(): DrawerSide {
    return this.getAttribute('side') === 'start' ? 'start' : 'end';
  }
  set side(value: DrawerSide) {
    this.setAttribute('side', value);
  }

  /** Hide the launcher when the host has its own help button that calls `learn.open()`. */
  get noLauncher(): boolean {
    return this.hasAttribute('no-launcher');
  }
  set noLauncher(value: boolean) {
    this.toggleAttribute('no-launcher', value);
  }

  /** Always modal (`showModal()`, inert page). Below 600 px wide it is modal and full-screen anyway. */
  get modal(): boolean {
    return this.hasAttribute('modal');
  }
  set modal(value: boolean) {
    this.toggleAttribute('modal', value);
  }

  /** Keyboard shortcut that opens the drawer from anywhere on the page, e.g. `Alt+Shift+H`; `none` switches it off. */
  get shortcut(): string {
    return this.getAttribute('shortcut') ?? DEFAULT_SHORTCUT;
  }
  set shortcut(value: string) {
    this.setAttribute('shortcut', value);
  }

  /** Reference server URL for a page without its own script: a runtime is started with it when none answers. */
  get backend(): string | null {
    return this.getAttribute('backend');
  }
  set backend(value: string | null) {
    if (value === null) this.removeAttribute('backend');
    else this.setAttribute('backend', value);
  }

  /** Language of the drawer (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. */
  get locale(): string | null {
    return this.getAttribute('locale');
  }
  set locale(value: string | null) {
    if (value === null) this.removeAttribute('locale');
    else this.setAttribute('locale', value);
  }

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  get theme(): DrawerTheme {
    const value = this.getAttribute('theme');
    return value === 'light' || value === 'dark' ? value : 'auto';
  }
  set theme(value: DrawerTheme) {
    this.setAttribute('theme', value);
  }

  /** Whether the drawer is open. */
  get open(): boolean {
    return this.opened;
  }

  connectedCallback(): void {
    this.updateLabel();
    ensureContextRoot();
    // Subscribe: when the host destroys its runtime and creates another, we get the new one.
    this.dispatchEvent(new ContextRequestEvent(learnContext, this, this.onRuntime, true));
    document.addEventListener('keydown', this.onDocumentKeydown);
    this.cancelIdlePreload = preloadPanelWhenIdle();
    // A host script that creates its runtime in the same task as it registers this element has
    // not provided it yet; give it that task before starting one of our own.
    if (!this.learn && this.backend) this.autoStartTimer = window.setTimeout(() => this.autoStart(), 0);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.cancelIdlePreload?.();
    clearTimeout(this.autoStartTimer);
    this.unsubscribeContext?.();
    this.unsubscribeContext = undefined;
    this.detachRuntime();
  }

  attributeChangedCallback(name: string): void {
    if (name === 'shortcut' || name === 'locale') this.updateLabel();
    if (this.panel) this.configurePanel(this.panel);
  }

  /** Opens the drawer (through the runtime, so `learn.isOpen` stays true to what is on screen). */
  show(target?: OpenTarget): void {
    if (this.learn) this.learn.open(target);
    else void this.showPanel(target ?? null);
  }

  /** Closes the drawer without asking (`learn-request-close` is for closes the person started). */
  hide(): void {
    if (this.learn?.isOpen) this.learn.close();
    this.hidePanel();
  }

  /**
   * Asks to close on the person's behalf: fires the cancelable `learn-request-close` and closes
   * unless a listener prevented it. Returns whether it closed.
   */
  requestClose(source: CloseSource): boolean {
    if (!this.opened) return true;
    if (!this.dispatchEvent(new LearnRequestCloseEvent(source))) return false;
    this.hide();
    return true;
  }

  private readonly onRuntime = (learn: Learn | undefined, unsubscribe?: () => void): void => {
    if (unsubscribe) this.unsubscribeContext = unsubscribe;
    if (!this.isConnected) return this.unsubscribeContext?.();
    if (learn === this.learn) return;
    this.detachRuntime();
    // The host destroyed its runtime (logout, teardown): nothing to show until a new one arrives.
    if (!learn) return this.hidePanel();
    this.learn = learn;
    this.runtimeListeners = [learn.on('open', ({ target }) => void this.showPanel(target)), learn.on('close', () => this.hidePanel())];
    this.updateLabel();
    if (learn.isOpen) void this.showPanel(learn.openTarget);
    else if (this.opened) learn.open(this.pendingTarget ?? undefined); // opened before the runtime answered
  };

  private detachRuntime(): void {
    for (const off of this.runtimeListeners) off();
    this.runtimeListeners = [];
    this.learn = undefined;
  }

  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.parsedShortcut || !matchesShortcut(event, this.parsedShortcut)) return;
    event.preventDefault();
    if (!this.opened) this.show();
    // Non-modal: the person may be typing in the host form beside the open drawer; the shortcut
    // brings them back into it, and closes it only when they are already there.
    else if (this.panel?.matches(':focus-within')) this.requestClose('shortcut');
    else this.panel?.focusSearch();
  };

  private async showPanel(target: OpenTarget | null): Promise<void> {
    if (!this.opened) {
      this.opened = true;
      this.opener = deepActiveElement();
      this.launcher.setAttribute('aria-expanded', 'true');
    }
    this.pendingTarget = target;
    const token = ++this.openToken;
    let panel = this.panel;
    if (!panel) {
      try {
        panel = await this.createPanel();
      } catch (error) {
        console.warn('Learnflow: the help panel could not be loaded.', error);
        if (token === this.openToken) this.hide();
        return;
      }
    }
    if (token !== this.openToken) return; // closed, or opened on something else, while loading
    const wasOpen = panel.open;
    panel.show({ target, opener: this.opener ?? (this.noLauncher ? null : this.launcher) });
    if (!wasOpen) this.dispatchEvent(new LearnShowEvent());
  }

  private hidePanel(): void {
    if (!this.opened) return;
    this.opened = false;
    this.openToken++;
    this.pendingTarget = null;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.panel?.hide();
    this.opener = null;
    this.dispatchEvent(new LearnHideEvent());
  }

  private async createPanel(): Promise<LearnDrawerPanel> {
    const { PANEL_PARTS } = await loadPanel();
    if (this.panel) return this.panel;
    const panel = document.createElement('learn-drawer-panel');
    panel.id = 'panel';
    panel.setAttribute('part', 'panel');
    panel.setAttribute('exportparts', PANEL_PARTS.join(', '));
    panel.addEventListener(PanelCloseIntentEvent.type, (event) => {
      const { source, forced } = event as PanelCloseIntentEvent;
      if (forced) this.hide();
      else this.requestClose(source);
    });
    this.configurePanel(panel);
    this.shadowRoot!.append(panel);
    this.launcher.setAttribute('aria-controls', panel.id);
    this.panel = panel;
    return panel;
  }

  private configurePanel(panel: LearnDrawerPanel): void {
    panel.modal = this.modal;
    panel.side = this.side;
    panel.theme = this.theme;
    panel.locale = this.locale ?? undefined;
    panel.shortcut = this.parsedShortcut?.aria;
    panel.starting = this.backend !== null;
  }

  private updateLabel(): void {
    this.parsedShortcut = parseShortcut(this.shortcut);
    this.label.textContent = launcherLabel(resolveLocale(this.locale, this.learn?.locale));
    if (this.parsedShortcut) this.launcher.setAttribute('aria-keyshortcuts', this.parsedShortcut.aria);
    else this.launcher.removeAttribute('aria-keyshortcuts');
  }

  private autoStart(): void {
    const backend = this.backend;
    if (this.learn || !backend || this.autoStarted) return;
    this.autoStarted = true;
    import('../../sdk/autostart.js')
      .then(({ autoStart }) => autoStart({ backend, locale: this.locale ?? undefined }))
      .catch((error: unknown) => {
        this.autoStarted = false;
        console.warn(`Learnflow: could not start help for backend "${backend}".`, error);
      });
  }
}
