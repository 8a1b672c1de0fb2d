/** `<learn-inbox>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ensureContextRoot } from '../../sdk/context.js';
import { BackendStart } from '../shared/backend-start.js';
import type { Learn } from '../../sdk/types.js';
import type { Question } from '../../src/protocol/index.js';
import { articleLinkTarget } from '../learn-drawer/panel/article-links.js';
import { AnnounceController } from '../learn-drawer/panel/controllers/announcer.js';
import { RuntimeController } from '../learn-drawer/panel/controllers/runtime.js';
import { icons } from '../learn-drawer/panel/parts/icons.js';
import { renderFailure, renderMessage, renderSkeleton } from '../learn-ask/parts/states.js';
import { formatAge, formatDuration } from '../shared/durations.js';
import { failureOf } from '../shared/failure.js';
import { LanguageController } from '../shared/language-controller.js';
import { MarkdownBodies } from '../shared/markdown-bodies.js';
import { VERSION } from '../shared/version.js';
import { CurrentQuestion } from './controllers/current.js';
import { PublishController } from './controllers/publish.js';
import { QueueController } from './controllers/queue.js';
import type { InboxStrings } from './i18n/en.js';
import { inboxTranslations } from './i18n/load.js';
import { inboxStyles } from './learn-inbox.styles.js';
import { renderPublish } from './parts/publish.js';
import { renderQuestion } from './parts/question.js';
import { renderFilters, renderQueue, type QueueOptions } from './parts/queue.js';
import { renderReply, type ReplyState } from './parts/reply.js';

type Screen = 'not-connected' | 'loading' | 'signed-out' | 'forbidden' | 'error' | 'queue' | 'question';
const EMPTY_REPLY: ReplyState = { text: '', internal: false, tab: 'write', error: '' };

/**
 * @summary The expert's side of "ask an expert": the questions routed to their topics, filtered by
 * topic, status and age and oldest first; claim one, see what the asker attached and already read,
 * reply in markdown with a preview (or leave an internal note), close, and publish a good answer as
 * an article everyone then finds in help. An element, so it lives in an intranet page or a Teams tab.
 *
 * Consumes the runtime from `learnContext` (or starts one from `backend`). Needs a signed-in user
 * whose token carries the `expert` role; anyone else is told, politely, that the inbox is for experts.
 * Questions are other people's words: they are only ever shown through the sanitised pipeline.
 *
 * @tag learn-inbox
 *
 * @csspart base - The card around everything.
 * @csspart filters - The filter selects: `filter-topic`, `filter-status`, `filter-age`.
 * @csspart queue - One topic's list of questions; each a `queue-item` (`data-status`).
 * @csspart queue-item - One question in the queue.
 * @csspart queue-count - How many questions the filters show.
 * @csspart empty - No questions.
 * @csspart loading - The loading skeleton.
 * @csspart signed-out - Not signed in.
 * @csspart forbidden - "This inbox is for experts".
 * @csspart error - An error; its retry button is `error-retry`.
 * @csspart back-button - Back to the queue.
 * @csspart question-body - The question's text (sanitised).
 * @csspart context - What the asker attached.
 * @csspart messages - The thread; each `message` (`data-internal="true"` for internal notes, labelled `internal-label`).
 * @csspart message-body - A message's text (sanitised).
 * @csspart claim-button - Claim.
 * @csspart close-button - Close the question.
 * @csspart publish-open - "Publish as article".
 * @csspart conflict - Another expert took the question.
 * @csspart reply - The reply form: `reply-tab`, `reply-input`, `reply-preview`, `internal-toggle`, `reply-button`.
 * @csspart publish - The article draft form: `draft-title`, `draft-summary`, `draft-body`, `draft-screens`, `draft-tags`, `publish-button`.
 * @csspart published - The new article's id after publishing.
 *
 * @cssprop [--learn-inbox-width=960px] - Largest width.
 * @cssprop [--learn-font-family=system-ui] - Font.
 * @cssprop [--learn-font-size=15px] - Base font size.
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-surface-raised=#f4f6f9 | #22252b] - Expert messages, hover.
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Buttons, links.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-notice=#fff4d6 | #3a3014] - Notices and internal notes.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Errors, the internal-note edge.
 * @cssprop [--learn-radius=8px] - Corner radius.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnInbox extends LitElement {
  static override properties = {
    conflict: { state: true },
    size: { reflect: true },
    backend: {},
    locale: {},
    theme: { reflect: true },
  };
  static override styles = inboxStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, {
    'question-change': ({ question }) => {
      this.queue.changed(question);
      this.current.changed(question);
    },
    'user-change': () => undefined,
    'catalog-change': () => undefined,
    connectivity: () => undefined,
  });
  private readonly starter = new BackendStart(this, () => this.runtime.learn, 'the inbox');
  private readonly localize = new LanguageController<InboxStrings>(this, inboxTranslations, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  private readonly queue = new QueueController(this, () => this.runtime.learn);
  private readonly current = new CurrentQuestion(this);
  private readonly publish = new PublishController(this);
  private readonly bodies = new MarkdownBodies(this);

  private reply: ReplyState = EMPTY_REPLY;
  private conflict = '';
  private focusTarget: string | null = null;
  /** An action on the open question is in flight. */
  private busy = false;

  /** `compact` for a narrow column, `regular` (default). */
  size: 'compact' | 'regular' = 'regular';
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

  private get learn(): Learn | undefined {
    return this.runtime.learn;
  }

  private get screen(): Screen {
    const learn = this.learn;
    if (!learn) return this.starter.failed ? 'error' : this.backend ? 'loading' : 'not-connected';
    if (!learn.user?.token) return 'signed-out';
    if (this.current.id) return 'question';
    const failure = this.queue.failure;
    if (failure === 'forbidden') return 'forbidden';
    if (failure === 'signed-out') return 'signed-out';
    if (failure) return 'error';
    return this.queue.pending ? 'loading' : 'queue';
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (!target) return;
    this.focusTarget = null;
    target.focus();
  }


  private open(question: Question): void {
    const learn = this.learn;
    if (!learn) return;
    this.reply = EMPTY_REPLY;
    this.conflict = '';
    this.publish.close();
    this.focusTarget = '[data-focus]';
    void this.current.open(learn, question.id, question);
  }

  private back(): void {
    const id = this.current.id;
    this.current.close();
    this.publish.close();
    this.focusTarget = id ? `[data-question="${CSS.escape(id)}"]` : '[data-focus]';
    this.requestUpdate();
  }

  /**
   * Runs an action on the open question, one at a time (a double click never sends a reply twice);
   * its answer replaces the question, a failure is said. Claim and Close remove their own button:
   * `focusAfter` says where focus goes then instead of falling to the page.
   */
  private async act(run: (learn: Learn, id: string) => Promise<Question | void>, done?: string, focusAfter?: string): Promise<void> {
    const learn = this.learn;
    const id = this.current.id;
    if (!learn || !id || this.busy) return;
    this.busy = true;
    try {
      const question = await run(learn, id);
      if (question) this.current.changed(question);
      if (done) this.announcer.announce(done);
      if (focusAfter) this.focusTarget = focusAfter;
    } catch (error) {
      if (failureOf(error) === 'conflict') return await this.onConflict(learn, id);
      this.announcer.announce(this.localize.strings.actionFailed);
    } finally {
      this.busy = false;
    }
    this.requestUpdate();
  }

  /** Someone claimed it first: say who (from a fresh copy), and refresh the queue. */
  private async onConflict(learn: Learn, id: string): Promise<void> {
    const s = this.localize.strings;
    let name: string | undefined;
    try {
      const fresh = await learn.inbox.get(id);
      this.current.changed(fresh);
      name = fresh.assignee?.name;
    } catch {
      // The message without a name still says what happened.
    }
    this.conflict = name ? s.conflict(name) : s.conflictSomeone;
    this.announcer.announce(this.conflict);
    this.queue.reload();
  }

  private sendReply(): void {
    const s = this.localize.strings;
    const { text, internal } = this.reply;
    if (!text.trim()) {
      this.reply = { ...this.reply, tab: 'write', error: s.replyEmpty };
      this.focusTarget = '[part~="reply-input"]';
      this.requestUpdate();
      return;
    }
    void this.act(async (learn, id) => {
      await learn.inbox.reply(id, text.trim(), { internal });
      this.reply = EMPTY_REPLY;
      return learn.inbox.get(id).catch(() => undefined);
    }, internal ? s.noteSaved : s.replySent);
  }

  /**
   * A link in a question or reply to another article (`[Discount approval](discount-approval)`, how
   * content is written) would navigate the host page to a path it does not have: open the article's
   * own page instead, or the drawer when there is none.
   */
  private readonly onBodyClick = (event: MouseEvent): void => {
    const found = articleLinkTarget(event);
    if (found?.link.kind !== 'article') return;
    event.preventDefault();
    const url = this.learn?.articlePageUrl(found.link.id);
    if (url) window.open(url, '_blank', 'noopener');
    else this.learn?.open({ article: found.link.id });
  };

  private renderOpen(q: Question, learn: Learn): TemplateResult {
    const s = this.localize.strings;
    const mine = q.assignee?.id === learn.user?.id;
    const open = q.status !== 'closed' && q.status !== 'solved';
    const answered = q.messages.some((m) => m.role === 'expert' && !m.internal);
    return html`<div class="bar">
        <button type="button" class="button-quiet" part="back-button" @click=${() => this.back()}>${icons.back}${s.back}</button>
      </div>
      <article class="question" aria-labelledby="question-title" @click=${this.onBodyClick}>
        ${renderQuestion({ question: q, topicName: this.queue.topicName(q.topic), catalog: learn.catalogState.catalog, strings: s, age: (iso) => formatAge(iso, this.localize.lang), bodies: this.bodies })}
        ${this.conflict ? html`<p class="notice" part="conflict" role="alert">${this.conflict}</p>` : nothing}
        <div class="actions">
          ${open && !mine ? html`<button type="button" class="button" part="claim-button" @click=${() => void this.act((l, id) => l.inbox.claim(id), s.claimed, '[data-focus]')}>${s.claim}</button>` : nothing}
          ${open ? html`<button type="button" class="button-quiet" part="close-button" @click=${() => void this.act((l, id) => l.inbox.close(id), s.closedNote, '[data-focus]')}>${s.close}</button>` : nothing}
          ${answered && !q.articleId && this.publish.state === 'closed'
            ? html`<button type="button" class="button-quiet" part="publish-open" @click=${() => {
                this.focusTarget = '[data-publish-focus]'; // before open(): its first render must find it (updated() waits for the form)
                void this.publish.open(learn, q.id);
              }}>${s.publish}</button>`
            : nothing}
        </div>
        ${q.articleId && this.publish.state !== 'published' ? html`<p class="notice">${s.publishedAs}: ${q.articleId}</p>` : nothing}
        ${renderPublish({
          publish: this.publish,
          strings: s,
          on: {
            publish: () => void this.publish.publish(learn).then((question) => question && (this.current.changed(question), this.announcer.announce(s.published(this.publish.articleId)))),
            cancel: () => {
              this.focusTarget = '[part~="publish-open"]';
              this.publish.close();
            },
          },
        })}
        ${open
          ? renderReply({ state: this.reply, strings: s, bodies: this.bodies, on: { change: (patch) => ((this.reply = { ...this.reply, ...patch }), this.requestUpdate()), send: () => this.sendReply() } })
          : html`<p class="muted">${s.closedNote}</p>`}
      </article>`;
  }

  override render(): TemplateResult {
    const s = this.localize.strings;
    const learn = this.learn;
    const screen = this.screen;
    const lang = this.localize.lang;
    const queueOptions: QueueOptions = {
      queue: this.queue,
      strings: s,
      age: (iso) => formatAge(iso, lang),
      duration: (minutes) => formatDuration(minutes, lang),
      onFilter: () => this.requestUpdate(),
      onOpen: (q) => this.open(q),
    };
    let body: TemplateResult;
    if (screen === 'not-connected') body = renderMessage('not-connected', s.notConnected, '');
    else if (screen === 'signed-out') body = renderMessage('signed-out', s.signedOutTitle, s.signedOutBody);
    else if (screen === 'forbidden') body = renderMessage('forbidden', s.forbiddenTitle, s.forbiddenBody);
    else if (screen === 'error') body = renderFailure(s.errorTitle, this.queue.failure === 'offline' ? s.offlineBody : s.errorBody, s.retry, () => (learn ? this.queue.reload() : this.starter.start()));
    else if (screen === 'question' && learn) {
      const q = this.current.question;
      body = q ? this.renderOpen(q, learn) : this.current.failure
          ? renderFailure(s.errorTitle, this.current.failure === 'offline' ? s.offlineBody : s.errorBody, s.retry, () => (this.current.id ? void this.current.open(learn, this.current.id) : this.back())) : renderSkeleton(s.loading);
    } else
      body = html`<h2 class="title" tabindex="-1" data-focus>${s.title}</h2>
        ${learn ? renderFilters(queueOptions) : nothing} ${screen === 'loading' ? renderSkeleton(s.loading) : renderQueue(queueOptions)}`;
    return html`<div class="card" part="base" lang=${lang} dir=${this.localize.dir} aria-busy=${screen === 'loading' ? 'true' : 'false'}>
      ${learn?.connectivity === 'offline' ? html`<p class="notice" part="offline">${icons.offline}<span>${s.offline}</span></p>` : nothing}
      ${keyed(`${screen}:${this.current.id ?? ''}`, body)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
    </div>`;
  }
}
