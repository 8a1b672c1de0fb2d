/**
 * `renderArticleHtml(html, options)`: the server's pre-rendered article HTML (`Article.html`) →
 * safe, decorated HTML, without marked. The server renders with the same pipeline, but the client
 * never trusts what it receives: the HTML goes through the same strict DOMPurify configuration as
 * freshly parsed markdown, then gets this page's decoration (heading ids with `idPrefix`, anchors,
 * new-tab links for other origins, lazy images). Never throws: when it cannot render, it returns
 * `fallback: true` with empty `html` and the reason, and the caller renders the markdown body instead.
 */
import { MAX_ARTICLE_HTML } from '../protocol/content.js';
import { describe, sanitizeAndDecorate, windowFor } from './finish.js';
import type { RenderedMarkdown, RenderOptions } from './types.js';

export { MAX_ARTICLE_HTML };

function unrendered(reason: string): RenderedMarkdown {
  return { html: '', headings: [], fallback: true, reason };
}

export function renderArticleHtml(html: string, options: RenderOptions = {}): RenderedMarkdown {
  if (typeof html !== 'string') return unrendered('the article HTML is not a string');
  if (html.length > MAX_ARTICLE_HTML) return unrendered(`the article HTML is ${html.length} characters, over the ${MAX_ARTICLE_HTML} limit`);
  try {
    const win = windowFor(options);
    if (typeof win === 'string') return unrendered(win);
    return sanitizeAndDecorate(html, win, options);
  } catch (error) {
    return unrendered(`rendering failed (${describe(error)})`);
  }
}
