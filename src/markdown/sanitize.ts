/**
 * DOMPurify with a strict configuration, one instance per window, configured once.
 *
 * DOMPurify's defaults keep `<style>` and `style="position:fixed"` (a sanitised article could
 * still cover the host page), forms, SVG and MathML, and `data:` URLs on images. Here: an
 * allow-list of prose tags, no `style`/`id`/`name`/`data-*`/ARIA from content, URLs only http(s),
 * mailto, tel and relative. What is left is text structure, links and images.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type UponSanitizeAttributeHookEvent, type WindowLike } from 'dompurify';
import { learnflowPolicy } from './trusted-types.js';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'code', 'pre', 'kbd', 'samp', 'var', 'abbr', 'cite', 'q', 'time', 'span', 'div',
  'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'img', 'figure', 'figcaption', 'details', 'summary',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'class',
  'start', 'reversed', 'colspan', 'rowspan', 'scope', 'align', 'datetime', 'cite', 'open',
];

/**
 * Stays forbidden even if someone widens ALLOWED_TAGS/ALLOWED_ATTR later: the things that let
 * content run code, submit data, load other documents, or restyle and cover the host page.
 */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'template', 'noscript', 'title',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset', 'output',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math',
  'video', 'audio', 'source', 'track', 'canvas', 'dialog',
];
const FORBID_ATTR = ['style', 'id', 'name', 'target', 'srcset', 'formaction', 'action', 'ping', 'background'];

/**
 * Schemes we let through; anything without a scheme is relative. Tested after removing all
 * whitespace and control characters, so `jav&#x09;ascript:` (a tab inside) is caught.
 */
export const ALLOWED_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const URL_WHITESPACE = /[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000\uFEFF]/g;
const URL_ATTRS = new Set(['href', 'src', 'cite']);

export function isAllowedUrl(value: string): boolean {
  return ALLOWED_URL.test(value.replace(URL_WHITESPACE, ''));
}

/** marked writes `class="language-ts"` on fenced code; no other class from content is kept. */
const CODE_LANGUAGE_CLASS = /^language-[\w+#.-]{1,32}$/;

function uponSanitizeAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  if (URL_ATTRS.has(data.attrName)) {
    // DOMPurify lets `data:` through on <img src> whatever ALLOWED_URI_REGEXP says
    // (its DATA_URI_TAGS exception); our URL rule has the last word.
    if (!isAllowedUrl(data.attrValue)) data.keepAttr = false;
  } else if (data.attrName === 'class') {
    const kept = node.localName === 'code' ? data.attrValue.split(/\s+/).filter((c) => CODE_LANGUAGE_CLASS.test(c)) : [];
    if (kept.length === 0) data.keepAttr = false;
    else data.attrValue = kept.join(' ');
  }
}

function strictConfig(win: Window): Config & { RETURN_DOM_FRAGMENT: true } {
  const policy = learnflowPolicy(win);
  return {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    // An inert fragment (DOMParser document: no image loads, no scripts) that decorate.ts edits.
    RETURN_DOM_FRAGMENT: true,
    // Under an enforced Trusted Types CSP DOMPurify's parse is itself a sink; with our policy it
    // works where only `trusted-types learnflow` is allowed (no need to allow `dompurify` too).
    ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {}),
  };
}

function isFragment(value: unknown): value is DocumentFragment {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 11;
}

export interface Sanitizer {
  /** Sanitised content as an inert fragment owned by a DOMParser document. */
  sanitize(html: string): DocumentFragment;
}

const sanitizers = new WeakMap<object, Sanitizer>();

/** The strict sanitiser for `win`, created and configured on first use. */
export function sanitizerFor(win: Window): Sanitizer {
  let sanitizer = sanitizers.get(win);
  if (!sanitizer) {
    // TypeScript's Window type lacks `trustedTypes` (it lives in @types/trusted-types' globals).
    const purifier: Purifier = DOMPurify(win as unknown as WindowLike);
    if (!purifier.isSupported) throw new Error('DOMPurify is not supported by this window (no DOMParser/document)');
    purifier.setConfig(strictConfig(win));
    purifier.addHook('uponSanitizeAttribute', uponSanitizeAttribute);
    sanitizer = {
      sanitize(html) {
        // setConfig above makes DOMPurify ignore per-call config; its typings only know that
        // RETURN_DOM_FRAGMENT yields a fragment when the config is passed here, so check instead.
        const out: unknown = purifier.sanitize(html);
        if (!isFragment(out)) throw new Error('DOMPurify did not return a DocumentFragment');
        return out;
      },
    };
    sanitizers.set(win, sanitizer);
  }
  return sanitizer;
}
