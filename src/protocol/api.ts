/**
 * The v1 HTTP API: every request and response the SDK and the reference server exchange.
 * Both sides parse with these schemas: the SDK what it receives, the server what it accepts.
 *
 * Unknown fields: objects are parsed with zod's default, which DROPS unknown keys. That is the
 * one documented rule for requests and responses alike (docs/protocol.md): a newer client may
 * send fields an older server ignores, and a newer server may answer with fields an older SDK
 * ignores, and neither side ever stores or forwards what it did not validate.
 */
import * as z from 'zod/mini';
import { ArticleMeta, LessonMeta } from './content.js';
import { WorkContext } from './context.js';
import { Locale } from './primitives.js';

export const API_VERSION = 'v1';

/** Stable codes; clients branch on `code`, people read `message`. */
export const ErrorCode = z.enum([
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every error the server sends has this one shape. */
export const ApiError = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** Field-level problems for `validation_failed`: path → message. */
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

export const SEARCH_QUERY_MAX = 200;

/** GET /v1/search?q=&locale=&limit= */
export const SearchRequest = z.object({
  q: z.string().check(z.trim(), z.minLength(1), z.maxLength(SEARCH_QUERY_MAX)),
  locale: z.optional(Locale),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 10),
});
export type SearchRequest = z.infer<typeof SearchRequest>;

export const SearchHit = z.object({
  id: z.string(),
  kind: z._default(z.enum(['article', 'lesson']), 'article'),
  title: z.string(),
  summary: z.string(),
  score: z.number(),
  /** Words of the query that matched, for highlighting. */
  terms: z._default(z.array(z.string()), []),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({
  query: z.string(),
  hits: z.array(SearchHit),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

/** POST /v1/suggestions (body) or GET /v1/suggestions?screen=&tags=a,b&recordType=&locale= */
export const SuggestionsRequest = z.object({
  context: WorkContext,
  locale: z.optional(Locale),
  limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(20)), 5),
});
export type SuggestionsRequest = z.infer<typeof SuggestionsRequest>;

export const SuggestionsResponse = z.object({
  articles: z.array(ArticleMeta),
  lessons: z._default(z.array(LessonMeta), []),
});
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;

export const Health = z.object({ ok: z.literal(true), version: z.string(), articles: z.number() });
export type Health = z.infer<typeof Health>;
