/**
 * The article view: back, "open in full page" when the backend has such a page, the title (shown
 * from the catalog at once, before the body has loaded), who keeps it correct, and the sanitised
 * body — or a designed failure (gone, not saved for offline, error) with a retry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleMeta } from '../../../../src/protocol/index.js';
import type { ArticleFailure, ShownArticle } from '../controllers/article.js';
import type { LocalizeController } from '../controllers/localize.js';
import { icons } from './icons.js';
import { sanitisedHtml } from '../../../shared/sanitised-html.js';
import { renderError, renderSkeleton } from './states.js';

export const ARTICLE_TITLE_ID = 'article-title';

export interface ArticleViewOptions {
  /** Catalog entry, for an instant title; absent for an id the catalog does not know (yet). */
  meta: ArticleMeta | undefined;
  shown: ShownArticle | null;
  failure: ArticleFailure | null;
  fullPageUrl: string | undefined;
  localize: LocalizeController;
  onBack: () => void;
  onRetry: () => void;
  onBodyClick: (event: MouseEvent) => void;
  /** "Was this helpful?" after the body (components/shared/feedback-slot.ts), or nothing. */
  feedback: TemplateResult | typeof nothing;
}

// Content keeps its own language and direction inside a drawer in another one: an English article
// in an Arabic (RTL) drawer must not end its sentences on the left.
export function renderArticleView({ meta, shown, failure, fullPageUrl, localize, onBack, onRetry, onBodyClick, feedback }: ArticleViewOptions): TemplateResult {
  const strings = localize.strings;
  const info = shown?.article ?? meta;
  const title = info?.title ?? (failure ? strings.articleError : strings.loadingArticle);
  const failureText = failure === 'not-found' ? strings.articleNotFound : failure === 'offline' ? strings.articleOffline : strings.articleError;
  return html`<article class="article" aria-labelledby=${ARTICLE_TITLE_ID} aria-busy=${!shown && !failure ? 'true' : 'false'}>
    <div class="article-bar">
      <button type="button" class="button-quiet" part="back-button" @click=${onBack}>${icons.back}${strings.back}</button>
      ${fullPageUrl
        ? html`<a class="button-quiet" part="full-page-link" href=${fullPageUrl} target="_blank" rel="noopener noreferrer"
            >${strings.openFullPage}${icons.external}<span class="visually-hidden">${strings.opensInNewTab}</span></a
          >`
        : nothing}
    </div>
    <h2 id=${ARTICLE_TITLE_ID} part="article-title" class="article-title" tabindex="-1" lang=${info?.locale ?? nothing} dir="auto">${title}</h2>
    ${info ? html`<p class="article-meta">${[info.owner ? strings.owner(info.owner) : '', strings.updated(localize.date(info.updatedAt))].filter(Boolean).join(' · ')}</p>` : nothing}
    ${shown
      ? html`<div part="article-body" class="prose" lang=${shown.article.locale} dir="auto" ${sanitisedHtml(shown)} @click=${onBodyClick}></div>${feedback}`
      : failure
        ? renderError(failureText, failure === 'not-found' ? '' : strings.errorBody, failure === 'not-found' ? null : strings.retry, onRetry)
        : renderSkeleton(strings.loadingArticle, 3)}
  </article>`;
}
