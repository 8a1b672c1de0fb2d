/** Database reads the API needs. Writes belong to the import (content/import.ts). */
import '../validation.js';
import { formatIssues, type Article, type ArticleMeta } from '../../src/protocol/index.js';
import type { Db, DbReader } from '../db/database.js';
import { META_COLUMNS, rowToArticle, rowToMeta } from './rows.js';

export interface CatalogState {
  version: string;
  generatedAt: string;
}

export async function readCatalogState(db: DbReader): Promise<CatalogState> {
  const row = await db.selectFrom('catalog_state').select(['version', 'generated_at']).where('id', '=', 1).executeTakeFirst();
  // The first migration inserts the row; its absence means someone deleted it by hand.
  if (!row) throw new Error('catalog_state row is missing: the database was changed outside Learnflow');
  return { version: row.version, generatedAt: row.generated_at };
}

/** Every article's catalog entry, by id. A row that no longer validates is skipped and reported. */
export async function listArticleMeta(db: DbReader, onInvalid: (id: string, reason: string) => void): Promise<ArticleMeta[]> {
  const rows = await db.selectFrom('articles').select(META_COLUMNS).orderBy('id').execute();
  const metas: ArticleMeta[] = [];
  for (const row of rows) {
    const parsed = rowToMeta(row);
    if (parsed.success) metas.push(parsed.data);
    else onInvalid(row.id, formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; '));
  }
  return metas;
}

export interface StoredArticle {
  article: Article;
  hash: string;
}

export async function findArticle(db: Db, id: string): Promise<StoredArticle | undefined> {
  const row = await db.selectFrom('articles').select([...META_COLUMNS, 'body', 'html', 'content_hash']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const parsed = rowToArticle(row);
  if (!parsed.success) throw new Error(`article ${id} in the database is invalid: ${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { article: parsed.data, hash: row.content_hash };
}
