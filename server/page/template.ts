/**
 * The full-page HTML around an article ("open in full page"). Everything from content is
 * escaped here except `bodyHtml`, which comes out of the sanitising markdown pipeline.
 */
import type { Article } from '../../src/protocol/index.js';
import { formatDate, pageLabels, textDirection } from './locale.js';
import { ARTICLE_CSS_VERSION } from './stylesheet.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Relative to /articles/…, so the page works under any path prefix (a proxy's /help/ too). Served by routes/article-page.ts. */
const STYLESHEET = `<link rel="stylesheet" href="../_learnflow/article.css?v=${ARTICLE_CSS_VERSION}">`;

function page(locale: string, title: string, description: string, main: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}${STYLESHEET}
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

export function articlePage(article: Article, rendered: { html: string; fallback: boolean }): string {
  const labels = pageLabels(article.locale);
  const meta = [
    `<span>${escapeHtml(labels.updated)} <time datetime="${escapeHtml(article.updatedAt)}">${escapeHtml(formatDate(article.updatedAt, article.locale))}</time></span>`,
    article.owner ? `<span>${escapeHtml(labels.owner)} ${escapeHtml(article.owner)}</span>` : '',
  ].join('');
  const tags = article.tags.length ? `<ul class="tags">${article.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : '';
  const notice = rendered.fallback ? `<p class="notice" role="note">${escapeHtml(labels.plainText)}</p>\n` : '';
  const main = `<article>
<header>
<h1>${escapeHtml(article.title)}</h1>
${article.summary ? `<p class="summary">${escapeHtml(article.summary)}</p>\n` : ''}<p class="meta">${meta}</p>
</header>
${notice}${rendered.html}
${tags}
</article>`;
  return page(article.locale, article.title, article.summary, main);
}

export function notFoundPage(locale = 'en'): string {
  const labels = pageLabels(locale);
  return page(locale, labels.notFoundTitle, '', `<h1>${escapeHtml(labels.notFoundTitle)}</h1>\n<p>${escapeHtml(labels.notFoundText)}</p>`);
}
