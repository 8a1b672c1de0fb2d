import type { Catalog } from '../protocol/index.js';

/** What search indexes for one catalog entry: what a person scans, never the body. */
export interface SearchDoc {
  id: string;
  kind: 'article' | 'lesson';
  title: string;
  summary: string;
  tags: string[];
  headings: string[];
  contexts: string[];
  locale: string;
}

/** Articles and lessons of a catalog as search documents (lessons have no headings). */
export function docsFromCatalog(catalog: Catalog): SearchDoc[] {
  const articles = catalog.articles.map(
    (a): SearchDoc => ({ id: a.id, kind: 'article', title: a.title, summary: a.summary, tags: a.tags, headings: a.headings, contexts: a.contexts, locale: a.locale }),
  );
  const lessons = catalog.lessons.map(
    (l): SearchDoc => ({ id: l.id, kind: 'lesson', title: l.title, summary: l.summary, tags: l.tags, headings: [], contexts: l.contexts, locale: l.locale }),
  );
  return [...articles, ...lessons];
}
