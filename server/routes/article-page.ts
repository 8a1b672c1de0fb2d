/**
 * GET /articles/:id — the article as a standalone page, rendered on the server through the same
 * sanitising pipeline the drawer uses, under a CSP that allows no script at all and only our own
 * stylesheet. Even if sanitising missed something, nothing could run.
 */
import type { Context, Hono } from 'hono';
import { Id } from '../../src/protocol/index.js';
import { renderMarkdown } from '../../src/markdown/index.js';
import { findArticle } from '../catalog/repository.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { quoteEtag } from '../http/etag.js';
import { serverWindow } from '../page/dom.js';
import { ARTICLE_CSS, ARTICLE_CSS_VERSION } from '../page/stylesheet.js';
import { articlePage, notFoundPage } from '../page/template.js';
import { resource } from './resource.js';

export const ARTICLE_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  'img-src \'self\' https:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const PAGE_HEADERS = {
  'Content-Security-Policy': ARTICLE_PAGE_CSP,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
};

function wantsHtml(c: Context): boolean {
  return /text\/html|\*\/\*/.test(c.req.header('accept') ?? '*/*');
}

/** Rendered pages by content hash and origin; a changed article has a new hash, so no invalidation. */
const RENDER_CACHE_SIZE = 200;

function remember(cache: Map<string, string>, key: string, page: string): void {
  if (cache.size >= RENDER_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, page);
}

export function articlePageRoutes(app: Hono, deps: AppDeps): void {
  const rendered = new Map<string, string>();

  // Not under /articles/: a fixed path that /articles/:id could also match makes Hono fall back
  // from its RegExpRouter to the slower TrieRouter for the whole app.
  resource(app, '/_learnflow/article.css', {
    GET: (c) =>
      c.body(ARTICLE_CSS, 200, {
        'Content-Type': 'text/css; charset=utf-8',
        // The page links it with ?v=<hash of the CSS>, so a cached copy is always the right one.
        'Cache-Control': c.req.query('v') === ARTICLE_CSS_VERSION ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: quoteEtag(ARTICLE_CSS_VERSION),
      }),
  });

  resource(app, '/articles/:id', {
    GET: async (c) => {
      const id = c.req.param('id') ?? '';
      const stored = Id.safeParse(id).success ? await findArticle(deps.db, id) : undefined;
      if (!stored) {
        // A person following a link gets a page; a program gets the usual ApiError.
        if (wantsHtml(c)) return c.html(notFoundPage(), 404, { ...PAGE_HEADERS, 'Cache-Control': 'no-store' });
        throw new ApiProblem(404, 'not_found', `no article with id "${id}"`);
      }
      // Links are judged against the origin the page is served from (same-origin stay, others open a new tab).
      const origin = new URL(c.req.url).origin;
      const key = `${stored.hash}|${origin}`;
      let page = rendered.get(key);
      if (page === undefined) {
        const result = renderMarkdown(stored.article.body, { window: await serverWindow(), pageOrigin: origin });
        if (result.fallback) deps.log.warn(`article ${id} rendered as plain text: ${result.reason ?? 'unknown reason'}`);
        page = articlePage(stored.article, result);
        remember(rendered, key, page);
      }
      return c.html(page, 200, { ...PAGE_HEADERS, 'Cache-Control': 'no-cache' });
    },
  });
}
