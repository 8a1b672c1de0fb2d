export interface RenderedHeading {
  id: string;
  text: string;
  level: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  headings: RenderedHeading[];
  /** true when we fell back to escaped plain text */
  fallback: boolean;
  reason?: string;
}

export interface RenderOptions {
  /** origin of the page the article shows on; links to other origins get target=_blank rel="noopener noreferrer". Default: globalThis.location?.origin */
  pageOrigin?: string;
  /** a Window for DOMPurify (server passes a jsdom window); default globalThis */
  window?: Window;
  /** prefix for heading anchor ids so several articles on a page don't collide, e.g. 'learn-close-dates-' */
  idPrefix?: string;
  /**
   * false: sanitised HTML without the decoration that belongs to the page showing it (heading ids
   * and anchors, link targets, lazy images). What the server stores as `Article.html`, for
   * `renderArticleHtml` to sanitise again and decorate on the page. Default true.
   */
  decorate?: boolean;
}
