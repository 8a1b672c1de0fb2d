/**
 * The lesson player's one HTML sink (the drawer's sanitised-html.ts, for strings). It accepts only
 * the article pipeline's output (DOMPurify, strict configuration) and parses it through our
 * `learnflow` Trusted Types policy into an inert template whose content is cloned in — never
 * lit-html's `unsafeHTML`, which has its own pass-through policy (lit/lit#5320). The container
 * sets `contain: paint`, so even sanitised content cannot draw outside it.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { trustedHTML } from '../../../src/markdown/trusted-types.js';

class SanitisedHtmlDirective extends Directive {
  private current: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sanitisedHtml() belongs on an element: <div ${sanitisedHtml(html)}>');
  }

  render(_sanitised: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [sanitised]: [string]): typeof noChange {
    if (sanitised !== this.current) {
      const template = document.createElement('template');
      // TrustedHTML where supported; the DOM typings only know strings.
      template.innerHTML = trustedHTML(sanitised) as string;
      part.element.replaceChildren(template.content);
      this.current = sanitised;
    }
    return noChange;
  }
}

/** Renders sanitised HTML (the output of renderArticleHtml / renderMarkdown) into the element it is placed on. */
export const sanitisedHtml = directive(SanitisedHtmlDirective);
