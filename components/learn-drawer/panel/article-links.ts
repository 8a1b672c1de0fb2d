/**
 * Links inside an article body, which lives in our shadow root on someone else's page:
 *  - `#section` would change the HOST's URL fragment (and fire its hash router): scroll instead;
 *  - a bare relative link to another article (`[Discount approval](discount-approval)`, how the
 *    content is written) would navigate the host page to a path it does not have: open it in the drawer;
 *  - anything else (other origins get target=_blank from the pipeline) keeps its default.
 */
const ARTICLE_ID = /^(?:\.\/)?([a-z0-9][a-z0-9-]{0,79})$/;

export type ArticleLink = { kind: 'section'; id: string } | { kind: 'article'; id: string };

export function articleLinkTarget(event: MouseEvent): { link: ArticleLink; anchor: HTMLAnchorElement } | null {
  // Modified clicks mean "somewhere else" (new tab, window): leave them to the browser.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!anchor || anchor.target === '_blank') return null;
  const href = anchor.getAttribute('href')!;
  if (href.startsWith('#')) return { link: { kind: 'section', id: decodeURIComponent(href.slice(1)) }, anchor };
  const match = ARTICLE_ID.exec(href);
  return match ? { link: { kind: 'article', id: match[1]! }, anchor } : null;
}
