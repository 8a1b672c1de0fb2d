/**
 * A full lesson: its steps (text, image, captioned video, checklist, quiz, try-it) and pass mark.
 * The shape only; the player is a later issue. The catalog lists lessons by `LessonMeta`
 * (content.ts); this module is for whoever serves or plays whole lessons.
 */
import * as z from 'zod/mini';
import { LessonMeta } from './content.js';
import { Id, Locale, ScreenKey } from './primitives.js';

const StepBase = { id: Id, title: z.optional(z.string().check(z.maxLength(200))) };

export const QuizChoice = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  correct: z._default(z.boolean(), false),
  explanation: z.optional(z.string().check(z.maxLength(2000))),
});

export const LessonStep = z.discriminatedUnion('kind', [
  z.object({ ...StepBase, kind: z.literal('text'), body: z.string().check(z.maxLength(20_000)) }),
  z.object({ ...StepBase, kind: z.literal('image'), src: z.string().check(z.minLength(1)), alt: z.string().check(z.minLength(1)), caption: z.optional(z.string()) }),
  z.object({
    ...StepBase,
    kind: z.literal('video'),
    src: z.string().check(z.minLength(1)),
    captions: z.string().check(z.minLength(1)),
    poster: z.optional(z.string()),
    captionsLang: z._default(Locale, 'en'),
  }),
  z.object({ ...StepBase, kind: z.literal('checklist'), items: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
  z.object({
    ...StepBase,
    kind: z.literal('quiz'),
    question: z.string().check(z.minLength(1)),
    multiple: z._default(z.boolean(), false),
    choices: z
      .array(QuizChoice)
      .check(z.minLength(2), z.refine((cs) => cs.some((c) => c.correct), 'a quiz needs at least one correct choice')),
  }),
  z.object({ ...StepBase, kind: z.literal('try-it'), screen: ScreenKey, instruction: z.string().check(z.minLength(1)) }),
]);
export type LessonStep = z.infer<typeof LessonStep>;

export const Lesson = z.extend(LessonMeta, {
  passMark: z._default(z.number().check(z.gte(0), z.lte(1)), 0.8),
  steps: z.array(LessonStep).check(z.minLength(1, 'a lesson needs at least one step')),
});
export type Lesson = z.infer<typeof Lesson>;

