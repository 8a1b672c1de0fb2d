/**
 * What the person has chosen and typed so far — kept on the element, so an error, a retry or a
 * language switch loses nothing — and what would be sent: the FeedbackInput for `learn.feedback.give`,
 * or the message that says why it cannot be sent yet (checked before sending, shown while typing).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeedbackKind, NotHelpfulReason, SurveyAnswer } from '../../../src/protocol/index.js';
import { COMMENT_MAX } from '../limits.js';
import type { FeedbackInput } from '../../../sdk/types.js';
import type { FeedbackStrings } from '../i18n/en.js';
import type { SurveyQuestion } from '../survey.js';

export class FeedbackAnswers {
  value: number | undefined;
  reason: NotHelpfulReason | undefined;
  comment = '';
  /** Survey answers by question id: a rating or a text. */
  readonly survey = new Map<string, number | string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the person has chosen or typed anything yet. */
  get touched(): boolean {
    return this.value !== undefined || this.comment !== '' || this.survey.size > 0;
  }

  set(change: Partial<Pick<FeedbackAnswers, 'value' | 'reason' | 'comment'>>): void {
    Object.assign(this, change);
    // "Not helpful" asks why; a change of mind drops the reason.
    if (this.value !== 0) this.reason = undefined;
    this.host.requestUpdate();
  }

  answer(question: string, value: number | string): void {
    this.survey.set(question, value);
    this.host.requestUpdate();
  }

  /** Characters over COMMENT_MAX in `text` (trimmed), or 0. */
  static over(text: string): number {
    return Math.max(0, text.trim().length - COMMENT_MAX);
  }

  /** Why this cannot be sent yet, in the person's words; undefined when it can. */
  problem(kind: FeedbackKind, questions: SurveyQuestion[], s: FeedbackStrings): string | undefined {
    const texts = kind === 'survey' ? [...this.survey.values()].filter((v): v is string => typeof v === 'string') : [this.comment];
    const over = Math.max(...texts.map(FeedbackAnswers.over));
    if (over > 0) return s.tooLong(String(over), String(COMMENT_MAX));
    if (kind === 'text') return this.comment.trim() ? undefined : s.empty;
    if (kind === 'survey') return questions.some((q) => this.#surveyAnswer(q)) ? undefined : s.chooseRating;
    return this.value === undefined ? s.chooseRating : undefined;
  }

  input(subject: string, kind: FeedbackKind, questions: SurveyQuestion[], prompt: string | undefined): FeedbackInput {
    const input: FeedbackInput = { subject, kind };
    if (kind === 'survey') input.answers = questions.map((q) => this.#surveyAnswer(q)).filter((a): a is SurveyAnswer => !!a);
    else if (kind !== 'text') input.value = this.value;
    if (this.reason && kind === 'thumbs') input.reason = this.reason;
    if (kind !== 'survey' && this.comment.trim()) input.comment = this.comment;
    if (prompt) input.prompt = prompt;
    return input;
  }

  #surveyAnswer(q: SurveyQuestion): SurveyAnswer | undefined {
    const a = this.survey.get(q.id);
    if (typeof a === 'number') return { question: q.id, value: a };
    return a?.trim() ? { question: q.id, text: a } : undefined;
  }
}
