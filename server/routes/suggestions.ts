import type { Context, Hono } from 'hono';
import { SuggestionsRequest, type SuggestionsResponse } from '../../src/protocol/index.js';
import { suggestForContext } from '../../src/search/index.js';
import type { AppDeps } from '../deps.js';
import { readJson, validate } from '../http/json-body.js';
import { resource } from './resource.js';

/** `limit=5` → 5; anything else is passed on as given so validation names it. */
function numberParam(value: string | undefined): unknown {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : value;
}

/** The GET form of SuggestionsRequest: flat query parameters, tags comma-separated. */
function fromQuery(c: Context): unknown {
  const tags = c.req.query('tags');
  const recordType = c.req.query('recordType');
  return {
    context: {
      screen: c.req.query('screen') || undefined,
      tags: tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
      record: recordType ? { type: recordType } : undefined,
    },
    locale: c.req.query('locale') || undefined,
    limit: numberParam(c.req.query('limit')),
  };
}

/**
 * GET /v1/suggestions?screen=&tags=a,b&recordType=&locale=&limit= and POST /v1/suggestions
 * (JSON SuggestionsRequest): what helps on that screen, ranked by the SDK's own rules.
 */
export function suggestionRoutes(app: Hono, deps: AppDeps): void {
  const answer = async (c: Context, request: SuggestionsRequest) => {
    const { catalog } = await deps.catalog.current();
    const options = { limit: request.limit, locale: request.locale };
    const body: SuggestionsResponse = {
      articles: suggestForContext(catalog.articles, request.context, options),
      lessons: suggestForContext(catalog.lessons, request.context, options),
    };
    return c.json(body, 200, { 'Cache-Control': 'no-cache' });
  };
  resource(app, '/v1/suggestions', {
    GET: async (c) => answer(c, validate(SuggestionsRequest, fromQuery(c))),
    POST: async (c) => answer(c, await readJson(c, SuggestionsRequest, deps.bodyLimit)),
  });
}
