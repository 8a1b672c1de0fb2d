/** `<learn-drawer-panel>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import type { LearnDrawer } from '../learn-drawer.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Learn, OpenTarget } from '../../../sdk/types.js';
import type { SearchHit } from '../../../src/protocol/index.js';
import { LearnAskEvent } from '../../events/learn-ask.js';
import { VERSION } from '../../shared/version.js';
import { articleLinkTarget } from './article-links.js';
import { PanelCloseIntentEvent } from './close-intent.js';
import { AnnounceController } from './controllers/announcer.js';
import { ArticleController } from './controllers/article.js';
import { DialogController } from './controllers/dialog.js';
import { FocusReturnController } from './controllers/focus-return.js';
import { LearningController, type Learning } from './controllers/learning.js';
import { LocalizeController } from './controllers/localize.js';
import { MediaQueryController } from './controllers/media-query.js';
import { PendingFocusController } from './controllers/pending-focus.js';
import { RuntimeController } from './controllers/runtime.js';
import { SearchController } from './controllers/search.js';
import { panelStyles } from './learn-drawer-panel.styles.js';
import { preloadSanitiserWhenIdle } from './markdown-loader.js';
import { ARTICLE_TITLE_ID, renderArticleView } from './parts/article-view.js';
import { FeedbackSlotController, renderFeedbackSlot } from '../../shared/feedback-slot.js';
import { homeState, homeStateMessage, renderHomeView, SUGGESTION_LIMIT, type HomeState } from './parts/home-view.js';
import { icons } from './parts/icons.js';
import { optionId, RESULTS_ID, renderSearchResults } from './parts/search-results.js';
import { renderError, renderNoResults, renderNotice, renderSkeleton } from './parts/states.js';

export const PANEL_PARTS = [
  'dialog', 'header', 'title', 'close-button', 'search-input', 'body', 'offline', 'suggestion-list', 'suggestion',
  'recent-list', 'recent', 'result-count', 'results', 'result', 'result-active', 'no-results', 'ask-button', 'loading',
  'error', 'empty', 'back-button', 'full-page-link', 'article-title', 'article-body', 'article-feedback', 'footer',
] as const;

export interface PanelShowOptions {
  /** Open straight on an article and/or a search (`learn.open({ article, query })`). */
  target?: OpenTarget | null;
  /** Where focus returns on close; default: whatever has focus when `show()` is called. */
  opener?: HTMLElement | null;
}

type View = 'home' | 'search' | 'article' | 'learning';
type BadgeModule = typeof import('./launcher-badge.js');

/**
 * @summary The drawer itself: a labelled `<dialog>` with suggestions for the current screen,
 * instant search, articles and recently viewed help. Created by `<learn-drawer>` inside its
 * shadow root; not meant to be placed on a page by itself.
 *
 * Non-modal by default (`show()`): the employee keeps working in the host form beside it. Modal
 * (`showModal()`, the page inert behind it) when `modal` is set or the viewport is narrower than
 * 600 px, where it is full-screen. Everything reaches the backend through the runtime, which it
 * consumes from `learnContext`.
 *
 * @tag learn-drawer-panel
 *
 * @fires {LearnAskEvent} learn-ask - The person wants to ask an expert; `detail: { query, context }`. Bubbles, composed.
 *   Cancelable: a host that handles asking itself calls `preventDefault()`; otherwise a signed-in person asks
 *   in the drawer (`<learn-ask size="full">`, a chunk loaded on hover, focus or click of the ask button).
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart header - Title, close button and search field.
 * @csspart title - The drawer's title.
 * @csspart close-button - The close button.
 * @csspart search-input - The search field (`input type="search"`, a combobox over the results).
 * @csspart body - The scrolling area below the header.
 * @csspart offline - The offline / stale-content notice (`data-reason="offline" | "stale"`).
 * @csspart suggestion-list - The list of suggestions for the current screen.
 * @csspart suggestion - One suggestion (a button with `data-suggestion="<article id>"`).
 * @csspart recent-list - The recently viewed list.
 * @csspart recent - One recently viewed article.
 * @csspart result-count - "N articles found".
 * @csspart results - The results listbox.
 * @csspart result - One result option; the active one also has `result-active`.
 * @csspart no-results - The empty search state.
 * @csspart ask-button - "Ask an expert".
 * @csspart loading - A loading skeleton.
 * @csspart error - An error state.
 * @csspart empty - The empty catalog state.
 * @csspart back-button - Back from an article to the view before it.
 * @csspart full-page-link - "Open in full page".
 * @csspart article-title - The article's title.
 * @csspart article-body - The article's sanitised body.
 * @csspart article-feedback - "Was this helpful?" after the article (a `<learn-feedback kind="thumbs">`, loaded once the article's end is in view; signed-in people only).
 * @csspart footer - The shortcut tip.
 *
 * @cssprop [--learn-drawer-width=400px] - Width of the drawer (full width below 600 px).
 * @cssprop [--learn-drawer-shadow=0 0 32px rgb(0 0 0 / 0.18)] - Shadow of the drawer's edge.
 * @cssprop [--learn-drawer-duration=220ms] - Slide duration (none with prefers-reduced-motion).
 * @cssprop [--learn-backdrop=rgb(15 20 30 / 0.45)] - Backdrop when modal.
 * @cssprop [--learn-font-size=15px] - Base font size of the drawer (px: the host's root font size is not ours).
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-surface-raised=#f4f6f9 | #22252b] - Header, hover and skeleton background.
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders and dividers.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Links, active result, buttons.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-mark=#fde68a | #5c4a00] - Background of search highlights.
 * @cssprop [--learn-notice=#fff4d6 | #3a3014] - Background of the offline notice.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Error accents.
 * @cssprop [--learn-radius=8px] - Corner radius of items and buttons.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnDrawerPanel extends LitElement {
  static override properties = {
    isOpen: { state: true },
    articleStack: { state: true },
    modal: { type: Boolean },
    side: { reflect: true },
    theme: { reflect: true },
    locale: {},
    shortcut: {},
    starting: { type: Boolean },
    bodyWanted: { state: true },
    askUnhandled: { state: true },
    entries: { state: true },
  };
  static override styles = panelStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, {
    'context-change': () => this.onContextChange(),
    connectivity: ({ state }) => {
      if (this.isOpen) this.announcer.announce(state === 'offline' ? this.localize.strings.offline : this.localize.strings.backOnline);
    },
    // Re-render only: the catalog feeds suggestions and search, views feed the recent list, the
    // review count feeds the review entry.
    'catalog-change': () => undefined,
    'review-change': () => undefined,
    'article-view': () => undefined,
    'user-change': () => undefined,
    // The launcher's badge and the "My questions" entry follow the person's questions (how many,
    // and the answers not seen yet): known from the runtime's idle check, without a request of ours.
    'unread-change': () => undefined,
    'questions-change': () => undefined,
    // A proactive prompt from the SDK (it shows one only while someone listens): a card beside the
    // launcher, in a chunk of its own (prompt-card.ts) — most sessions never show one.
    prompt: (detail, learn) => void import('../prompt-card.js').then((m) => m.showPrompt((this.getRootNode() as ShadowRoot).host as LearnDrawer, learn, detail)),
  });
  private readonly localize = new LocalizeController(this, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  private readonly focusReturn = new FocusReturnController(this);
  private readonly dialogs = new DialogController(this, () => this.dialog, () => this.modal, () => this.focusPlan.request('search'));
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly search = new SearchController(this, () => this.runtime.learn, (hits, query) => {
    const strings = this.localize.strings;
    // Once typing pauses: a count per keystroke would queue a stream of messages.
    this.announcer.announce(hits.length > 0 ? strings.resultCount(hits.length) : strings.noResultsTitle(query), { delay: 500 });
  });
  private readonly learning = new LearningController(this, {
    learn: () => this.runtime.learn,
    isOpen: () => this.isOpen,
    failed: () => this.announcer.announce(this.localize.strings.errorTitle),
  });
  private readonly article = new ArticleController(this, () => this.runtime.learn, () => this.currentArticle, () => undefined);
  private readonly feedback = new FeedbackSlotController(this);
  private readonly focusPlan = new PendingFocusController(this, {
    element: (target) => (target === 'article' ? this.renderRoot.querySelector<HTMLElement>(`#${ARTICLE_TITLE_ID}`) : this.input),
    articleSettled: () => !!this.article.shown || !this.article.pending,
    active: () => this.isOpen,
  });

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }
  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input[type="search"]') ?? null;
  }

  private isOpen = false;
  /** Articles opened since the drawer opened, newest last; "back" pops one. */
  private articleStack: string[] = [];

  /** Always modal (set from `<learn-drawer modal>`). */
  modal = false;
  side: 'start' | 'end' = 'end';
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Overrides the runtime's locale. */
  locale: string | undefined;
  /** The opening shortcut as `aria-keyshortcuts` text, shown as a tip. */
  shortcut: string | undefined;
  /** The drawer is starting a runtime of its own (`backend` attribute): show loading, not "not connected". */
  starting = false;

  /**
   * Whether the body (suggestions, results, article) is rendered. A panel prepared ahead of the
   * first open renders its frame first and its body at the next idle moment (`prepareBody`), so
   * neither is a long task; opening renders it at once in any case.
   */
  private bodyWanted = false;
  /** A `learn-ask` nobody handled: asking is not set up on this page, so stop offering it. */
  private askUnhandled = false;
  /** The home view's review and "My questions" entries: in the launcher badge's chunk, loaded the first time either has something to show. */
  private entries: BadgeModule | undefined;
  private entriesLoading = false;
  private cancelPreload: (() => void) | undefined;
  private lastHomeState: HomeState | undefined;
  private lastSuggestions = '';

  get open(): boolean {
    return this.isOpen;
  }

  private get currentArticle(): string | null {
    return this.articleStack[this.articleStack.length - 1] ?? null;
  }

  private get view(): View {
    if (this.currentArticle) return 'article';
    if (this.learning.current) return 'learning';
    return this.search.trimmed ? 'search' : 'home';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPreload?.();
  }

  /**
   * Set by the drawer session: the launcher badge's chunk is here, loaded by the panel the first time
   * there is something to count — due reviews, new answers, or questions asked (most pages: never).
   */
  onCounts: ((module: BadgeModule) => void) | undefined;

  protected override willUpdate(): void {
    // Runs on every runtime change, `review-change` included (see the handlers above).
    const learn = this.runtime.learn;
    if (learn && (learn.review.dueCount || learn.questions.unread || learn.questions.count) && !this.entriesLoading) this.loadEntries();
    // Here, not in updated(): the announcement is part of this render, not a second one.
    const state = homeState(learn, this.starting);
    if (!this.isOpen || state === this.lastHomeState) return;
    this.lastHomeState = state;
    const message = homeStateMessage(state, this.localize.strings);
    if (message) this.announcer.announce(message);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.isOpen) this.dialogs.open();
    if (changed.has('modal')) this.dialogs.sync();
    if (!this.isOpen) return;
    this.focusPlan.afterUpdate();
    this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion.matches ? 'auto' : 'smooth' });
  }

  private loadEntries(): void {
    this.entriesLoading = true;
    import('./launcher-badge.js').then(
      (module) => {
        this.entries = module;
        this.onCounts?.(module);
      },
      (error: unknown) => {
        this.entriesLoading = false; // the next change tries again; the home view works without them
        console.warn('Learnflow: the launcher badge could not be shown.', error);
      },
    );
  }

  private onContextChange(): void {
    const ids = this.runtime.learn?.suggestions(SUGGESTION_LIMIT).map((a) => a.id).join() ?? '';
    const changed = ids !== this.lastSuggestions;
    this.lastSuggestions = ids;
    // Polite, and only when the list really changed: the person is working in the host form.
    if (changed && this.isOpen && this.view === 'home') this.announcer.announce(this.localize.strings.suggestionsUpdated);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.isComposing) return;
    // Ours to handle: a modal <dialog> would otherwise close itself without asking, and the host's
    // own Esc handlers (closing its menus) should not act on a key pressed in the drawer.
    event.preventDefault();
    event.stopPropagation();
    this.escape();
  }

  /** Esc first empties a filled search field, then asks to close. */
  private escape(): void {
    if (this.search.query !== '') this.search.setQuery('');
    else this.dispatchEvent(new PanelCloseIntentEvent('escape'));
  }

  /** A close request that is not a key press (e.g. Android's back gesture on a modal dialog). */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.escape();
  }

  private onDialogClose(): void {
    if (!this.dialogs.closedByPlatform(this.isOpen)) return;
    this.isOpen = false;
    if (this.focusReturn.shouldRestore()) this.focusReturn.restore();
    this.dispatchEvent(new PanelCloseIntentEvent('escape', true));
  }

  /**
   * A click on the modal drawer's backdrop asks to close (`source: 'outside'`). The surface fills
   * the dialog's box, so a click whose target is the <dialog> itself landed on its ::backdrop.
   */
  private onDialogClick(event: MouseEvent): void {
    const dialog = this.dialog;
    if (dialog && event.target === dialog && dialog.matches(':modal')) this.dispatchEvent(new PanelCloseIntentEvent('outside'));
  }

  private onInput(event: Event): void {
    this.search.setQuery((event.target as HTMLInputElement).value);
    // Typing while reading (or in a lesson) means "find something else"; the lesson's progress is saved.
    if (this.articleStack.length > 0) this.articleStack = [];
    this.learning.close();
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (this.view !== 'search') return;
    const result = this.search.handleKey(event);
    if (result === false) return;
    event.preventDefault();
    if (result !== true) this.openHit(result);
  }

  private onBodyClick(event: MouseEvent): void {
    const found = articleLinkTarget(event);
    if (!found) return;
    event.preventDefault();
    if (found.link.kind === 'article') return this.openArticle(found.link.id);
    const heading = this.renderRoot.querySelector(`[id="${CSS.escape(found.link.id)}"]`);
    heading?.scrollIntoView({ behavior: this.reducedMotion.matches ? 'auto' : 'smooth', block: 'start' });
  }

  private openArticle(id: string): void {
    if (this.currentArticle !== id) this.articleStack = [...this.articleStack, id];
    this.focusPlan.request('article');
  }

  private openHit(hit: SearchHit): void {
    if (hit.kind === 'lesson') this.openLearning({ kind: 'lesson', id: hit.id });
    else this.openArticle(hit.id);
  }

  private openLearning(learning: Learning): void {
    this.articleStack = [];
    this.learning.open(learning);
  }

  private back(): void {
    if (this.articleStack.length > 0) this.articleStack = this.articleStack.slice(0, -1);
    else this.learning.close();
    this.focusPlan.request(this.articleStack.length > 0 ? 'article' : 'search');
  }

  private askHandler(): (() => void) | null {
    return this.askUnhandled ? null : () => this.ask();
  }

  private ask(): void {
    // A host may still handle asking itself (its own support form); else a signed-in person asks
    // here, with what they searched for as the start of the question.
    const learn = this.runtime.learn;
    const event = new LearnAskEvent({ query: this.search.trimmed, context: learn?.context ?? {} });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (learn?.user?.token) return this.openLearning({ kind: 'ask', text: this.search.trimmed });
    this.askUnhandled = true;
    this.announcer.announce(this.localize.strings.askUnavailable);
  }

  /**
   * Opens the drawer (or, when open, goes to `target`). Called by `<learn-drawer>` when the
   * runtime emits `open`; without a target it starts on the home view with an empty search.
   */
  show({ target = null, opener = null }: PanelShowOptions = {}): void {
    this.bodyWanted = true;
    if (!this.isOpen) {
      this.focusReturn.capture(opener);
      this.isOpen = true;
      this.articleStack = [];
      this.learning.close();
      this.search.setQuery('');
      this.cancelPreload = preloadSanitiserWhenIdle(() => {
        this.localize.warm();
        const learn = this.runtime.learn;
        if (learn) void this.article.warm(learn, learn.suggestions(SUGGESTION_LIMIT).map((a) => a.id));
      });
      const learn = this.runtime.learn;
      if (learn?.catalogState.status === 'idle') learn.refresh().catch(() => undefined); // the state carries the error
    }
    if (target?.query !== undefined) this.search.setQuery(target.query);
    if (target?.article) this.articleStack = [target.article];
    else if (target?.query !== undefined) this.articleStack = [];
    if (target?.lesson) this.openLearning({ kind: 'lesson', id: target.lesson });
    else if (target?.review) this.openLearning({ kind: 'review' });
    else if (target?.ask || target?.question) this.openLearning({ kind: 'ask', ...target.ask, question: target.question });
    else if (target?.article || target?.query !== undefined) this.learning.close();
    this.focusPlan.request(target?.article ? 'article' : 'search');
    // Render now, in the task of the click (or of the host's open()), rather than in Lit's
    // microtask: the dialog, its header and the suggestions from the loaded catalog are in the DOM
    // when the handler returns, and go out with the very next frame.
    if (this.isConnected) this.performUpdate();
  }

  /** Renders the body while closed (at idle, ahead of the first open). */
  prepareBody(): void {
    this.bodyWanted = true;
  }

  /** Closes the drawer and returns focus to the opener if focus was in the drawer. */
  hide(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const restore = this.focusReturn.shouldRestore();
    this.dialogs.close();
    if (restore) this.focusReturn.restore();
    this.cancelPreload?.();
    this.announcer.clear();
    this.lastHomeState = undefined;
  }

  /** Moves focus to the search field (the shortcut pressed while the drawer is open). */
  focusSearch(): void {
    this.input?.focus();
  }

  private renderSearch(): TemplateResult {
    const strings = this.localize.strings;
    const hits = this.search.hits;
    if (hits.length > 0) {
      const onActivate = (index: number) => {
        this.search.active = index;
        this.requestUpdate();
      };
      return renderSearchResults({ hits, query: this.search.trimmed, active: this.search.active, strings, onOpen: (hit) => this.openHit(hit), onActivate });
    }
    if (!this.search.settled) return renderSkeleton(strings.searching, 3);
    if (this.search.failed) return renderError(strings.searchError, '', strings.retry, () => this.search.retry());
    return renderNoResults(this.search.trimmed, strings, this.askHandler());
  }

  private renderView(learn: Learn | undefined, view: View): TemplateResult {
    if (view === 'search') return this.renderSearch();
    const strings = this.localize.strings;
    if (view === 'learning') return this.learning.render(strings, this.locale, this.theme, () => this.back()) ?? renderSkeleton(strings.loading);
    if (view === 'home') {
      return renderHomeView({
        learn,
        state: homeState(learn, this.starting),
        strings,
        onOpen: (id) => this.openArticle(id),
        onOpenLesson: (id) => this.openLearning({ kind: 'lesson', id }),
        onPreloadLesson: (id) => this.learning.preload(id),
        onOpenLearning: (learning) => this.openLearning(learning),
        entries: this.entries,
        lang: this.localize.lang,
        onAsk: this.askHandler(),
      });
    }
    const id = this.currentArticle!;
    return renderArticleView({
      meta: learn?.catalogState.catalog?.articles.find((a) => a.id === id),
      shown: this.article.shown,
      failure: this.article.failure,
      fullPageUrl: learn?.articlePageUrl(id),
      localize: this.localize,
      onBack: () => this.back(),
      onRetry: () => this.article.retry(),
      onBodyClick: (event) => this.onBodyClick(event),
      feedback: renderFeedbackSlot({ learn, subject: `article:${id}`, kind: 'thumbs', part: 'article-feedback', locale: this.locale, theme: this.theme }),
    });
  }

  private renderNotice(learn: Learn | undefined): TemplateResult | typeof nothing {
    if (learn?.connectivity === 'offline') return renderNotice('offline', this.localize.strings);
    return learn?.catalogState.stale ? renderNotice('stale', this.localize.strings) : nothing;
  }

  protected override render(): TemplateResult {
    const learn = this.runtime.learn;
    const strings = this.localize.strings;
    const view = this.view;
    const expanded = view === 'search' && this.search.hits.length > 0;
    const active = expanded ? this.search.activeHit : undefined;
    // The header is a div, not <header>: inside a <dialog> a header is a banner landmark, and the
    // host page has its own. (Said here, not as an HTML comment in the template, which would ship
    // in the bundle and in every drawer's DOM.)
    return html`<dialog part="dialog" aria-labelledby="title" @keydown=${this.onKeydown} @cancel=${this.onCancel} @close=${this.onDialogClose} @click=${this.onDialogClick}>
      <div class="surface" lang=${this.localize.lang} dir=${this.localize.dir}>
        <div part="header" class="header">
          <div class="title-row">
            <h2 id="title" part="title" class="title">${this.localize.title}</h2>
            <button type="button" part="close-button" class="icon-button" aria-label=${strings.close} @click=${() => this.dispatchEvent(new PanelCloseIntentEvent('close-button'))}>
              ${icons.close}
            </button>
          </div>
          <div class="search-field">
            ${icons.search}
            <input
              type="search"
              part="search-input"
              role="combobox"
              autofocus
              autocomplete="off"
              spellcheck="false"
              enterkeyhint="search"
              aria-label=${strings.searchLabel}
              placeholder=${strings.searchPlaceholder}
              aria-autocomplete="list"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${ifDefined(expanded ? RESULTS_ID : undefined)}
              aria-activedescendant=${ifDefined(active ? optionId(active) : undefined)}
              .value=${this.search.query}
              @input=${this.onInput}
              @keydown=${this.onSearchKeydown}
            />
          </div>
        </div>
        ${this.renderNotice(learn)}
        ${
          // A new scrolling box per view, per article and per lesson or question opened starts at the
          // top, without scrollTo() (which would lay the drawer out in the click's task).
          keyed(view === 'learning' ? this.learning.current : `${view}:${this.currentArticle}`, html`<div part="body" class="body">${this.bodyWanted ? this.renderView(learn, view) : nothing}</div>`)
        }
        ${this.shortcut && view === 'home' ? html`<p part="footer" class="footer">${strings.shortcutHint(this.shortcut)}</p>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
      </div>
    </dialog>`;
  }
}
