/** `<learn-drawer>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { ContextRequestEvent, ensureContextRoot, learnContext } from '../../sdk/context.js';
import { installedFacade } from '../../sdk/facade.js';
import { afterLoadIdle } from '../../sdk/idle.js';
import type { Learn, OpenTarget } from '../../sdk/types.js';
import type { CloseSource } from '../events/learn-request-close.js';
import { deepActiveElement } from '../shared/deep-active-element.js';
import { resolveLocale } from '../shared/locale.js';
import { VERSION } from '../shared/version.js';
import { launcherLabel } from './launcher-labels.js';
import { launcherStyles } from './learn-drawer.styles.js';
import type { DrawerSession } from './panel/drawer-session.js';
import { loadedPanel, loadPanel, preloadPanel } from './panel-loader.js';
import { matchesShortcut, parseShortcut, type Shortcut } from './shortcut.js';

export type DrawerCorner = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';
export type DrawerSide = 'start' | 'end';
export type DrawerTheme = 'light' | 'dark' | 'auto';

export const DEFAULT_SHORTCUT = 'Alt+Shift+H';

/**
 * Attribute-backed properties: [property, attribute, default]. A boolean default makes a boolean
 * attribute. Defined from this table rather than as 16 accessors because the launcher is in the
 * 5 KB first-load budget; the typed declarations (and their docs) are on the class.
 */
const ATTRIBUTES = [
  ['corner', 'corner', 'bottom-end'],
  ['side', 'side', 'end'],
  ['noLauncher', 'no-launcher', false],
  ['modal', 'modal', false],
  ['shortcut', 'shortcut', DEFAULT_SHORTCUT],
  ['backend', 'backend', null],
  ['locale', 'locale', null],
  ['theme', 'theme', 'auto'],
] as const;

/**
 * The person is about to open the drawer: fetch the panel chunk, and start the script-tag runtime
 * if it is still waiting for idle time, so the click paints from loaded state.
 */
const wake = (): void => {
  preloadPanel();
  void installedFacade()?.ready();
};

/** An element with attributes, in the SVG namespace when `svg` is set (DOM calls: no innerHTML, see the constructor). */
const make = <E extends Element>(name: string, attrs: Record<string, string>, svg?: boolean): E => {
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', name) : document.createElement(name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el as Element as E;
};

/**
 * @summary Contextual help beside the host screen: a launcher button and a drawer with suggestions
 * for the current screen, instant search, articles and recently viewed help.
 *
 * This class is deliberately plain `HTMLElement`, not Lit: it and the SDK facade are everything a
 * host page loads before anyone clicks (budget 5 KB gzip). The panel (`<learn-drawer-panel>`, Lit,
 * search, markdown) is a chunk imported when the pointer reaches the launcher, when it gets focus,
 * at idle once the runtime has arrived (itself loaded at idle after the page's `load`), or at the
 * latest on open. Hover, focus and open also wake a script-tag runtime still waiting for idle time. The panel lives in this element's
 * shadow root because ARIA id references (`aria-controls`) do not cross shadow roots.
 *
 * The runtime (`createLearn`) owns the open state: the launcher, the shortcut and the host's own
 * `learn.open({ article })` all go through `learn.open()`, and this element follows the runtime's
 * `open` / `close` events. With a `backend` attribute and no runtime on the page it starts one.
 *
 * @tag learn-drawer
 *
 * @slot badge - Shown on the launcher (e.g. a count; the host styles it). Its text becomes part of the launcher's accessible name.
 *
 * @fires {LearnShowEvent} learn-show - The drawer opened. Does not bubble.
 * @fires {LearnHideEvent} learn-hide - The drawer closed. Does not bubble.
 * @fires {LearnRequestCloseEvent} learn-request-close - The person asked to close it; `detail.source` is
 *   `'escape' | 'close-button' | 'launcher' | 'shortcut' | 'outside'` (a click on the modal drawer's backdrop). Cancelable: `preventDefault()` keeps it open. Does not bubble.
 * @fires {LearnAskEvent} learn-ask - From the panel: the person wants to ask an expert; `detail: { query, context }`.
 *   Bubbles and is composed. Cancelable: a host that handles it keeps its own flow; otherwise a signed-in person asks in the drawer.
 *
 * @csspart launcher - The launcher button (a disclosure button with `aria-expanded`): size, radius, shadow, colours.
 * @csspart launcher-icon - The launcher's icon.
 * @csspart launcher-label - The launcher's text.
 * @csspart launcher-badge - New expert answers, else due review questions (`data-kind="answers" | "review"`; hidden when none; added once the panel chunk has loaded). Both counts are in the launcher’s name too.
 * @csspart panel - The `<learn-drawer-panel>` element. Its own parts are exported, see that element.
 *
 * @cssprop [--learn-accent=#1f5bd8] - Accent colour (launcher background, links, active result).
 * @cssprop [--learn-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--learn-font-family=system-ui] - Font of the launcher and the panel.
 * @cssprop [--learn-z-index=2147483000] - Stacking of the launcher and the non-modal panel.
 * @cssprop [--learn-launcher-offset=20px] - Distance of the launcher from the viewport corner.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnDrawer extends HTMLElement {
  static readonly version = VERSION;
  static readonly observedAttributes = ['locale', 'shortcut', 'modal', 'side', 'theme'];

  static {
    for (const [property, attribute, fallback] of ATTRIBUTES) {
      Object.defineProperty(this.prototype, property, {
        get(this: HTMLElement) {
          return typeof fallback === 'boolean' ? this.hasAttribute(attribute) : (this.getAttribute(attribute) ?? fallback);
        },
        set(this: HTMLElement, value: unknown) {
          if (typeof fallback === 'boolean') this.toggleAttribute(attribute, Boolean(value));
          else if (value === null || value === undefined) this.removeAttribute(attribute);
          else this.setAttribute(attribute, String(value));
        },
      });
    }
  }

  /** Corner of the viewport the launcher sits in (logical: `end` is right in LTR, left in RTL). @attr corner */
  declare corner: DrawerCorner;
  /** Edge the panel slides in from: `end` (default) or `start`. @attr side */
  declare side: DrawerSide;
  /** Hide the launcher when the host has its own help button that calls `learn.open()`. @attr no-launcher */
  declare noLauncher: boolean;
  /** Always modal (`showModal()`, page inert). Below 600 px wide it is modal and full-screen anyway. @attr modal */
  declare modal: boolean;
  /** Shortcut that opens the drawer from anywhere on the page, e.g. `Alt+Shift+H`; `none` switches it off. @attr shortcut */
  declare shortcut: string;
  /** Reference server URL for a page with no script of its own: a runtime is started with it when none answers. @attr backend */
  declare backend: string | null;
  /** Language (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. @attr locale */
  declare locale: string | null;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). @attr theme */
  declare theme: DrawerTheme;

  // #private, not TypeScript `private`: the minifier shortens these names, and bytes count here.
  #launcher: HTMLButtonElement;
  #label: HTMLSpanElement;
  /** The panel and its events, once the panel chunk has loaded (see panel/drawer-session.ts). */
  #session: DrawerSession | undefined;
  #learn: Learn | undefined;
  #runtimeListeners: (() => void)[] = [];
  #unsubscribe: (() => void) | undefined;
  #shortcut: Shortcut | null = null;
  #opened = false;
  /** Where focus was when the drawer opened: it goes back there on close. */
  #opener: HTMLElement | null = null;
  /** Bumped on every show/hide so a slow panel import cannot open a drawer that was closed meanwhile. */
  #token = 0;
  #target: OpenTarget | null = null;
  #cancelIdle: (() => void) | undefined;
  #autoStartTimer: number | undefined;
  #autoStarted = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [launcherStyles()];
    // Built with DOM calls, not innerHTML: a host under a Trusted Types CSP must not need a policy for us.
    const button = (this.#launcher = make<HTMLButtonElement>('button', { type: 'button', part: 'launcher', 'aria-expanded': 'false' }));
    // A question mark in a circle, as one path.
    const icon = make('svg', { part: 'launcher-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' }, true);
    icon.append(make('path', { d: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 1 0 0-19ZM9.2 9.3a2.9 2.9 0 0 1 5.6 1c0 1.9-2.8 2.5-2.8 4M12 17.6v.1' }, true));
    this.#label = make('span', { part: 'launcher-label' });
    button.append(icon, this.#label, make('slot', { name: 'badge' }));
    button.addEventListener('click', () => (this.#opened ? this.requestClose('launcher') : this.show()));
    button.addEventListener('pointerenter', wake);
    button.addEventListener('focus', wake);
    root.append(button);
  }

  /** Whether the drawer is open. */
  get open(): boolean {
    return this.#opened;
  }

  connectedCallback(): void {
    this.#updateLabel();
    ensureContextRoot();
    // Subscribe: when the host destroys its runtime and creates another, we get the new one.
    this.dispatchEvent(new ContextRequestEvent(learnContext, this, this.#onRuntime, true));
    document.addEventListener('keydown', this.#onKeydown);
    // A host script that creates its runtime in the same task as it registers this element has
    // not provided it yet; give it that task before starting one of our own.
    if (!this.#learn && this.backend) this.#autoStartTimer = window.setTimeout(() => this.#autoStart());
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKeydown);
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    clearTimeout(this.#autoStartTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#detach();
  }

  attributeChangedCallback(name: string): void {
    if (name === 'shortcut' || name === 'locale') this.#updateLabel();
    this.#session?.configure();
  }

  /** Opens the drawer, on `target` if given (through the runtime, so `learn.isOpen` stays true). */
  show(target?: OpenTarget): void {
    if (this.#learn) return this.#learn.open(target);
    wake();
    void this.#showPanel(target ?? null);
  }

  /** Closes the drawer without asking (`learn-request-close` is for closes the person started). */
  hide(): void {
    if (this.#learn?.isOpen) this.#learn.close();
    this.#hidePanel();
  }

  /**
   * Asks to close on the person's behalf: fires the cancelable `learn-request-close` and closes
   * unless a listener prevented it. Returns whether it closed.
   */
  requestClose(source: CloseSource): boolean {
    if (!this.#opened) return true;
    if (this.#session) return this.#session.requestClose(source);
    this.hide(); // still loading: nothing on screen to protect yet
    return true;
  }

  #onRuntime = (learn: Learn | undefined, unsubscribe?: () => void): void => {
    if (unsubscribe) this.#unsubscribe = unsubscribe;
    if (!this.isConnected) return this.#unsubscribe?.();
    if (learn === this.#learn) return;
    this.#detach();
    // The host destroyed its runtime (logout, teardown): nothing to show until a new one arrives.
    if (!learn) return this.#hidePanel();
    this.#learn = learn;
    // The panel at the next idle moment, after the runtime's own start: the chunk, then (at the
    // idle moment after that) the closed panel itself, rendered, so a click only has to open it.
    this.#cancelIdle ??= afterLoadIdle(() => {
      loadPanel().then(() => (this.#cancelIdle = afterLoadIdle(this.#prepare, 10_000)), preloadPanel);
    }, 10_000);
    this.#runtimeListeners = [learn.on('open', ({ target }) => void this.#showPanel(target)), learn.on('close', () => this.#hidePanel())];
    this.#updateLabel();
    if (learn.isOpen) void this.#showPanel(learn.openTarget);
    else if (this.#opened) learn.open(this.#target ?? undefined); // opened before the runtime answered
  };

  /** Creates the (closed) panel ahead of the first open. */
  #prepare = (): void => {
    if (this.isConnected && loadedPanel) this.#session ??= new loadedPanel.DrawerSession(this, this.#launcher);
  };

  #detach(): void {
    for (const off of this.#runtimeListeners) off();
    this.#runtimeListeners = [];
    this.#learn = undefined;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.#shortcut || !matchesShortcut(event, this.#shortcut)) return;
    event.preventDefault();
    if (!this.#opened) this.show();
    else this.#session?.shortcut();
  };

  async #showPanel(target: OpenTarget | null): Promise<void> {
    if (!this.#opened) {
      this.#opened = true;
      this.#opener = deepActiveElement();
      this.#launcher.setAttribute('aria-expanded', 'true');
    }
    this.#target = target;
    const token = ++this.#token;
    if (!this.#session) {
      try {
        // Preloaded (hover, focus, idle): no await, so the click renders in the frame it is in.
        if (!loadedPanel) await loadPanel();
        this.#prepare();
      } catch (error) {
        console.warn('Learnflow: the help panel could not be loaded.', error);
        if (token === this.#token) this.hide();
        return;
      }
    }
    // Closed, opened on something else, or disconnected while loading.
    if (token !== this.#token || !this.#session) return;
    this.#session.show(target, this.#opener ?? (this.noLauncher ? null : this.#launcher));
  }

  #hidePanel(): void {
    if (!this.#opened) return;
    this.#opened = false;
    this.#token++;
    this.#target = this.#opener = null;
    this.#launcher.setAttribute('aria-expanded', 'false');
    this.#session?.hide();
  }

  #updateLabel(): void {
    this.#shortcut = parseShortcut(this.shortcut);
    this.#label.textContent = launcherLabel(resolveLocale(this.locale, this.#learn?.locale));
    if (this.#shortcut) this.#launcher.setAttribute('aria-keyshortcuts', this.#shortcut.aria);
    else this.#launcher.removeAttribute('aria-keyshortcuts');
    this.#session?.configure();
  }

  #autoStart(): void {
    const backend = this.backend;
    if (this.#learn || !backend || this.#autoStarted) return;
    this.#autoStarted = true;
    import('../../sdk/autostart.js')
      .then(({ autoStart }) => autoStart({ backend, locale: this.locale ?? undefined }))
      .catch((error: unknown) => {
        this.#autoStarted = false;
        console.warn(`Learnflow: could not start help for backend "${backend}".`, error);
      });
  }
}
