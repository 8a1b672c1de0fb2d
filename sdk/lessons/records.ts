/** What the lessons part keeps in the user's database (store `lessons`, store `progress`). */
import * as z from 'zod/mini';
import { Lesson, LessonProgress } from '../../src/protocol/index.js';

export const LessonRecord = z.object({ v: z.literal(1), lesson: Lesson, etag: z.optional(z.string()), savedAt: z.number() });
export type LessonRecord = z.infer<typeof LessonRecord>;

/** The progress is parsed separately from its envelope, so a bad one is reported as such (a `warning`), not silently dropped. */
export const ProgressEnvelope = z.object({ v: z.literal(1), progress: z.unknown() });
export const ProgressRecord = z.object({ v: z.literal(1), progress: LessonProgress });
export type ProgressRecord = z.infer<typeof ProgressRecord>;
