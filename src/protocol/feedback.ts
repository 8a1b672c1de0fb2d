/**
 * Feedback: what an employee says about an article, a lesson, a screen or the product, in one of
 * five kinds — thumbs (helpful or not), 1–5 stars, NPS 0–10, free text, or a short survey of 2–3
 * questions — with an optional reason and comment, and the context it was given in.
 *
 *   POST /v1/feedback   FeedbackRequest → FeedbackResponse   (token; Idempotency-Key; 429 + Retry-After when too fast)
 *
 * `subject` names what the feedback is about: `article:<id>`, `lesson:<id>`, `screen:<screen key>`,
 * `question:<uuid>` or `product:<slug>`; an article or lesson that does not exist is refused (422).
 */
import * as z from 'zod/mini';
import { WorkContext } from './context.js';
import { IsoDateTime } from './primitives.js';
import { Uuid } from './progress.js';

export const COMMENT_MAX = 1000;
export const SURVEY_QUESTIONS_MAX = 3;

export const FeedbackKind = z.enum(['thumbs', 'stars', 'nps', 'text', 'survey']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

/** Why an article did not help (asked after a "no"). */
export const NotHelpfulReason = z.enum(['outdated', 'unclear', 'not-answered']);
export type NotHelpfulReason = z.infer<typeof NotHelpfulReason>;

export const Subject = z.string().check(
  z.regex(/^(article|lesson|screen|question|product):[A-Za-z0-9][A-Za-z0-9/._-]{0,159}$/, 'must be "article:<id>", "lesson:<id>", "screen:<key>", "question:<id>" or "product:<slug>"'),
);
export type Subject = z.infer<typeof Subject>;

/** One answer of a survey: the question's id as the survey defined it, and a rating or a text. */
export const SurveyAnswer = z.object({
  question: z.string().check(z.minLength(1), z.maxLength(60)),
  /** A rating on the question's scale (stars 1–5 or NPS 0–10), or absent for a text answer. */
  value: z.optional(z.number().check(z.gte(0), z.lte(10))),
  text: z.optional(z.string().check(z.maxLength(COMMENT_MAX))),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const FeedbackRequest = z.object({
  /** Chosen by the client (crypto.randomUUID): stored once, whoever sends it again. */
  id: Uuid,
  subject: Subject,
  kind: FeedbackKind,
  /**
   * thumbs: 1 helpful, 0 not · stars: 1–5 · nps: 0–10 · text and survey: absent.
   * The server checks the range for the kind (422 with the field named).
   */
  value: z.optional(z.number()),
  reason: z.optional(NotHelpfulReason),
  comment: z.optional(z.string().check(z.maxLength(COMMENT_MAX))),
  answers: z.optional(z.array(SurveyAnswer).check(z.maxLength(SURVEY_QUESTIONS_MAX))),
  /** Which proactive prompt asked, when one did (for caps and for insights). */
  prompt: z.optional(z.string().check(z.maxLength(80))),
  context: z._default(WorkContext, {}),
  /** When the person gave it (the outbox may send it later). */
  givenAt: IsoDateTime,
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const FeedbackResponse = z.object({ id: Uuid, stored: z.boolean() });
export type FeedbackResponse = z.infer<typeof FeedbackResponse>;
