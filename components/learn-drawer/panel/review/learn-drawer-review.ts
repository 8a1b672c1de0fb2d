/** `<learn-drawer-review>`: the contract is the JSDoc on the class below. */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { DueQuestion, Learn } from '../../../../sdk/types.js';
import type { QuizAnswer } from '../../../../src/protocol/index.js';
import { LessonLocalizeController } from '../../../learn-lesson/controllers/localize.js';
import { lessonStyles } from '../../../learn-lesson/learn-lesson.styles.js';
import { renderQuiz } from '../../../learn-lesson/parts/quiz.js';
import { AnnounceController } from '../controllers/announcer.js';
import { RuntimeController } from '../controllers/runtime.js';
import { reviewStyles } from './learn-drawer-review.styles.js';

/** How many due questions one sitting asks at most: a review is minutes, not an exam. */
export const REVIEW_SITTING = 10;

/** Same choices, in any order. */
function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * @summary The daily review inside the drawer: due quiz questions from finished lessons, one at a
 * time, with the explanation after each answer; answers reschedule the question (Leitner boxes,
 * src/lesson/review.ts). Also where review is paused for a holiday and resumed.
 *
 * Internal to `<learn-drawer>`. It lives in the lesson player's chunks and shows its questions the
 * way a lesson does (the lesson's quiz part, stylesheet and translations), in a shadow root of its own.
 *
 * @tag learn-drawer-review
 */
export class LearnDrawerReview extends LitElement {
  static override styles = [lessonStyles, reviewStyles];
  static override properties = {
    locale: {},
    questions: { state: true },
    failed: { state: true },
    index: { state: true },
    chosen: { state: true },
    answer: { state: true },
    rightCount: { state: true },
  };

  private readonly runtime = new RuntimeController(this, { 'review-change': () => undefined });
  private readonly localize = new LessonLocalizeController(this, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);

  /** Overrides the runtime's locale (from `<learn-drawer locale>`). */
  locale: string | undefined;

  private questions: DueQuestion[] | null = null;
  private failed = false;
  private index = 0;
  private chosen: string[] = [];
  /** The shown question's answer once checked. */
  private answer: QuizAnswer | undefined;
  private rightCount = 0;
  private loadedFor: Learn | undefined;
  private focusWanted: string | null = null;

  /** Focuses the review's heading (the drawer calls it when it opens the review). */
  override focus(): void {
    this.focusWanted = 'h2';
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const learn = this.runtime.learn;
    if (learn && learn !== this.loadedFor) {
      this.loadedFor = learn;
      void this.load(learn);
    }
  }

  protected override updated(): void {
    const target = this.focusWanted && this.renderRoot.querySelector<HTMLElement>(this.focusWanted);
    if (!target) return;
    this.focusWanted = null;
    target.focus();
  }

  private async load(learn: Learn): Promise<void> {
    this.failed = false;
    this.questions = null;
    try {
      const questions = await learn.review.due(REVIEW_SITTING);
      if (learn !== this.runtime.learn) return;
      this.questions = questions;
      this.index = 0;
      this.rightCount = 0;
      this.reset();
    } catch {
      this.failed = true;
      this.announcer.announce(this.localize.strings.review.loadError);
    }
  }

  private reset(): void {
    this.chosen = [];
    this.answer = undefined;
  }

  private get current(): DueQuestion | undefined {
    return this.questions?.[this.index];
  }

  private choose(id: string, checked: boolean): void {
    if (this.answer) return;
    this.chosen = this.current!.step.multiple ? (checked ? [...this.chosen, id] : this.chosen.filter((c) => c !== id)) : [id];
  }

  private async check(): Promise<void> {
    const question = this.current;
    const learn = this.runtime.learn;
    const strings = this.localize.strings;
    if (!question || !learn) return;
    if (this.chosen.length === 0) return this.announcer.announce(strings.chooseFirst);
    const { choices } = question.step;
    const correct = sameChoices(this.chosen, choices.filter((c) => c.correct).map((c) => c.id));
    this.answer = { choices: this.chosen, correct, attempts: 1, firstCorrect: correct };
    if (correct) this.rightCount++;
    // The explanations worth reading: of each chosen choice, then of the right one(s).
    const shown = [...choices.filter((c) => this.chosen.includes(c.id)), ...choices.filter((c) => c.correct && !this.chosen.includes(c.id))];
    this.announcer.announce([correct ? strings.correct : strings.incorrect, ...shown.map((c) => c.explanation).filter(Boolean)].join(' '));
    this.focusWanted = '[data-review-next]';
    await learn.review.answer(question.card.id, correct);
  }

  private next(): void {
    this.index++;
    this.reset();
    this.focusWanted = 'fieldset input, .state-title';
  }

  private state(title: string, body: string, action?: TemplateResult): TemplateResult {
    return html`<div class="state"><h3 class="state-title" tabindex="-1" data-focus>${title}</h3><p>${body}</p>${action ?? nothing}</div>`;
  }

  private renderBody(learn: Learn | undefined): TemplateResult {
    const strings = this.localize.strings;
    const r = strings.review;
    const button = (label: string, onClick: () => void) => html`<button type="button" class="button" @click=${onClick}>${label}</button>`;
    const questions = this.questions;
    if (!learn || (!questions && !this.failed && !learn.review.paused)) {
      return html`<div class="skeleton" part="loading" role="img" aria-label=${r.loading}><span></span><span></span><span></span></div>`;
    }
    if (this.failed) return this.state(r.loadError, '', button(strings.retry, () => void this.load(learn)));
    if (learn.review.paused) return this.state(r.pausedTitle, r.pausedBody, button(r.resume, () => void this.resume(learn)));
    if (!questions || questions.length === 0) return this.state(r.emptyTitle, r.emptyBody);
    const question = this.current;
    if (!question) return this.state(r.done(this.rightCount, questions.length), r.doneHint);
    const { step, lesson } = question;
    const answer = this.answer;
    const last = this.index + 1 >= questions.length;
    return html`<p class="meta">${r.progress(this.index + 1, questions.length)} · <span dir="auto">${r.fromLesson(lesson.title)}</span></p>
      ${renderQuiz(lesson, step, { answers: answer ? { [step.id]: answer } : {} }, this.chosen, strings, {
        choose: (id, checked) => this.choose(id, checked),
        check: () => void this.check(),
      })}
      ${answer ? html`<p><button type="button" class="button" data-review-next @click=${() => this.next()}>${last ? r.finish : r.next}</button></p>` : nothing}`;
  }

  private async pause(learn: Learn): Promise<void> {
    await learn.review.pause();
    this.announcer.announce(this.localize.strings.review.pausedTitle);
  }

  private async resume(learn: Learn): Promise<void> {
    await learn.review.resume();
    await this.load(learn);
  }

  protected override render(): TemplateResult {
    const learn = this.runtime.learn;
    const r = this.localize.strings.review;
    return html`<section class="review" part="review" aria-labelledby="review-heading" lang=${this.localize.lang} dir=${this.localize.dir}>
      <h2 id="review-heading" class="title" tabindex="-1" data-focus>${r.heading}</h2>
      ${this.renderBody(learn)}
      ${learn && !learn.review.paused
        ? html`<p class="pause">${r.pauseHint} <button type="button" class="button-quiet" @click=${() => this.pause(learn)}>${r.pause}</button></p>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
    </section>`;
  }
}
