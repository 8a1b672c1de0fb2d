/**
 * The v1 requests the reference server accepts (query strings and bodies). Only the server parses
 * these; they live apart from the responses (api.ts) so browser bundles, which never build a
 * request from them, do not carry them.
 */
import * as z from 'zod/mini';
import { SEARCH_QUERY_MAX } from './api.js';
import { WorkContext } from './context.js';
import { Locale } from './primitives.js';

/** GET /v1/search?q=&locale=&limit= */
export const SearchRequest = z.object({
  q: z.string().check(z.trim(), z.minLength(1), z.maxLength(SEARCH_QUERY_MAX)),
  locale: z.optional(Locale),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 10),
});
export type SearchRequest = z.infer<typeof SearchRequest>;

/** POST /v1/suggestions (body) or GET /v1/suggestions?screen=&tags=a,b&recordType=&locale= */
export const SuggestionsRequest = z.object({
  context: WorkContext,
  locale: z.optional(Locale),
  limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(20)), 5),
});
export type SuggestionsRequest = z.infer<typeof SuggestionsRequest>;
