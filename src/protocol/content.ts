/**
 * Content entities: articles, lessons (shape only; the player is a later issue), topics, experts,
 * and the catalog that lists them. The catalog carries what a person scans (title, summary, tags,
 * headings) so the client can search and suggest without fetching bodies.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Locale, ScreenKey, Tag } from './primitives.js';

/** Upper bound for an article body in characters; the markdown pipeline enforces it too. */
export const MAX_ARTICLE_BODY = 100_000;

export const ArticleMeta = z.object({
  id: Id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  summary: z._default(z.string().check(z.maxLength(500)), ''),
  tags: z._default(z.array(Tag).check(z.maxLength(30)), []),
  /** Screens this article helps on, e.g. `crm/opportunity`. */
  contexts: z._default(z.array(ScreenKey).check(z.maxLength(30)), []),
  locale: z._default(Locale, 'en'),
  /** Who keeps the article correct (a person or team name). */
  owner: z.optional(z.string().check(z.maxLength(120))),
  updatedAt: IsoDateTime,
  /** Section headings (h2/h3 text), indexed for search so bodies need not be. */
  headings: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)), []),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.extend(ArticleMeta, {
  /** Markdown source. Rendered on the client through the sanitising pipeline. */
  body: z.string().check(z.maxLength(MAX_ARTICLE_BODY)),
});
export type Article = z.infer<typeof Article>;

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

export const LessonMeta = z.object({
  id: Id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  summary: z._default(z.string().check(z.maxLength(500)), ''),
  minutes: z.number().check(z.gte(1), z.lte(60)),
  tags: z._default(z.array(Tag), []),
  contexts: z._default(z.array(ScreenKey), []),
  locale: z._default(Locale, 'en'),
  owner: z.optional(z.string()),
  updatedAt: IsoDateTime,
});
export type LessonMeta = z.infer<typeof LessonMeta>;

export const Lesson = z.extend(LessonMeta, {
  passMark: z._default(z.number().check(z.gte(0), z.lte(1)), 0.8),
  steps: z.array(LessonStep).check(z.minLength(1, 'a lesson needs at least one step')),
});
export type Lesson = z.infer<typeof Lesson>;

export const Topic = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.optional(z.string().check(z.maxLength(500))),
  /** Escalation owner for questions nobody claims. */
  owner: z.optional(z.string()),
});
export type Topic = z.infer<typeof Topic>;

export const Expert = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  title: z.string(),
  avatar: z.optional(z.string()),
  topics: z.array(Id),
  languages: z.array(Locale),
  /** Human-readable working hours, e.g. "Mon–Fri 08–17 CET". */
  hours: z.optional(z.string()),
});
export type Expert = z.infer<typeof Expert>;

export const Catalog = z.object({
  /** Content hash of the catalog; equals the ETag the server sends. */
  version: z.string().check(z.minLength(1)),
  generatedAt: IsoDateTime,
  articles: z.array(ArticleMeta),
  lessons: z._default(z.array(LessonMeta), []),
  topics: z._default(z.array(Topic), []),
});
export type Catalog = z.infer<typeof Catalog>;

/** A content pack: everything a static host needs to serve, in one JSON file. */
export const ContentPack = z.object({
  format: z.literal('learnflow-pack'),
  formatVersion: z.literal(1),
  catalog: Catalog,
  articles: z.array(Article),
  lessons: z._default(z.array(Lesson), []),
  experts: z._default(z.array(Expert), []),
});
export type ContentPack = z.infer<typeof ContentPack>;
