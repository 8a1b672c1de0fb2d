/** `<learn-drawer-review>`: the contract is the JSDoc on the class below. */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DueQuestion, Learn } from '../../../../sdk/types.js';
import { resolveLocale } from '../../../shared/locale.js';
import { AnnounceController } from '../controllers/announcer.js';
import { RuntimeController } from '../controllers/runtime.js';
import { renderError, renderSkeleton } from '../parts/states.js';
import { adoptReviewStyles } from './review-styles.js';
import { reviewStrings, type ReviewStrings } from './strings.js';

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
 * Internal to `<learn-drawer>`: it renders into the drawer panel's shadow root (no shadow root of
 * its own) so it shares the drawer's look, parts and custom properties.
 *
 * @tag learn-drawer-review
 */
export class LearnDrawerReview extends LitElement {
  private readonly runtime = new RuntimeController(this, { 'review-change': () => undefined });
  private readonly announcer = new AnnounceController(this);

  /** Overrides the runtime's locale (from `<learn-drawer locale>`). */
  @property() locale: string | undefined;

  @state() private questions: DueQuestion[] | null = null;
  @state() private failed = false;
  @state() private index = 0;
  @state() private chosen: string[] = [];
  /** Whether the shown question's answer was right; null until "Check answer". */
  @state() private verdict: boolean | null = null;
  @state() private rightCount = 0;
  private loadedFor: Learn | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptReviewStyles(this.getRootNode());
  }

  private get strings(): ReviewStrings {
    return reviewStrings(resolveLocale(this.locale, this.runtime.learn?.locale));
  }

  protected override willUpdate(): void {
    const learn = this.runtime.learn;
    if (learn && learn !== this.loadedFor) {
      this.loadedFor = learn;
      void this.load(learn);
    }
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
      this.announcer.announce(this.strings.loadError);
    }
  }

  private reset(): void {
    this.chosen = [];
    this.verdict = null;
  }

  private get current(): DueQuestion | undefined {
    return this.questions?.[this.index];
  }

  private choose(id: string, multiple: boolean, checked: boolean): void {
    if (this.verdict !== null) return;
    this.chosen = multiple ? (checked ? [...this.chosen, id] : this.chosen.filter((c) => c !== id)) : [id];
  }

  private async check(): Promise<void> {
    const question = this.current;
    const learn = this.runtime.learn;
    if (!question || !learn || this.chosen.length === 0) return;
    const correct = sameChoices(this.chosen, question.step.choices.filter((c) => c.correct).map((c) => c.id));
    this.verdict = correct;
    if (correct) this.rightCount++;
    const strings = this.strings;
    this.announcer.announce(`${correct ? strings.right : strings.wrong} ${this.explanations(question).join(' ')}`);
    await this.updateComplete;
    this.querySelector<HTMLElement>('[data-review-next]')?.focus();
    await learn.review.answer(question.card.id, correct);
  }

  private async next(): Promise<void> {
    this.index++;
    this.reset();
    await this.updateComplete;
    this.querySelector<HTMLElement>('.review legend, .review h3')?.focus();
  }

  /** The explanations worth reading after an answer: of each chosen choice, then of the right one(s). */
  private explanations(question: DueQuestion): string[] {
    const choices = question.step.choices;
    const shown = [...choices.filter((c) => this.chosen.includes(c.id)), ...choices.filter((c) => c.correct && !this.chosen.includes(c.id))];
    return shown.map((c) => c.explanation).filter((e): e is string => !!e);
  }

  private renderQuestion(question: DueQuestion, strings: ReviewStrings): TemplateResult {
    const { step, lesson } = question;
    const total = this.questions!.length;
    const answered = this.verdict !== null;
    const correctChoices = step.choices.filter((c) => c.correct);
    return html`<p class="review-meta">${strings.progress(this.index + 1, total)} · <span dir="auto">${strings.fromLesson(lesson.title)}</span></p>
      <fieldset aria-describedby="review-how">
        <legend tabindex="-1" dir="auto" lang=${lesson.locale}>${step.question}</legend>
        <p id="review-how" class="review-meta">${step.multiple ? strings.pickAll : strings.pickOne}</p>
        ${step.choices.map(
          (choice) => html`<label class="review-choice" dir="auto" lang=${lesson.locale}>
            <input
              type=${step.multiple ? 'checkbox' : 'radio'}
              name="review-choice"
              .checked=${this.chosen.includes(choice.id)}
              ?disabled=${answered}
              @change=${(event: Event) => this.choose(choice.id, step.multiple, (event.target as HTMLInputElement).checked)}
            />
            <span>${choice.text}</span>
          </label>`,
        )}
      </fieldset>
      ${answered
        ? html`<div class="review-feedback" data-correct=${String(this.verdict)} part="review-feedback">
            <p><strong>${this.verdict ? strings.right : strings.wrong}</strong>
              ${this.verdict ? nothing : html`${strings.correctAnswer} <span dir="auto">${correctChoices.map((c) => c.text).join(' · ')}</span>`}</p>
            ${this.explanations(question).map((text) => html`<p dir="auto" lang=${lesson.locale}>${text}</p>`)}
          </div>`
        : nothing}
      <div class="review-actions">
        ${answered
          ? html`<button type="button" class="button" data-review-next @click=${() => this.next()}>${this.index + 1 < total ? strings.next : strings.finish}</button>`
          : html`<button type="button" class="button" ?disabled=${this.chosen.length === 0} aria-disabled=${this.chosen.length === 0 ? 'true' : 'false'} @click=${() => this.check()}>${strings.check}</button>`}
      </div>`;
  }

  private renderBody(learn: Learn, strings: ReviewStrings): TemplateResult {
    if (this.failed) return renderError(strings.loadError, '', strings.retry, () => void this.load(learn));
    if (learn.review.paused) {
      return html`<div class="state">
        <h3 class="state-title" tabindex="-1">${strings.pausedTitle}</h3>
        <p>${strings.pausedBody}</p>
        <button type="button" class="button" @click=${() => this.resume(learn)}>${strings.resume}</button>
      </div>`;
    }
    if (!this.questions) return renderSkeleton(strings.loading, 3);
    if (this.questions.length === 0) {
      return html`<div class="state"><h3 class="state-title" tabindex="-1">${strings.emptyTitle}</h3><p>${strings.emptyBody}</p></div>`;
    }
    const question = this.current;
    if (!question) {
      return html`<div class="state">
        <h3 class="state-title" tabindex="-1">${strings.done(this.rightCount, this.questions.length)}</h3>
        <p>${strings.doneHint}</p>
      </div>`;
    }
    return this.renderQuestion(question, strings);
  }

  private async pause(learn: Learn): Promise<void> {
    await learn.review.pause();
    this.announcer.announce(this.strings.pausedTitle);
  }

  private async resume(learn: Learn): Promise<void> {
    await learn.review.resume();
    await this.load(learn);
  }

  protected override render(): TemplateResult {
    const learn = this.runtime.learn;
    const strings = this.strings;
    return html`<section class="review" aria-labelledby="review-heading" part="review">
      <h2 id="review-heading" class="article-title" tabindex="-1">${strings.heading}</h2>
      ${learn ? this.renderBody(learn, strings) : renderSkeleton(strings.loading, 3)}
      ${learn && !learn.review.paused
        ? html`<p class="review-pause">${strings.pauseHint}
            <button type="button" class="button-quiet" @click=${() => this.pause(learn)}>${strings.pause}</button></p>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
    </section>`;
  }
}
