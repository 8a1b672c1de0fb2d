/**
 * The one HTML sink of every Learnflow element (the drawer's articles, the lesson player's text
 * steps). Takes only the article pipeline's output (DOMPurify with the strict configuration) and
 * parses it, through our `learnflow` Trusted Types policy, into an inert `<template>` — once per
 * body, ahead of time for articles warmed at idle — whose content is cloned into the element when
 * the body is shown (cloning is cheaper than parsing again in the click's task).
 *
 * Why not `unsafeHTML(trustedHTML(html))`: lit-html's `unsafeHTML` throws on a TrustedHTML object
 * ("called with a non-string value", lit-html 3.3 `directives/unsafe-html.js`), and given a string it
 * goes through lit-html's own pass-through policy (lit/lit#5320), which an enforced
 * `trusted-types learnflow` CSP would not allow. Assigning our TrustedHTML to the template's
 * `innerHTML` works under that CSP and never hands Lit a raw string. The container sets
 * `contain: paint`, so even sanitised content cannot draw outside it.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { trustedHTML } from '../../src/markdown/trusted-types.js';

/** A sanitised body; the object is the cache key, so keep one per body (an article shown, a step rendered). */
export interface SanitisedBody {
  readonly sanitisedHtml: string;
}

const parsed = new WeakMap<SanitisedBody, HTMLTemplateElement>();

/** The body parsed into an inert template (scripts do not run, images do not load there). */
export function parseBody(shown: SanitisedBody): HTMLTemplateElement {
  let template = parsed.get(shown);
  if (!template) {
    template = document.createElement('template');
    // TrustedHTML where supported; the DOM typings only know strings.
    template.innerHTML = trustedHTML(shown.sanitisedHtml) as string;
    parsed.set(shown, template);
  }
  return template;
}

class SanitisedHtmlDirective extends Directive {
  private current: SanitisedBody | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sanitisedHtml() belongs on an element: <div ${sanitisedHtml(shown)}>');
  }

  render(_shown: SanitisedBody): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [shown]: [SanitisedBody]): typeof noChange {
    if (shown !== this.current && shown.sanitisedHtml !== this.current?.sanitisedHtml) {
      part.element.replaceChildren(parseBody(shown).content.cloneNode(true));
    }
    this.current = shown;
    return noChange;
  }
}

/** Renders a sanitised body (an article's, a text step's) into the element it is placed on. */
export const sanitisedHtml = directive(SanitisedHtmlDirective);
