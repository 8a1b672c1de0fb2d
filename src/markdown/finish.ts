/**
 * The part of the pipeline after markdown: DOMPurify with the strict configuration, then the
 * decoration. Shared by `renderMarkdown` (after marked) and `renderArticleHtml` (server-rendered
 * HTML, which is sanitised again: the client never trusts it), so it must not import marked.
 */
import { decorate, serialize } from './decorate.js';
import { plainTextHtml } from './fallback.js';
import { sanitizerFor } from './sanitize.js';
import type { RenderedMarkdown, RenderOptions } from './types.js';

function defaultWindow(): Window | undefined {
  return typeof window !== 'undefined' && typeof window.document !== 'undefined' ? window : undefined;
}

function defaultOrigin(): string | undefined {
  return (globalThis as { location?: { origin?: string } }).location?.origin;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]}`;
  return String(error);
}

/** The words of `text`, escaped, in paragraphs, flagged as a fallback with the reason. */
export function fallback(text: string, reason: string): RenderedMarkdown {
  return { html: plainTextHtml(text), headings: [], fallback: true, reason };
}

/** The window to sanitise with, or the reason there is none. */
export function windowFor(options: RenderOptions): Window | string {
  return options.window ?? defaultWindow() ?? 'no DOM to sanitise with: pass options.window (e.g. a jsdom window) outside a browser';
}

/** Sanitises `html` (strictly) and, unless `options.decorate` is false, decorates it. Throws on failure. */
export function sanitizeAndDecorate(html: string, win: Window, options: RenderOptions): RenderedMarkdown {
  const fragment = sanitizerFor(win).sanitize(html);
  const headings = options.decorate === false ? [] : decorate(fragment, { pageOrigin: options.pageOrigin ?? defaultOrigin(), idPrefix: options.idPrefix ?? '' });
  return { html: serialize(fragment), headings, fallback: false };
}
