/**
 * Markdown → safe HTML for articles: caps, marked, DOMPurify (strict), decoration. Never throws:
 * over a cap, without a DOM, or on any error it returns the text escaped in paragraphs with
 * `fallback: true` and the reason, so the reader still gets the words. For HTML the server
 * already rendered (`Article.html`), `renderArticleHtml` (./render-html.js) does the same without
 * marked: import that module directly to keep marked out of a bundle.
 *
 * The returned `html` is sanitised; hand it to a sink as `trustedHTML(html)` (./trusted-types.js).
 * The container it goes into should set `contain: paint` (DESIGN.md) as a second line of defence.
 */
import { describe, fallback, sanitizeAndDecorate, windowFor } from './finish.js';
import { exceedsLimits } from './limits.js';
import { markdownToHtml } from './parse.js';
import type { RenderedMarkdown, RenderOptions } from './types.js';

export type { RenderedHeading, RenderedMarkdown, RenderOptions } from './types.js';
export { MARKDOWN_LIMITS } from './limits.js';
export { trustedHTML } from './trusted-types.js';
export { renderArticleHtml, MAX_ARTICLE_HTML } from './render-html.js';

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  // Callers outside TypeScript may pass anything; the words are what we keep.
  const text = typeof markdown === 'string' ? markdown : String(markdown ?? '');
  try {
    const over = exceedsLimits(text);
    if (over) return fallback(text, over);
    const win = windowFor(options);
    if (typeof win === 'string') return fallback(text, win);
    return sanitizeAndDecorate(markdownToHtml(text), win, options);
  } catch (error) {
    return fallback(text, `rendering failed (${describe(error)})`);
  }
}
