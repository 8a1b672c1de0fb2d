/**
 * Where an employee is in a lesson. Written to IndexedDB at once, synced to the server through the
 * outbox (PUT /v1/progress/:lessonId), kept per user so a lesson resumes on another device. When two
 * devices disagree, the furthest progress wins (`mergeProgress` in src/lesson/progress.ts).
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime } from './primitives.js';
import { Int, Keyed } from './schema-helpers.js';

const Count = Int(0);
/** RFC 4122 UUID, any version, lower or upper case. */
export const Uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID'));

export const QuizAnswer = z.object({
  /** The choice ids of the latest answer. */
  choices: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(8)),
  correct: z.boolean(),
  /** How many times the question was answered (1 = first try). */
  attempts: Int(1),
  /** Right at the first try: a review of "missed" questions repeats those where this is false. */
  firstCorrect: z.boolean(),
});
export type QuizAnswer = z.infer<typeof QuizAnswer>;

export const LessonProgress = z.object({
  lessonId: Id,
  /** `updatedAt` of the lesson this progress was made on; a different lesson version is checked step by step. */
  lessonUpdatedAt: IsoDateTime,
  /** 1 for the first run; a restart after completion is attempt 2, with a new registration. */
  attempt: Int(1),
  /** xAPI context.registration for this attempt: every statement of one attempt shares it. */
  registration: Uuid,
  status: z.enum(['in-progress', 'completed']),
  /** Id of the step on screen. */
  current: Id,
  /** Index of the furthest step reached (0-based): the "furthest progress" devices compare. */
  reached: Count,
  answers: z._default(Keyed(Id, QuizAnswer), {}),
  /** Checklist step id → indexes of the items ticked. */
  checked: z._default(Keyed(Id, z.array(Count)), {}),
  /** Video step id → playback position in seconds. */
  media: z._default(Keyed(Id, z.number().check(z.gte(0))), {}),
  /** Try-it step ids the employee has done. */
  tried: z._default(z.array(Id), []),
  /** Scaled score 0–1 (quiz questions whose latest answer is right), set at completion. */
  score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  passed: z.optional(z.boolean()),
  startedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  completedAt: z.optional(IsoDateTime),
  /** Time spent with the lesson on screen, in milliseconds (for the xAPI duration). */
  activeMs: Count,
});
export type LessonProgress = z.infer<typeof LessonProgress>;

/** GET /v1/progress → every lesson's progress of the token's user. */
export const ProgressList = z.object({ items: z.array(LessonProgress) });
export type ProgressList = z.infer<typeof ProgressList>;

/** PUT /v1/progress/:lessonId → the progress the server keeps after merging (may be another device's). */
export const ProgressResponse = z.object({ progress: LessonProgress });
export type ProgressResponse = z.infer<typeof ProgressResponse>;
