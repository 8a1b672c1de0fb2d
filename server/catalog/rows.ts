/** Article ↔ database row. Rows are re-validated on the way out: the file may have been edited by hand or by an older version. */
import { Article, ArticleMeta } from '../../src/protocol/index.js';
import type { ArticleTable } from '../db/schema.js';

export function articleToRow(article: Article, where: { source: string; file: string; hash: string; html: string; now: Date }): ArticleTable {
  return {
    id: article.id,
    source: where.source,
    source_file: where.file,
    title: article.title,
    summary: article.summary,
    tags: JSON.stringify(article.tags),
    contexts: JSON.stringify(article.contexts),
    locale: article.locale,
    owner: article.owner ?? null,
    updated_at: article.updatedAt,
    headings: JSON.stringify(article.headings),
    body: article.body,
    html: where.html,
    content_hash: where.hash,
    imported_at: where.now.toISOString(),
  };
}

type MetaColumns = Pick<ArticleTable, 'id' | 'title' | 'summary' | 'tags' | 'contexts' | 'locale' | 'owner' | 'updated_at' | 'headings'>;

export const META_COLUMNS = ['id', 'title', 'summary', 'tags', 'contexts', 'locale', 'owner', 'updated_at', 'headings'] as const;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function metaInput(row: MetaColumns): Record<string, unknown> {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    tags: parseJson(row.tags),
    contexts: parseJson(row.contexts),
    locale: row.locale,
    owner: row.owner ?? undefined,
    updatedAt: row.updated_at,
    headings: parseJson(row.headings),
  };
}

export function rowToMeta(row: MetaColumns): ReturnType<typeof ArticleMeta.safeParse> {
  return ArticleMeta.safeParse(metaInput(row));
}

export function rowToArticle(row: MetaColumns & Pick<ArticleTable, 'body' | 'html'>): ReturnType<typeof Article.safeParse> {
  return Article.safeParse({ ...metaInput(row), body: row.body, html: row.html ?? undefined });
}
