/**
 * Presentation on the sanitised, inert fragment: what content may not set itself but every
 * article gets. Runs after DOMPurify so heading text is the text that survived sanitising and
 * the attributes added here (target, rel, loading, ids) are ours, never the author's.
 */
import { isAllowedUrl } from './sanitize.js';
import { SlugRegistry } from './slug.js';
import type { RenderedHeading } from './types.js';

export interface DecorateOptions {
  /** Origin of the page the article is shown on; unknown in Node. */
  pageOrigin: string | undefined;
  idPrefix: string;
}

/** Base for resolving relative links when the page origin is unknown or opaque. */
const NO_ORIGIN = 'http://learnflow.invalid';

function isHttpOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && /^https?:\/\/[^/]+$/i.test(origin);
}

/** True for http(s) links that leave the page's origin; mailto:/tel: hand off to an app instead. */
function leavesOrigin(href: string, pageOrigin: string | undefined): boolean {
  const base = isHttpOrigin(pageOrigin) ? pageOrigin : NO_ORIGIN;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.origin !== new URL(base).origin;
}

function decorateLinks(root: DocumentFragment, { pageOrigin, idPrefix }: DecorateOptions): void {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!isAllowedUrl(href)) {
      a.removeAttribute('href');
    } else if (href.startsWith('#')) {
      // Authors link sections as `[see](#close-dates)`; the heading's id carries the prefix.
      if (idPrefix && !href.startsWith(`#${idPrefix}`)) a.setAttribute('href', `#${idPrefix}${href.slice(1)}`);
    } else if (leavesOrigin(href, pageOrigin)) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

function decorateImages(root: DocumentFragment): void {
  for (const img of root.querySelectorAll('img')) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    // No alt at all makes screen readers read the file name; empty alt marks it decorative.
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }
}

/** h2/h3 get ids and a "link to this section" anchor beside them (not inside: the heading's own name stays clean). */
function decorateHeadings(root: DocumentFragment, idPrefix: string): RenderedHeading[] {
  const doc = root.ownerDocument;
  const slugs = new SlugRegistry(idPrefix);
  const headings: RenderedHeading[] = [];
  for (const heading of root.querySelectorAll('h2, h3')) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = slugs.next(text);
    const level = heading.localName === 'h2' ? 2 : 3;
    heading.setAttribute('id', id);
    const wrapper = doc.createElement('div');
    wrapper.className = 'learn-heading';
    const anchor = doc.createElement('a');
    anchor.className = 'learn-anchor';
    anchor.setAttribute('href', `#${id}`);
    anchor.setAttribute('aria-label', `Link to section ${text}`);
    anchor.textContent = '#';
    heading.replaceWith(wrapper);
    wrapper.append(heading, anchor);
    headings.push({ id, text, level });
  }
  return headings;
}

function decorateCode(root: DocumentFragment): void {
  for (const pre of root.querySelectorAll('pre')) {
    pre.classList.add('learn-code');
    // Long lines scroll sideways; a keyboard user needs to be able to focus the block to scroll it.
    pre.setAttribute('tabindex', '0');
  }
}

/** Decorates `root` in place and returns its h2/h3 headings in document order. */
export function decorate(root: DocumentFragment, options: DecorateOptions): RenderedHeading[] {
  decorateLinks(root, options);
  decorateImages(root);
  decorateCode(root);
  return decorateHeadings(root, options.idPrefix);
}

export function serialize(root: DocumentFragment): string {
  const box = root.ownerDocument.createElement('div');
  box.append(root);
  return box.innerHTML;
}
