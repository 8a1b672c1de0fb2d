/**
 * Content entities the browser reads: articles, lesson and topic entries, and the catalog that lists
 * them. The catalog carries what a person scans (title, summary, tags, headings) so the client can
 * search and suggest without fetching bodies. Full lessons, experts and content packs have modules
 * of their own (lesson.ts, expert.ts, pack.ts): a bundle that does not use them does not carry
 * their schemas (zod/mini `.check()` calls count as side effects, so unused schemas in a module
 * that is imported stay in the bundle).
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Locale, ScreenKey, Tag } from './primitives.js';

/** Upper bound for an article body in characters; the markdown pipeline enforces it too. */
export const MAX_ARTICLE_BODY = 100_000;

/**
 * Upper bound for an article's server-rendered HTML in characters: the HTML of a body at the
 * markdown cap is larger than the body, but not four times larger.
 */
export const MAX_ARTICLE_HTML = 400_000;

const articleMetaShape = {
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
};
export const ArticleMeta = z.object(articleMetaShape);
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.object({
  ...articleMetaShape,
  /** Markdown source. Rendered on the client through the sanitising pipeline. */
  body: z.string().check(z.maxLength(MAX_ARTICLE_BODY)),
  /**
   * The body rendered by the server with the same pipeline (marked, strict DOMPurify), without the
   * page's decoration. Optional: older servers and packs, and the memory backend, leave it out.
   * Clients still sanitise it (`renderArticleHtml`): it saves them marked, not the sanitiser.
   */
  html: z.optional(z.string().check(z.maxLength(MAX_ARTICLE_HTML))),
});
export type Article = z.infer<typeof Article>;

/** Shared with Lesson, which spreads it rather than `z.extend` (zod's extend code would join the shared chunk; see primitives.ts). */
export const lessonMetaShape = {
  id: Id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  summary: z._default(z.string().check(z.maxLength(500)), ''),
  minutes: z.number().check(z.gte(1), z.lte(60)),
  tags: z._default(z.array(Tag), []),
  contexts: z._default(z.array(ScreenKey), []),
  locale: z._default(Locale, 'en'),
  owner: z.optional(z.string()),
  updatedAt: IsoDateTime,
};
export const LessonMeta = z.object(lessonMetaShape);
export type LessonMeta = z.infer<typeof LessonMeta>;

export const Topic = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.optional(z.string().check(z.maxLength(500))),
  /** Escalation owner for questions nobody claims. */
  owner: z.optional(z.string()),
});
export type Topic = z.infer<typeof Topic>;

export const Catalog = z.object({
  /** Content hash of the catalog; equals the ETag the server sends. */
  version: z.string().check(z.minLength(1)),
  generatedAt: IsoDateTime,
  articles: z.array(ArticleMeta),
  lessons: z._default(z.array(LessonMeta), []),
  topics: z._default(z.array(Topic), []),
});
export type Catalog = z.infer<typeof Catalog>;
