/**
 * Markdown → safe HTML for articles: caps, marked, DOMPurify (strict), decoration. Never throws:
 * over a cap, without a DOM, or on any error it returns the text escaped in paragraphs with
 * `fallback: true` and the reason, so the reader still gets the words.
 *
 * The returned `html` is sanitised; hand it to a sink as `trustedHTML(html)` (./trusted-types.js).
 * The container it goes into should set `contain: paint` (DESIGN.md) as a second line of defence.
 */
import { decorate, serialize } from './decorate.js';
import { plainTextHtml } from './fallback.js';
import { exceedsLimits } from './limits.js';
import { markdownToHtml } from './parse.js';
import { sanitizerFor } from './sanitize.js';
import type { RenderedMarkdown, RenderOptions } from './types.js';

export type { RenderedHeading, RenderedMarkdown, RenderOptions } from './types.js';
export { MARKDOWN_LIMITS } from './limits.js';
export { trustedHTML } from './trusted-types.js';

function defaultWindow(): Window | undefined {
  return typeof window !== 'undefined' && typeof window.document !== 'undefined' ? window : undefined;
}

function defaultOrigin(): string | undefined {
  return (globalThis as { location?: { origin?: string } }).location?.origin;
}

function fallback(text: string, reason: string): RenderedMarkdown {
  return { html: plainTextHtml(text), headings: [], fallback: true, reason };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]}`;
  return String(error);
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  // Callers outside TypeScript may pass anything; the words are what we keep.
  const text = typeof markdown === 'string' ? markdown : String(markdown ?? '');
  try {
    const over = exceedsLimits(text);
    if (over) return fallback(text, over);
    const win = options.window ?? defaultWindow();
    if (!win) return fallback(text, 'no DOM to sanitise with: pass options.window (e.g. a jsdom window) outside a browser');
    const fragment = sanitizerFor(win).sanitize(markdownToHtml(text));
    const headings = decorate(fragment, { pageOrigin: options.pageOrigin ?? defaultOrigin(), idPrefix: options.idPrefix ?? '' });
    return { html: serialize(fragment), headings, fallback: false };
  } catch (error) {
    return fallback(text, `rendering failed (${describe(error)})`);
  }
}
