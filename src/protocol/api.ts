/**
 * The v1 HTTP API: every response the SDK receives and the error shape; the requests the server
 * accepts are in requests.ts (a module of their own, so browser bundles do not carry them).
 * Both sides parse with these schemas: the SDK what it receives, the server what it accepts.
 *
 * Unknown fields: objects are parsed with zod's default, which DROPS unknown keys. That is the
 * one documented rule for requests and responses alike (docs/protocol.md): a newer client may
 * send fields an older server ignores, and a newer server may answer with fields an older SDK
 * ignores, and neither side ever stores or forwards what it did not validate.
 */
import * as z from 'zod/mini';
import { ArticleMeta, LessonMeta } from './content.js';

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

export const SuggestionsResponse = z.object({
  articles: z.array(ArticleMeta),
  lessons: z._default(z.array(LessonMeta), []),
});
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;

export const Health = z.object({ ok: z.literal(true), version: z.string(), articles: z.number() });
export type Health = z.infer<typeof Health>;
