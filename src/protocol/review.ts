/**
 * The daily Review: quiz questions from completed lessons come back on a growing interval
 * (Leitner boxes, src/lesson/review.ts). Kept per user, synced like progress (PUT /v1/review);
 * cards merge one by one — the card with more reviews wins, then the later update.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime } from './primitives.js';
import { Int, OrNull } from './schema-helpers.js';

/** Leitner boxes 1–5; a right answer in box 5 retires the card (mastered). */
export const REVIEW_BOXES = 5;

export const ReviewCard = z.object({
  /** `<lessonId>/<stepId>` */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}\/[a-z0-9][a-z0-9-]{0,79}$/, 'must be "<lessonId>/<stepId>"')),
  lessonId: Id,
  stepId: Id,
  box: Int(1, REVIEW_BOXES),
  reviews: Int(0),
  lapses: Int(0),
  dueAt: IsoDateTime,
  lastReviewedAt: z.optional(IsoDateTime),
  retired: z._default(z.boolean(), false),
  updatedAt: IsoDateTime,
});
export type ReviewCard = z.infer<typeof ReviewCard>;

export const ReviewState = z.object({
  cards: z.array(ReviewCard).check(z.maxLength(5000)),
  /** Set while the employee has paused review (a holiday); nothing is due until they resume. */
  pausedSince: z.optional(OrNull(IsoDateTime)),
  /** When the pause (or its end) was set — the later one wins across devices. */
  pauseUpdatedAt: z.optional(IsoDateTime),
});
export type ReviewState = z.infer<typeof ReviewState>;
