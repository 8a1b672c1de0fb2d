/**
 * A full lesson: its steps (text, image, captioned video, checklist, quiz, try-it), pass mark and
 * review mode. The catalog lists lessons by `LessonMeta` (content.ts); this module is for whoever
 * serves or plays whole lessons. Rules a content owner can get wrong (no steps, a quiz without a
 * correct choice, an unknown step kind, duplicate step ids) are refused here, so the import CLI
 * and the SDK refuse the same files for the same reasons.
 */
import * as z from 'zod/mini';
import { lessonMetaShape } from './content.js';
import { Id, Locale, ScreenKey } from './primitives.js';
import { rule } from './schema-helpers.js';

/** Upper bound for a text step's markdown, in characters. */
export const MAX_STEP_BODY = 20_000;
/** A lesson is "two minutes", not a course: more steps than this is an authoring mistake. */
export const MAX_LESSON_STEPS = 60;

const StepBase = { id: Id, title: z.optional(z.string().check(z.maxLength(200))) };

export const QuizChoice = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short slug such as "a" or "ten-percent"')),
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  correct: z._default(z.boolean(), false),
  /** Why this choice is right or wrong — shown after answering; it should teach, not just judge. */
  explanation: z.optional(z.string().check(z.maxLength(2000))),
});
export type QuizChoice = z.infer<typeof QuizChoice>;

export const TextStep = z.object({
  ...StepBase,
  kind: z.literal('text'),
  /** Markdown; rendered through the same sanitising pipeline as articles. */
  body: z.string().check(z.minLength(1), z.maxLength(MAX_STEP_BODY)),
  /** The body rendered by the server at import (like `Article.html`); clients still sanitise it. */
  html: z.optional(z.string().check(z.maxLength(MAX_STEP_BODY * 4))),
});
export const ImageStep = z.object({
  ...StepBase,
  kind: z.literal('image'),
  src: z.string().check(z.minLength(1), z.maxLength(2000)),
  alt: z.string().check(z.minLength(1, 'an image needs alt text'), z.maxLength(500)),
  caption: z.optional(z.string().check(z.maxLength(500))),
});
export const VideoStep = z.object({
  ...StepBase,
  kind: z.literal('video'),
  src: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** WebVTT captions; required — a video without captions is not accessible. */
  captions: z.string().check(z.minLength(1, 'a video needs a WebVTT captions file'), z.maxLength(2000)),
  captionsLang: z._default(Locale, 'en'),
  poster: z.optional(z.string().check(z.maxLength(2000))),
  /** Plain-text description for people who cannot watch it. */
  transcript: z.optional(z.string().check(z.maxLength(5000))),
});
export const ChecklistStep = z.object({
  ...StepBase,
  kind: z.literal('checklist'),
  /** Things to do in the real app, ticked by the employee. */
  items: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.minLength(1), z.maxLength(20)),
});
export const QuizStep = z
  .object({
    ...StepBase,
    kind: z.literal('quiz'),
    question: z.string().check(z.minLength(1), z.maxLength(1000)),
    /** Several correct choices, all of which must be picked. */
    multiple: z._default(z.boolean(), false),
    choices: z.array(QuizChoice).check(z.minLength(2), z.maxLength(8)),
  })
  .check(
    rule<{ choices: QuizChoice[] }>((q) => q.choices.some((c) => c.correct), 'a quiz needs at least one correct choice', ['choices']),
    rule<{ multiple: boolean; choices: QuizChoice[] }>(
      (q) => q.multiple || q.choices.filter((c) => c.correct).length === 1,
      'a single-choice quiz has exactly one correct choice (set multiple: true for more)',
      ['choices'],
    ),
    rule<{ choices: QuizChoice[] }>((q) => new Set(q.choices.map((c) => c.id)).size === q.choices.length, 'choice ids must be unique', ['choices']),
  );
export const TryItStep = z.object({
  ...StepBase,
  kind: z.literal('try-it'),
  /** The host screen to go to; the SDK asks the host to navigate there (`navigate` event). */
  screen: ScreenKey,
  /** Optional record the host may open on that screen, e.g. `{ type: 'opportunity', id: '1042' }`. */
  record: z.optional(z.object({ type: z.string().check(z.maxLength(60)), id: z.optional(z.string().check(z.maxLength(120))) })),
  instruction: z.string().check(z.minLength(1), z.maxLength(1000)),
});

const STEPS = { text: TextStep, image: ImageStep, video: VideoStep, checklist: ChecklistStep, quiz: QuizStep, 'try-it': TryItStep };
type StepSchema = (typeof STEPS)[keyof typeof STEPS];

/**
 * One step, checked by the schema of its `kind` — what `z.discriminatedUnion('kind', …)` does, but
 * without its code in the chunk every page loads (+802 B gzip there; see primitives.ts): `kind`
 * is checked first (an unknown kind is refused with the kinds allowed), then the whole step by its
 * own schema, whose output (defaults applied, unknown keys dropped) replaces the value.
 */
export const LessonStep = z
  .looseObject({ kind: z.enum(Object.keys(STEPS) as [keyof typeof STEPS]) })
  .check((payload) => {
    const result = z.safeParse(STEPS[payload.value.kind] as StepSchema, payload.value);
    if (result.success) payload.value = result.data as typeof payload.value;
    else payload.issues.push(...(result.error.issues as z.core.$ZodRawIssue[]));
  }) as unknown as z.ZodMiniType<z.output<StepSchema>, z.input<StepSchema>>;
export type LessonStep = z.infer<typeof LessonStep>;
export type StepKind = LessonStep['kind'];
export type QuizStep = z.infer<typeof QuizStep>;

/** Which quiz questions of a completed lesson come back in Review. */
export const ReviewMode = z.enum(['all', 'missed', 'none']);
export type ReviewMode = z.infer<typeof ReviewMode>;

export const Lesson = z
  .object({
    ...lessonMetaShape,
    /** Share of quiz questions answered right (0–1) needed to pass. */
    passMark: z._default(z.number().check(z.gte(0), z.lte(1)), 0.8),
    /** `missed`: only questions answered wrong at the first try repeat; `all`: every question. */
    review: z._default(ReviewMode, 'missed'),
    /** What next, on the completion screen. */
    related: z._default(z.object({ articles: z._default(z.array(Id), []), lessons: z._default(z.array(Id), []) }), { articles: [], lessons: [] }),
    steps: z.array(LessonStep).check(z.minLength(1, 'a lesson needs at least one step'), z.maxLength(MAX_LESSON_STEPS)),
  })
  .check(rule<{ steps: { id: string }[] }>((l) => new Set(l.steps.map((s) => s.id)).size === l.steps.length, 'step ids must be unique within a lesson', ['steps']));
export type Lesson = z.infer<typeof Lesson>;
