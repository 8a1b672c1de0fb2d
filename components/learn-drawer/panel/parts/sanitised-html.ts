/**
 * The one HTML sink of the drawer. Takes only the markdown pipeline's output (DOMPurify with the
 * strict configuration) and assigns it through our `learnflow` Trusted Types policy.
 *
 * Why not `unsafeHTML(trustedHTML(html))`: lit-html's `unsafeHTML` throws on a TrustedHTML object
 * ("called with a non-string value", lit-html 3.3 `directives/unsafe-html.js`), and given a string it
 * goes through lit-html's own pass-through policy (lit/lit#5320), which an enforced
 * `trusted-types learnflow` CSP would not allow. Assigning our TrustedHTML to the container's
 * `innerHTML` works under that CSP and never hands Lit a raw string. The container sets
 * `contain: paint`, so even sanitised content cannot draw outside it.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { trustedHTML } from '../../../../src/markdown/trusted-types.js';
import type { ShownArticle } from '../controllers/article.js';

class SanitisedHtmlDirective extends Directive {
  private current: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sanitisedHtml() belongs on an element: <div ${sanitisedHtml(shown)}>');
  }

  render(_shown: ShownArticle): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [shown]: [ShownArticle]): typeof noChange {
    if (shown.sanitisedHtml !== this.current) {
      this.current = shown.sanitisedHtml;
      // TrustedHTML where supported; the DOM typings only know strings.
      part.element.innerHTML = trustedHTML(shown.sanitisedHtml) as string;
    }
    return noChange;
  }
}

/** Renders an article's sanitised body into the element it is placed on. */
export const sanitisedHtml = directive(SanitisedHtmlDirective);
