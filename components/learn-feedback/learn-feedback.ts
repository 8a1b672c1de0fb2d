/** `<learn-feedback>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ensureContextRoot } from '../../sdk/context.js';
import type { Learn } from '../../sdk/types.js';
import type { FeedbackKind } from '../../src/protocol/index.js';
import { BackendStart } from '../shared/backend-start.js';
import { LanguageController } from '../shared/language-controller.js';
import { VERSION } from '../shared/version.js';
import { AnnounceController } from '../learn-drawer/panel/controllers/announcer.js';
import { RuntimeController } from '../learn-drawer/panel/controllers/runtime.js';
import { FeedbackAnswers } from './controllers/answers.js';
import { KINDS } from './limits.js';
import { CardController } from './controllers/card.js';
import { LearnFeedbackGivenEvent } from './events/learn-feedback-given.js';
import { feedbackTranslations } from './i18n/load.js';
import type { FeedbackStrings } from './i18n/en.js';
import { feedbackStyles } from './learn-feedback.styles.js';
import { renderComment } from './parts/comment.js';
import { feedbackIcons } from './parts/icons.js';
import { renderNps, renderReasons, renderStars, renderThumbs } from './parts/scales.js';
import { renderSurvey } from './parts/survey.js';
import { parseQuestions, type SurveyQuestion } from './survey.js';

type Phase = 'form' | 'sending' | 'thanks';

/**
 * @summary Feedback in one click, where the help is: "Was this helpful?" (with the reason on "no"),
 * 1–5 stars, NPS 0–10, free text, or a short survey of 2–3 questions; an optional comment after a
 * rating; a thank-you. Inline where an editor placed it (`subject="article:close-dates"`), or as a
 * non-modal prompt card (`variant="card"`, or `prompt="…"` naming the prompt that asked) that never
 * takes focus from someone typing and closes with Escape.
 *
 * Consumes the runtime from `learnContext` and stores through `learn.feedback.give` (the outbox:
 * given offline, sent once when back). With `backend="…"` on a page with no script of its own it
 * starts a runtime. Feedback needs a signed-in user with a token; without one it says so politely.
 *
 * @tag learn-feedback
 *
 * @fires {LearnFeedbackGivenEvent} learn-feedback-given - Feedback was sent (saved); `detail: { subject, kind, value }`. Bubbles, composed.
 * @fires {LearnFeedbackCloseEvent} learn-feedback-close - The prompt card was closed; `detail: { source: 'escape' | 'close-button', answered }`. Does not bubble.
 *
 * @csspart base - The card around everything (`role="dialog"`, non-modal, in the card variant).
 * @csspart heading - The question (a heading in the card variant).
 * @csspart close-button - Closes the prompt card.
 * @csspart thumbs - The helpful / not helpful pair; each a `thumb` (`aria-pressed`, `data-value` 1 | 0).
 * @csspart thumb - One of the pair.
 * @csspart reasons - Why not helpful (radio buttons); each a `reason`.
 * @csspart reason - One reason.
 * @csspart stars - The 1–5 stars radio group; each a `star` (`data-on` when lit).
 * @csspart star - One star.
 * @csspart nps - The NPS scale with its `nps-choice`s and `nps-ends`.
 * @csspart nps-choice - One number of the NPS scale.
 * @csspart nps-ends - "Not likely" / "Very likely".
 * @csspart survey - The survey's questions; each a `survey-question` (`data-kind`).
 * @csspart survey-question - One survey question.
 * @csspart comment - The comment (or free-text) field with `comment-input`, `count`, `comment-error`.
 * @csspart comment-input - The textarea.
 * @csspart count - The character count (`data-over="true"` past the limit).
 * @csspart comment-error - How much too long the text is.
 * @csspart send-button - Send (or "Try again" after an error).
 * @csspart send-error - Why it cannot be sent yet, or that saving failed.
 * @csspart thanks - The thank-you.
 * @csspart signed-out - Feedback needs a signed-in user.
 * @csspart not-connected - No runtime on the page.
 * @csspart not-set-up - An unknown `kind`, or the survey's `questions` are missing or malformed.
 * @csspart loading - A runtime is being started from `backend`.
 *
 * @cssprop [--learn-feedback-width=560px] - Largest width.
 * @cssprop [--learn-feedback-shadow=0 8px 28px rgb(0 0 0 / 0.18)] - The prompt card's shadow.
 * @cssprop [--learn-feedback-star=#e0a100] - A lit star.
 * @cssprop [--learn-font-family=system-ui] - Font.
 * @cssprop [--learn-font-size=15px] - Base font size.
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text, the count.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Buttons, the chosen answer.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-success=#17663a | #7fd6a0] - The thank-you's check.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Errors, the count past the limit.
 * @cssprop [--learn-radius=8px] - Corner radius.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnFeedback extends LitElement {
  static override properties = {
    phase: { state: true },
    failed: { state: true },
    showProblem: { state: true },
    subject: { reflect: true },
    kind: { reflect: true },
    heading: {},
    questions: { type: Array },
    variant: { reflect: true },
    size: { reflect: true },
    prompt: {},
    backend: {},
    locale: {},
    theme: { reflect: true },
  };
  static override styles = feedbackStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, { 'user-change': () => undefined, connectivity: () => undefined });
  private readonly starter = new BackendStart(this, () => this.runtime.learn, 'feedback');
  private readonly localize = new LanguageController<FeedbackStrings>(this, feedbackTranslations, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  private readonly answers = new FeedbackAnswers(this);
  private readonly card = new CardController(this, (opener) => {
    if (opener) this.announcer.announce(this.localize.strings.cardOpened(this.question));
    else this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  });

  private phase: Phase = 'form';
  /** Saving failed: the form stays as it was, with a retry. */
  private failed = false;
  /** Send was pressed with something to fix: the reason is shown until it is fixed. */
  private showProblem = false;
  private queued = false;
  /** Thanked for feedback given earlier (on this device), instead of asking again. */
  private earlier = false;
  /** The person, subject and kind the earlier feedback was looked up for. */
  private lookedUp = '';
  private focusPending = false;
  private numbers: { lang: string; format: Intl.NumberFormat } | undefined;

  /** What the feedback is about: `article:<id>`, `lesson:<id>`, `screen:<key>`, `question:<id>` or `product:<slug>`. */
  subject = '';
  /** `thumbs` (default), `stars`, `nps`, `text` or `survey`. */
  kind: FeedbackKind = 'thumbs';
  /** The question asked; default: one per kind ("Was this helpful?"). */
  heading: string | undefined;
  /** The survey's 1–3 questions, `{ id, label, kind: 'stars' | 'nps' | 'text' }` (JSON in the attribute). */
  questions: SurveyQuestion[] | undefined;
  /** `inline` (default) or `card`: a non-modal prompt card with a heading and a close button. */
  variant: 'inline' | 'card' = 'inline';
  /** `compact` (smaller type), `regular` (default) or `full`: fills its container without the card's border and padding (the drawer's articles, a lesson's completion screen). */
  size: 'compact' | 'regular' | 'full' = 'regular';
  /** The proactive prompt that asked (sent with the feedback, for caps and insights); shows the card. */
  prompt: string | undefined;
  /** Reference server URL for a page with no script of its own: a runtime is started with it when none answers. */
  backend: string | undefined;
  /** Language (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. */
  locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Whether the person has sent feedback here (the close event says so). */
  get answered(): boolean {
    return this.phase === 'thanks';
  }

  /** The prompt card (`variant="card"` or a `prompt`). */
  get isCard(): boolean {
    return this.variant === 'card' || !!this.prompt;
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  protected override updated(): void {
    this.lookUpEarlier();
    if (!this.focusPending) return;
    this.focusPending = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /**
   * An inline widget whose subject this person already rated here shows the thank-you instead of
   * the question: an article read twice, a lesson finished again. Prompt cards are capped by the
   * SDK instead.
   */
  private lookUpEarlier(): void {
    const learn = this.learn;
    const user = learn?.user;
    if (!learn || !user?.token || this.isCard || !this.subject) return;
    const key = `${user.id}\n${this.subject}\n${this.kind}`;
    if (key === this.lookedUp) return;
    this.lookedUp = key;
    void learn.feedback.given(this.subject).then(
      (given) => {
        // Only while the form is untouched: never replace what the person is doing.
        if (given?.kind !== this.kind || this.lookedUp !== key || this.phase !== 'form' || this.answers.touched) return;
        this.earlier = true;
        this.phase = 'thanks';
      },
      () => {},
    );
  }

  private get learn(): Learn | undefined {
    return this.runtime.learn;
  }

  private get question(): string {
    return this.heading || this.localize.strings.questions[this.kind] || this.localize.strings.questions.thumbs;
  }

  private readonly number = (n: number): string => {
    const lang = this.localize.lang;
    if (this.numbers?.lang !== lang) this.numbers = { lang, format: new Intl.NumberFormat(lang) };
    return this.numbers.format.format(n);
  };

  private readonly pick = (value: number): void => {
    this.answers.set({ value });
    this.failed = false;
  };

  private async send(learn: Learn, questions: SurveyQuestion[]): Promise<void> {
    if (this.phase !== 'form') return;
    const s = this.localize.strings;
    const problem = this.answers.problem(this.kind, questions, s);
    if (problem) {
      this.showProblem = true;
      this.announcer.announce(problem);
      return;
    }
    this.phase = 'sending';
    this.failed = false;
    try {
      const given = await learn.feedback.give(this.answers.input(this.subject, this.kind, questions, this.prompt));
      this.queued = learn.connectivity === 'offline';
      this.phase = 'thanks';
      this.focusPending = this.matches(':focus-within');
      this.announcer.announce(`${s.thanksTitle} ${this.queued ? s.thanksQueued : s.thanksBody}`);
      this.dispatchEvent(new LearnFeedbackGivenEvent({ subject: given.subject, kind: given.kind, value: given.value }));
    } catch (error) {
      // Kept for the developer (a bad `subject`, storage refused); the person gets a retry and keeps what they wrote.
      console.warn('Learnflow: feedback could not be saved.', error);
      this.phase = 'form';
      this.failed = true;
      this.announcer.announce(s.errorBody);
    }
  }

  private renderForm(learn: Learn, questions: SurveyQuestion[]): TemplateResult {
    const s = this.localize.strings;
    const a = this.answers;
    const kind = this.kind;
    const comment = (label: FeedbackStrings['commentOptional'] | { by: string }) =>
      renderComment({ id: 'comment', label, value: a.comment, strings: s, number: this.number, input: (comment) => a.set({ comment }) });
    let body: TemplateResult | typeof nothing = nothing;
    if (kind === 'thumbs') body = renderThumbs('q', a.value, s, this.pick);
    else if (kind === 'stars') body = renderStars('rating', 'q', a.value, s, this.pick);
    else if (kind === 'nps') body = renderNps('rating', 'q', a.value, s, this.pick);
    else if (kind === 'text') body = comment({ by: 'q' });
    else body = renderSurvey({ questions, answers: a.survey, strings: s, number: this.number, answer: (id, v) => a.answer(id, v) });
    // After a rating: the reason on "not helpful", an optional comment, Send. Text and surveys show Send at once.
    const rated = kind === 'text' || kind === 'survey' || a.value !== undefined;
    const problem = a.problem(kind, questions, s);
    const message = this.failed ? s.errorBody : this.showProblem ? problem : undefined;
    const sending = this.phase === 'sending';
    return html`${body}
      ${kind === 'thumbs' && a.value === 0 ? renderReasons('reason', a.reason, s, (reason) => a.set({ reason })) : nothing}
      ${rated && kind !== 'text' && kind !== 'survey' ? comment(s.commentOptional) : nothing}
      ${rated
        ? html`<div class="actions">
            <button type="button" class="button" part="send-button" aria-disabled=${sending ? 'true' : 'false'} aria-describedby="send-error" @click=${() => void this.send(learn, questions)}>
              ${sending ? s.sending : this.failed ? s.retry : s.send}
            </button>
            <p id="send-error" class="error-text" part="send-error">${message ?? ''}</p>
          </div>`
        : nothing}`;
  }

  private renderBody(): TemplateResult {
    const s = this.localize.strings;
    const learn = this.learn;
    const message = (part: string, title: string, body = '') =>
      html`<div part=${part}><p class="label">${title}</p>${body ? html`<p class="muted">${body}</p>` : nothing}</div>`;
    if (!learn) return this.starter.failed || !this.backend ? message('not-connected', s.notConnected) : message('loading', s.loading);
    if (!learn.user?.token) return message('signed-out', s.signedOutTitle, s.signedOutBody);
    if (this.phase === 'thanks') {
      return html`<div class="thanks" part="thanks">
        ${feedbackIcons.check}
        <div><p class="label" tabindex="-1" data-focus>${s.thanksTitle}</p><p class="muted">${this.earlier ? s.thanksEarlier : this.queued ? s.thanksQueued : s.thanksBody}</p></div>
      </div>`;
    }
    // A kind we do not know (a typo in a CMS) or a malformed survey: say so rather than show a broken form.
    const questions = this.kind === 'survey' ? parseQuestions(this.questions) : KINDS.includes(this.kind) ? [] : undefined;
    if (!questions) return message('not-set-up', s.notSetUp);
    return this.renderForm(learn, questions);
  }

  override render(): TemplateResult {
    const s = this.localize.strings;
    const card = this.isCard;
    const answered = this.answered;
    return html`<div
      class="card"
      part="base"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
      role=${card ? 'dialog' : nothing}
      aria-labelledby=${card ? 'q' : nothing}
      ?data-card=${card}
      @keydown=${this.card.onKeydown}
    >
      ${card
        ? html`<div class="head">
            <h2 id="q" class="title" part="heading" tabindex="-1">${this.question}</h2>
            <button type="button" class="icon-button" part="close-button" aria-label=${s.close} @click=${() => this.card.close('close-button')}>${feedbackIcons.close}</button>
          </div>`
        : answered
          ? nothing
          : html`<p id="q" class="label" part="heading">${this.question}</p>`}
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
    </div>`;
  }
}
