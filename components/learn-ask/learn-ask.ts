/** `<learn-ask>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ensureContextRoot } from '../../sdk/context.js';
import { BackendStart } from '../shared/backend-start.js';
import type { AskSuggestion, Learn } from '../../sdk/types.js';
import type { AskTopic, Question } from '../../src/protocol/index.js';
import { articleLinkTarget } from '../learn-drawer/panel/article-links.js';
import { AnnounceController } from '../learn-drawer/panel/controllers/announcer.js';
import { RuntimeController } from '../learn-drawer/panel/controllers/runtime.js';
import { icons } from '../learn-drawer/panel/parts/icons.js';
import { MarkdownBodies } from '../shared/markdown-bodies.js';
import { VERSION } from '../shared/version.js';
import { AskActions } from './controllers/actions.js';
import { AskDraft } from './controllers/draft.js';
import { AskLocalizeController } from './controllers/localize.js';
import { MyQuestionsController } from './controllers/my-questions.js';
import { ThreadController } from './controllers/thread.js';
import { TopicsController } from './controllers/topics.js';
import { askStyles } from './learn-ask.styles.js';
import { renderForm } from './parts/form.js';
import { renderList } from './parts/list.js';
import { renderFailure, renderMessage, renderSkeleton } from './parts/states.js';
import { renderThread } from './parts/thread.js';

export type AskSize = 'compact' | 'regular' | 'full';
/** The `target` property: the form (with a topic and a start of the text), a thread, or "My questions". */
export interface AskTarget {
  topic?: string | undefined;
  text?: string | undefined;
  question?: string | undefined;
  list?: boolean | undefined;
}
type Page = 'form' | 'thread' | 'list';
type Screen = 'not-connected' | 'loading' | 'signed-out' | 'error' | 'not-set-up' | Page;

/**
 * @summary Ask an expert without leaving the screen: pick a topic (preselected from the work
 * context), see who will answer and how fast they usually do, write the question with the work
 * context attached (every item shown and removable), get help suggested while typing, send — then
 * follow the thread live, with the expert's reply, follow-ups and "Mark as solved". "My questions"
 * lists earlier questions with their status and new answers.
 *
 * Consumes the runtime from `learnContext`; with `backend="…"` on a page with no script of its own
 * it starts one. Asking needs a signed-in user (a token); without one it says so politely.
 *
 * @tag learn-ask
 *
 * @fires {LearnQuestionSentEvent} learn-question-sent - The person sent a question; `detail: { questionId, topic }`. Bubbles, composed.
 *
 * @csspart base - The card around everything.
 * @csspart header - The title row with "My questions" / "Ask a new question".
 * @csspart nav-button - "My questions" or "Ask a new question".
 * @csspart loading - The loading skeleton.
 * @csspart signed-out - Asking needs a signed-in user.
 * @csspart not-set-up - No topics: nobody answers questions here.
 * @csspart not-connected - No runtime on the page.
 * @csspart error - An error; its retry button is `error-retry`.
 * @csspart error-retry - Retry.
 * @csspart offline - The offline notice.
 * @csspart form - The ask form.
 * @csspart topic-select - The topic picker.
 * @csspart expert - Who answers: `avatar`, `expert-name`, `answer-time` inside.
 * @csspart avatar - The likely expert's initials.
 * @csspart expert-name - The likely expert's name.
 * @csspart answer-time - The typical answer time (`data-known="false"` without data).
 * @csspart question-input - The question's textarea.
 * @csspart count - The character count (`data-over="true"` past the limit).
 * @csspart question-error - Why the question cannot be sent yet.
 * @csspart suggestions - Help found while typing; each entry is a `suggestion` (`data-kind` article | question).
 * @csspart suggestion - One suggestion.
 * @csspart context - What is sent along; `context-list`, `context-item` (`data-key`), `context-remove`, `share`, `share-toggle`.
 * @csspart context-list - The list of attached items.
 * @csspart context-item - One attached item.
 * @csspart context-remove - Removes one item.
 * @csspart share - "Share what I've already read" with its checkbox `share-toggle`.
 * @csspart share-toggle - The checkbox.
 * @csspart send-button - Send.
 * @csspart send-error - Why sending failed.
 * @csspart thread - One question with its messages.
 * @csspart thread-title - The thread's heading.
 * @csspart status - The question's status; its `.status` span carries `data-status`.
 * @csspart queued - "Saved — it will be sent when you are back online".
 * @csspart messages - The message list; each a `message` (`data-role` asker | expert) with a `message-body`.
 * @csspart message - One message.
 * @csspart message-body - A message's text (an expert's is sanitised HTML).
 * @csspart follow-up - The follow-up form; `follow-up-input`, `follow-up-button`, `solve-button`.
 * @csspart solve-button - Mark as solved.
 * @csspart list - "My questions"; `question-list`, `question-item` (`data-unread`), `unread-dot`.
 * @csspart question-item - One of my questions.
 * @csspart unread-dot - A new answer not seen yet.
 *
 * @cssprop [--learn-ask-width=640px] - Largest width in `regular` size.
 * @cssprop [--learn-font-family=system-ui] - Font.
 * @cssprop [--learn-font-size=15px] - Base font size (14px in `compact`).
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-surface-raised=#f4f6f9 | #22252b] - Messages, context items, skeleton.
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Buttons, links, unread dots.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-notice=#fff4d6 | #3a3014] - Notices (offline, queued, solved).
 * @cssprop [--learn-success=#17663a | #7fd6a0] - Answered and solved.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Errors, the count past the limit.
 * @cssprop [--learn-radius=8px] - Corner radius.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnAsk extends LitElement {
  static override properties = {
    page: { state: true },
    topic: { reflect: true },
    question: {},
    view: {},
    text: {},
    target: { attribute: false },
    size: { reflect: true },
    backend: {},
    locale: {},
    theme: { reflect: true },
  };
  static override styles = askStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, {
    'question-change': ({ question }) => this.onQuestionChange(question),
    'unread-change': () => undefined,
    'user-change': () => undefined,
    'sync-change': () => undefined,
    'context-change': () => undefined,
    'catalog-change': () => undefined,
    connectivity: () => undefined,
  });
  private readonly starter = new BackendStart(this, () => this.runtime.learn, 'asking an expert');
  private readonly localize = new AskLocalizeController(this, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  private readonly topics = new TopicsController(this, () => this.runtime.learn);
  private readonly draft: AskDraft = new AskDraft(this, () => this.runtime.learn, () => this.currentTopic()?.id);
  private readonly thread = new ThreadController(this, () => this.runtime.learn, () => this.page === 'thread' && this.isConnected);
  private readonly mine = new MyQuestionsController(this, () => this.runtime.learn, () => this.page === 'list');
  private readonly bodies = new MarkdownBodies(this);
  private readonly actions = new AskActions(this, {
    learn: () => this.learn,
    topic: () => this.currentTopic(),
    draft: this.draft,
    thread: this.thread,
    strings: () => this.localize.strings,
    announce: (message) => this.announcer.announce(message),
    focus: (selector) => (selector ? this.renderRoot.querySelector<HTMLElement>(selector)?.focus() : this.focus()),
    sent: (question) => (this.mine.changed(question), this.openThread(question.id, question, true)),
  });

  private page: Page = 'form';
  private focusPending = false;
  private lastScreen: Screen | undefined;

  /** Topic id to preselect; default: the one the current screen suggests. */
  topic: string | undefined;
  /** A question's id: show its thread. */
  question: string | undefined;
  /** `ask` (default, the form) or `questions` ("My questions"). */
  view: 'ask' | 'questions' = 'ask';
  /** Text to start the question with (the drawer passes the search the person typed). */
  text: string | undefined;
  /** What to show, all at once (the drawer sets it from `learn.open({ ask })`, `{ question }` or its entries). */
  target: AskTarget | undefined;
  /** `compact` fits a 320 px intranet column, `regular` (default) a content column, `full` fills its container (the drawer). */
  size: AskSize = 'regular';
  /** Reference server URL for a page with no script of its own: a runtime is started with it when none answers. */
  backend: string | undefined;
  /** Language (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. */
  locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /** Puts focus on the view's heading, now or as soon as it is rendered (the drawer calls it on open). */
  override focus(): void {
    this.focusPending = true;
    this.requestUpdate();
  }

  private get learn(): Learn | undefined {
    return this.runtime.learn;
  }

  private currentTopic(): AskTopic | undefined {
    const learn = this.learn;
    return learn ? this.topics.selected(learn, this.draft.chosenTopic, this.topic) : undefined;
  }

  private get screen(): Screen {
    const learn = this.learn;
    if (!learn) return this.starter.failed ? 'error' : this.backend ? 'loading' : 'not-connected';
    if (!learn.user?.token) return 'signed-out';
    if (this.page !== 'form') return this.page;
    if (this.topics.pending) return 'loading';
    if (this.topics.failure) return 'error';
    return this.topics.items?.length ? 'form' : 'not-set-up';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const target = this.target;
    if (changed.has('target') && target) Object.assign(this, { topic: target.topic, text: target.text, question: target.question, view: target.list ? 'questions' : 'ask' });
    if (changed.has('text') && this.text) this.draft.setText(this.text);
    if (changed.has('view')) this.go(this.view === 'questions' ? 'list' : 'form');
    if (changed.has('question') && this.question) this.openThread(this.question);
    const screen = this.screen;
    if (screen === this.lastScreen) return;
    this.lastScreen = screen;
    const s = this.localize.strings;
    const message = { loading: s.loading, error: s.errorTitle, 'signed-out': s.signedOutTitle, 'not-set-up': s.notSetUpTitle, 'not-connected': s.notConnected }[screen as string];
    if (message) this.announcer.announce(message);
  }

  protected override updated(): void {
    if (!this.focusPending) return;
    const target = this.renderRoot.querySelector<HTMLElement>('[data-focus]');
    if (!target) return;
    this.focusPending = false;
    target.focus();
  }

  private go(page: Page, focus = false): void {
    if (page !== 'thread') this.thread.close();
    this.page = page;
    this.focusPending ||= focus;
  }

  private openThread(id: string, known?: Question, focus = false): void {
    this.go('thread', focus);
    this.actions.clearFollowUp();
    this.thread.open(id, known);
  }

  private onQuestionChange(question: Question): void {
    this.mine.changed(question);
    if (this.thread.changed(question) && this.page === 'thread') this.announcer.announce(this.localize.strings.answerArrived);
  }


  /** An article named in help or a reply: the drawer when we are in it (or there is no article page), else its page. */
  private articleUrl(id: string): string | undefined {
    return this.size === 'full' ? undefined : this.learn?.articlePageUrl(id);
  }

  private readonly openSuggestion = (item: AskSuggestion): void => {
    if (item.kind === 'question') this.openThread(item.id, undefined, true);
    else this.learn?.open({ article: item.id });
  };

  private readonly onBodyClick = (event: MouseEvent): void => {
    const found = articleLinkTarget(event);
    if (found?.link.kind !== 'article') return;
    event.preventDefault();
    const url = this.articleUrl(found.link.id);
    if (url) window.open(url, '_blank', 'noopener');
    else this.learn?.open({ article: found.link.id });
  };

  private renderPage(learn: Learn, screen: Screen): TemplateResult {
    const s = this.localize.strings;
    if (screen === 'list') {
      if (this.mine.failure) return renderFailure(s.errorTitle, this.mine.failure === 'offline' ? s.offlineBody : s.errorBody, s.retry, () => this.mine.retry());
      const items = this.mine.items;
      return items ? renderList(items, this.localize, (q) => this.openThread(q.id, q, true)) : renderSkeleton(s.loading);
    }
    if (screen === 'thread') {
      const q = this.thread.question;
      if (!q) {
        const failure = this.thread.failure;
        if (!failure) return renderSkeleton(s.loadingThread);
        if (failure === 'not-found') return renderMessage('not-found', s.threadNotFound, '');
        return renderFailure(s.threadError, failure === 'offline' ? s.offlineBody : s.errorBody, s.retry, () => void this.thread.load());
      }
      return renderThread({
        question: q,
        topicName: this.topics.items?.find((t) => t.id === q.topic)?.name,
        localize: this.localize,
        bodies: this.bodies,
        queued: this.actions.isQueued(learn, q.id),
        followUp: this.actions.followUp,
        followUpError: this.actions.followUpError,
        busy: this.actions.following,
        articleUrl: q.articleId ? this.articleUrl(q.articleId) : undefined,
        on: {
          followUpText: (text) => this.actions.setFollowUp(text),
          followUp: () => void this.actions.sendFollowUp(),
          solve: () => void this.actions.solve(),
          bodyClick: this.onBodyClick,
          article: (id) => learn.open({ article: id }),
        },
      });
    }
    const topic = this.currentTopic();
    return renderForm({
      topics: this.topics.items ?? [],
      topic,
      draft: this.draft,
      context: this.draft.context(learn, topic?.id),
      catalog: learn.catalogState.catalog,
      localize: this.localize,
      sending: this.actions.sending,
      sendError: this.actions.sendError,
      pageUrl: (id) => this.articleUrl(id),
      on: {
        topic: (id) => ((this.draft.chosenTopic = id), this.requestUpdate()),
        text: (text) => this.draft.setText(text),
        remove: (key, label) => this.removeContext(key, label),
        share: (share) => this.draft.setShare(share),
        suggestion: this.openSuggestion,
        send: () => void this.actions.send(),
      },
    });
  }

  private removeContext(key: Parameters<AskDraft['remove']>[0], label: string): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="context-remove"]')];
    const at = buttons.findIndex((b) => b.closest<HTMLElement>('[data-key]')?.dataset['key'] === key);
    this.draft.remove(key);
    this.announcer.announce(this.localize.strings.removed(label));
    // Focus stays in the list: on the item that took its place, else the one before, else the checkbox.
    void this.updateComplete.then(() => {
      const after = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="context-remove"]')];
      (after[Math.min(at, after.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~="share-toggle"]'))?.focus();
    });
  }

  private renderHeader(screen: Screen): TemplateResult | typeof nothing {
    if (screen !== 'form' && screen !== 'thread' && screen !== 'list') return nothing;
    const s = this.localize.strings;
    const unread = this.learn?.questions.unread ?? 0;
    const toList = screen === 'form';
    return html`<div class="header" part="header">
      ${screen === 'form' ? html`<h2 class="title" tabindex="-1" data-focus>${s.title}</h2>` : nothing}
      <button type="button" class="button-quiet nav" part="nav-button" @click=${() => (toList ? this.go('list', true) : this.go('form', true))}>
        ${toList ? html`${icons.history}${unread > 0 ? s.myQuestionsUnread(unread) : s.myQuestions}` : html`${icons.chat}${s.newQuestion}`}
      </button>
      ${screen === 'thread' ? html`<button type="button" class="button-quiet nav" part="nav-button" @click=${() => this.go('list', true)}>${icons.history}${s.myQuestions}</button>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const s = this.localize.strings;
    const learn = this.learn;
    const screen = this.screen;
    let body: TemplateResult;
    if (screen === 'not-connected') body = renderMessage('not-connected', s.notConnected, '');
    else if (screen === 'signed-out') body = renderMessage('signed-out', s.signedOutTitle, s.signedOutBody);
    else if (screen === 'not-set-up') body = renderMessage('not-set-up', s.notSetUpTitle, s.notSetUpBody);
    else if (screen === 'loading' || !learn) body = screen === 'error' ? renderFailure(s.errorTitle, s.errorBody, s.retry, () => this.starter.start()) : renderSkeleton(s.loading);
    else if (screen === 'error') body = renderFailure(s.errorTitle, this.topics.failure === 'offline' ? s.offlineBody : s.errorBody, s.retry, () => this.topics.retry());
    else body = this.renderPage(learn, screen);
    return html`<div class="card" part="base" lang=${this.localize.lang} dir=${this.localize.dir} aria-busy=${screen === 'loading' ? 'true' : 'false'}>
      ${learn?.connectivity === 'offline' ? html`<p class="notice" part="offline">${icons.offline}<span>${s.offline}</span></p>` : nothing}
      ${this.renderHeader(screen)}
      ${
        // New DOM per view and per thread: a follow-up box typed into for one question never shows under another.
        keyed(`${screen}:${this.thread.id ?? ''}`, body)
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
    </div>`;
  }
}
