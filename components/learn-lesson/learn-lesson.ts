/** `<learn-lesson>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { html, LitElement, type TemplateResult } from 'lit';
import { ensureContextRoot } from '../../sdk/context.js';
import { BackendStart } from '../shared/backend-start.js';
import type { Lesson, LessonProgress } from '../../src/protocol/index.js';
import { articleLinkTarget } from '../learn-drawer/panel/article-links.js';
import { AnnounceController } from '../learn-drawer/panel/controllers/announcer.js';
import { RuntimeController } from '../learn-drawer/panel/controllers/runtime.js';
import { FeedbackSlotController, renderFeedbackSlot } from '../shared/feedback-slot.js';
import { VERSION } from '../shared/version.js';
import { ActiveTimeController } from './controllers/active-time.js';
import { LessonLoader } from './controllers/lesson-loader.js';
import { LessonLocalizeController } from './controllers/localize.js';
import { LessonSession, type LessonView } from './controllers/lesson-session.js';
import { MediaPositionController } from './controllers/media-position.js';
import { StepActions, type FocusTarget } from './controllers/step-actions.js';
import { StepHtmlController } from './controllers/step-html.js';
import { LearnLessonCompleteEvent } from './events/learn-lesson-complete.js';
import { lessonStyles } from './learn-lesson.styles.js';
import { renderComplete } from './parts/complete.js';
import { renderIntro } from './parts/intro.js';
import { renderFailure, renderPlaceholder, renderSkeleton } from './parts/states.js';
import { renderStepView, type StepHandlers } from './parts/step-view.js';

export type LessonSize = 'compact' | 'regular' | 'full';
export type LessonTheme = 'light' | 'dark' | 'auto';
type Screen = 'not-connected' | 'loading' | 'unavailable' | 'error' | LessonView;

/** Where focus goes after the next render (set by the person's own actions only, never on load). */
const FOCUS: Record<FocusTarget, string> = { heading: '[data-focus]', next: '[part~="next-button"]', retry: '[part~="quiz-retry"]', choice: 'fieldset input' };

/**
 * @summary A two-minute lesson where the work happens: text, images, captioned video, checklists,
 * quizzes that teach, and "try it" steps that take the employee to the screen in the host app.
 * Progress is saved at every step (and synced, so it resumes on another device); learning records
 * go to the SDK as xAPI statements.
 *
 * Consumes the runtime from `learnContext`. On a page with no script of its own, `backend="…"`
 * starts one (like a bare `<learn-drawer backend>`).
 *
 * @tag learn-lesson
 *
 * @fires {LearnLessonCompleteEvent} learn-lesson-complete - The employee finished the lesson;
 *   `detail: { lessonId, score, passed }` (`score` 0–1, undefined without questions). Bubbles, composed.
 *
 * @csspart base - The card around everything.
 * @csspart loading - The loading skeleton.
 * @csspart placeholder - "This lesson isn't available" (unknown id) or "not connected".
 * @csspart error - The error state; its retry button is `error-retry`.
 * @csspart error-retry - Retry after an error.
 * @csspart intro - The intro card.
 * @csspart title - The lesson's title on the intro card.
 * @csspart meta - Minutes and number of steps.
 * @csspart start-button - Start / Resume.
 * @csspart progress - "Step 3 of 7" and the bar.
 * @csspart progress-bar - The `<progress>` bar.
 * @csspart step - The step on screen (`data-kind` = its kind).
 * @csspart step-heading - The step's heading (takes focus on step change).
 * @csspart step-body - A text step's sanitised body.
 * @csspart figure - An image or video with its caption.
 * @csspart image - An image step's `<img>`.
 * @csspart video - A video step's `<video>`.
 * @csspart transcript - A video's transcript (`<details>`).
 * @csspart checklist - A checklist.
 * @csspart quiz - A quiz step.
 * @csspart question - The question (the fieldset's legend).
 * @csspart choice - One choice (`data-result` = right | wrong | missed once answered).
 * @csspart check-button - "Check answer".
 * @csspart feedback - Feedback after an answer (`data-correct`).
 * @csspart quiz-retry - Try the question again.
 * @csspart try-it - A try-it step.
 * @csspart try-it-button - "Take me there".
 * @csspart try-it-note - Waiting for the screen, or why the page cannot take you there.
 * @csspart mark-done - Mark a try-it step done by hand.
 * @csspart nav - Back and Next.
 * @csspart back-button - Back.
 * @csspart next-button - Next / Finish.
 * @csspart complete - The completion screen (`data-passed`).
 * @csspart complete-title - "Lesson complete".
 * @csspart score - The score sentence.
 * @csspart verdict - Passed, or what passing needs.
 * @csspart retry-button - Retry lesson.
 * @csspart rating - The lesson's star rating on the completion screen (a `<learn-feedback kind="stars">`, loaded once in view; signed-in people only).
 * @csspart related - What next.
 * @csspart related-lesson - A related lesson (plays here).
 * @csspart related-article - A related article (opens in the drawer).
 *
 * @cssprop [--learn-lesson-width=640px] - Largest width in `regular` size (`compact` fills its column, `full` its container).
 * @cssprop [--learn-font-family=system-ui] - Font.
 * @cssprop [--learn-font-size=15px] - Base font size (14px in `compact`).
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-surface-raised=#f4f6f9 | #22252b] - Feedback, skeleton and hover background.
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Buttons, links, the progress bar.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-success=#17663a | #7fd6a0] - Right answers, passed.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Wrong answers, errors.
 * @cssprop [--learn-notice=#fff4d6 | #3a3014] - Background of notes (try-it).
 * @cssprop [--learn-radius=8px] - Corner radius.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnLesson extends LitElement {
  static override properties = {
    lesson: { reflect: true },
    size: { reflect: true },
    backend: {},
    locale: {},
    theme: { reflect: true },
  };
  static override styles = lessonStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, {
    'context-change': () => this.actions.contextChanged(),
    // Re-render only: related lessons and articles take their titles from the catalog.
    'catalog-change': () => undefined,
  });
  private readonly starter = new BackendStart(this, () => this.runtime.learn, 'lessons');
  private readonly localize = new LessonLocalizeController(this, () => this.locale ?? undefined, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  private readonly session: LessonSession = new LessonSession(this, {
    takeActiveMs: () => this.activeTime.take(),
    onCompleted: (lesson, progress) => this.onCompleted(lesson, progress),
    onSaveFailed: () => this.announcer.announce(this.localize.strings.saveFailed),
  });
  private readonly activeTime = new ActiveTimeController(this, () => this.session.inStep, () => this.session.flush());
  private readonly loader = new LessonLoader(this, () => this.runtime.learn, () => this.lesson, (loaded) => this.session.load(loaded));
  private readonly stepHtml = new StepHtmlController(this);
  private readonly media = new MediaPositionController(this.session);
  private readonly feedback = new FeedbackSlotController(this);
  private readonly actions = new StepActions(this, {
    session: this.session,
    learn: () => this.runtime.learn,
    strings: () => this.localize.strings,
    announce: (message) => this.announcer.announce(message),
    focus: (target) => (this.pendingFocus = target ?? this.pendingFocus),
    hasFocus: () => this.matches(':focus-within'),
  });

  private pendingFocus: FocusTarget | null = null;
  private lastScreen: Screen | undefined;

  /** Id of the lesson to play. */
  lesson = '';
  /** `compact` fits a 320 px intranet column, `regular` (default) a page's content column, `full` fills its container (the drawer). */
  size: LessonSize = 'regular';
  /** Reference server URL for a page with no script of its own: a runtime is started with it when none answers. */
  backend: string | undefined;
  /** Language (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. */
  locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: LessonTheme = 'auto';

  override connectedCallback(): void {
    // Before the controllers ask for the runtime: a runtime created later must still answer.
    ensureContextRoot();
    super.connectedCallback();
    this.session.reenter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.leave();
  }

  private get screen(): Screen {
    if (!this.runtime.learn) return this.starter.failed ? 'error' : this.backend ? 'loading' : 'not-connected';
    if (!this.lesson.trim()) return 'unavailable';
    const failure = this.loader.failure;
    if (failure) return failure === 'not-found' ? 'unavailable' : 'error';
    if (this.loader.pending || !this.session.lesson) return 'loading';
    return this.session.view;
  }

  protected override willUpdate(): void {
    // Here, not in updated(): the announcement is part of this render, not a second one.
    const screen = this.screen;
    if (screen === this.lastScreen) return;
    this.lastScreen = screen;
    const s = this.localize.strings;
    const message = { loading: s.loading, unavailable: s.unavailableTitle, error: s.errorTitle, 'not-connected': s.notConnected }[screen as string];
    if (message) this.announcer.announce(message);
  }

  /**
   * Puts focus on the lesson's heading (its title, the step's heading or the completion title) —
   * now if it is rendered, else as soon as it is (the lesson may still be loading). The drawer calls
   * it when it opens a lesson, as it focuses an article's title.
   */
  override focus(): void {
    this.pendingFocus = 'heading';
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(FOCUS[this.pendingFocus]);
    if (!target) return; // still loading: the next render has it
    this.pendingFocus = null;
    target.focus();
  }


  private readonly start = (): void => {
    this.pendingFocus = 'heading';
    this.actions.reset();
    void this.session.begin();
  };

  private readonly steps: StepHandlers = {
    back: () => {
      this.pendingFocus = 'heading';
      this.session.act({ type: 'back' });
    },
    next: () => {
      if (!this.session.canGoNext) return this.announcer.announce(this.localize.strings.answerFirst);
      this.pendingFocus = 'heading';
      this.session.act({ type: 'next' });
    },
    tick: this.actions.tick,
    textClick: (event) => {
      const found = articleLinkTarget(event);
      if (!found) return;
      event.preventDefault();
      if (found.link.kind === 'article') this.runtime.learn?.open({ article: found.link.id });
      else this.renderRoot.querySelector(`[id="${CSS.escape(found.link.id)}"]`)?.scrollIntoView({ block: 'start' });
    },
    quiz: this.actions.quiz,
    tryIt: this.actions.tryIt,
    video: this.media.handlers,
  };

  private onCompleted(lesson: Lesson, progress: LessonProgress): void {
    const score = this.session.score;
    this.pendingFocus = 'heading';
    this.dispatchEvent(
      new LearnLessonCompleteEvent({
        lessonId: lesson.id,
        score: score && score.max > 0 ? (progress.score ?? score.scaled) : undefined,
        passed: progress.passed ?? score?.passed ?? true,
      }),
    );
  }

  private readonly openLesson = (id: string): void => {
    this.pendingFocus = 'heading';
    this.session.load(null);
    this.lesson = id;
  };

  private readonly openArticle = (id: string): void => this.runtime.learn?.open({ article: id });

  private renderScreen(screen: Screen): TemplateResult {
    const s = this.localize.strings;
    const { lesson, progress } = this.session;
    if (screen === 'not-connected') return renderPlaceholder(s.notConnected, '');
    if (screen === 'unavailable') return renderPlaceholder(s.unavailableTitle, s.unavailableHint);
    if (screen === 'error') return renderFailure(this.loader.failure === 'not-found' ? 'error' : (this.loader.failure ?? 'error'), s, () => (this.runtime.learn ? this.loader.retry() : this.starter.start()));
    if (screen === 'loading' || !lesson) return renderSkeleton(s);
    if (screen === 'intro' || !progress) return renderIntro(lesson, progress, s, this.start);
    if (screen === 'complete') {
      const score = this.session.score!;
      const catalog = this.runtime.learn?.catalogState.catalog ?? null;
      const feedback = renderFeedbackSlot({ learn: this.runtime.learn, subject: `lesson:${lesson.id}`, kind: 'stars', part: 'rating', locale: this.locale, theme: this.theme });
      return renderComplete({ lesson, score, catalog, localize: this.localize, onRetry: this.start, onLesson: this.openLesson, onArticle: this.openArticle, feedback });
    }
    const { step, index } = this.session.current!;
    return renderStepView({
      lesson,
      progress,
      step,
      index,
      canGoNext: this.session.canGoNext,
      strings: s,
      stepHtml: step.kind === 'text' ? this.stepHtml.get(lesson.id, step) : undefined,
      draft: this.actions.draft(step.id),
      tryState: this.actions.tryState(step.id),
      on: this.steps,
    });
  }

  override render(): TemplateResult {
    const screen = this.screen;
    return html`<div class="card" part="base" lang=${this.localize.lang} dir=${this.localize.dir} aria-busy=${screen === 'loading' ? 'true' : 'false'}>
      ${this.renderScreen(screen)}
      <div class="visually-hidden" role="status" aria-atomic="true">${this.announcer.message}</div>
    </div>`;
  }
}
