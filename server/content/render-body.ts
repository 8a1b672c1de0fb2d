/**
 * An article body rendered for storage (`Article.html`): the same pipeline the drawer and the
 * full-page route use (marked, strict DOMPurify, with the jsdom window of page/dom.ts), without
 * the decoration that depends on the page showing it — the client adds that in
 * `renderArticleHtml`, after sanitising again. A body over the markdown caps renders as its
 * escaped text, exactly as it would in the drawer.
 */
import { renderMarkdown } from '../../src/markdown/index.js';
import { serverWindow } from '../page/dom.js';

export interface RenderedBody {
  html: string;
  /** Why the body became plain text, when it did. */
  fallbackReason?: string;
}

export async function renderBody(body: string): Promise<RenderedBody> {
  const result = renderMarkdown(body, { window: await serverWindow(), decorate: false });
  return result.fallback ? { html: result.html, fallbackReason: result.reason ?? 'unknown reason' } : { html: result.html };
}
