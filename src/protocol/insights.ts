/**
 * Search analytics and insights for content owners (issue 5).
 *
 *   POST /v1/search-events        SearchEventBatch → SearchEventsResponse  (token; Idempotency-Key;
 *                                 the settled queries the SDK reports, each stored once by its id)
 *   GET  /v1/insights/searches    → SearchInsights     (role `owner`)
 *   GET  /v1/insights/articles    → ArticleInsights    (role `owner`)
 *   GET  /v1/insights/questions   → QuestionInsights   (role `owner`)
 *   GET  /v1/insights/lessons     → LessonInsights     (role `owner`)
 *   GET  /v1/insights/feedback    → FeedbackInsights   (role `owner`)
 *
 * Every insights route takes `?from=YYYY-MM-DD&to=YYYY-MM-DD` (inclusive UTC days; default the last
 * 30 days ending today), `?screen=<screen key>`, and `?format=csv` for text/csv with a header row.
 */
import * as z from 'zod/mini';
import { SEARCH_QUERY_MAX } from './api.js';
import { SEARCH_EVENTS_MAX } from './batch-limits.js';
import { Id, IsoDateTime, ScreenKey } from './primitives.js';
import { Uuid } from './progress.js';
import { Int, OrNull } from './schema-helpers.js';

export { SEARCH_EVENTS_MAX };

/** One settled search (debounced by the SDK; never a keystroke). */
export const SearchEvent = z.object({
  id: Uuid,
  query: z.string().check(z.minLength(1), z.maxLength(SEARCH_QUERY_MAX)),
  /** How many results the person saw. */
  results: Int(0),
  /** The article opened from the results, if any. */
  opened: z.optional(Id),
  screen: z.optional(ScreenKey),
  at: IsoDateTime,
});
export type SearchEvent = z.infer<typeof SearchEvent>;

export const SearchEventBatch = z.object({ events: z.array(SearchEvent).check(z.minLength(1), z.maxLength(SEARCH_EVENTS_MAX)) });
export type SearchEventBatch = z.infer<typeof SearchEventBatch>;

export const SearchEventsResponse = z.object({ stored: Int(0), duplicates: Int(0) });
export type SearchEventsResponse = z.infer<typeof SearchEventsResponse>;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));

/** The filter every insights answer echoes. */
export const InsightsRange = z.object({ from: Day, to: Day, screen: z.optional(ScreenKey) });
export type InsightsRange = z.infer<typeof InsightsRange>;

const Count = Int(0);
/** A share 0–1, or null when nothing was counted. */
const Share = OrNull(z.number().check(z.gte(0), z.lte(1)));

export const QueryCount = z.object({ query: z.string(), count: Count, opened: Count, lastAt: IsoDateTime });
export type QueryCount = z.infer<typeof QueryCount>;

export const SearchInsights = z.object({
  range: InsightsRange,
  total: Count,
  noResultTotal: Count,
  /** Queries that found nothing, most frequent first. */
  noResults: z.array(QueryCount),
  /** Every query, most frequent first. */
  top: z.array(QueryCount),
});
export type SearchInsights = z.infer<typeof SearchInsights>;

export const ReasonCounts = z.object({ outdated: Count, unclear: Count, 'not-answered': Count });
export type ReasonCounts = z.infer<typeof ReasonCounts>;

export const ArticleHelpfulness = z.object({
  article: z.string(),
  /** The article's title, when it is still in the catalog. */
  title: z.optional(z.string()),
  helpful: Count,
  notHelpful: Count,
  /** helpful / (helpful + notHelpful). */
  helpfulShare: Share,
  reasons: ReasonCounts,
});
export type ArticleHelpfulness = z.infer<typeof ArticleHelpfulness>;

/** Articles with thumbs feedback, least helpful first (what an owner should fix first). */
export const ArticleInsights = z.object({ range: InsightsRange, items: z.array(ArticleHelpfulness) });
export type ArticleInsights = z.infer<typeof ArticleInsights>;

/** Open questions' age against the target answer time. */
export const AgeBuckets = z.object({
  /** Younger than half the target. */
  fresh: Count,
  /** Between half the target and the target. */
  due: Count,
  /** Older than the target. */
  late: Count,
  /** Older than twice the target. */
  veryLate: Count,
});
export type AgeBuckets = z.infer<typeof AgeBuckets>;

export const TopicQuestions = z.object({ topic: z.string(), open: Count, ages: AgeBuckets, oldestMinutes: Count });
export type TopicQuestions = z.infer<typeof TopicQuestions>;

export const QuestionInsights = z.object({
  range: InsightsRange,
  targetMinutes: Count,
  /** When the ages were measured. */
  at: IsoDateTime,
  open: Count,
  topics: z.array(TopicQuestions),
});
export type QuestionInsights = z.infer<typeof QuestionInsights>;

export const LessonFunnel = z.object({ lesson: z.string(), title: z.optional(z.string()), started: Count, completed: Count, passed: Count });
export type LessonFunnel = z.infer<typeof LessonFunnel>;

/** Per lesson, people who started it in the range, and of them who completed and who passed. */
export const LessonInsights = z.object({ range: InsightsRange, items: z.array(LessonFunnel) });
export type LessonInsights = z.infer<typeof LessonInsights>;

export const FeedbackDay = z.object({
  day: Day,
  count: Count,
  /** Thumbs up among thumbs given that day. */
  helpfulShare: Share,
  /** Average of star ratings, or null. */
  averageStars: OrNull(z.number()),
  /** Net promoter score (−100…100: % 9–10 minus % 0–6), or null without NPS answers. */
  nps: OrNull(z.number()),
});
export type FeedbackDay = z.infer<typeof FeedbackDay>;

/** Days with feedback, oldest first. */
export const FeedbackInsights = z.object({ range: InsightsRange, days: z.array(FeedbackDay) });
export type FeedbackInsights = z.infer<typeof FeedbackInsights>;
