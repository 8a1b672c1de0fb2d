/**
 * The catalog version (every client's ETag) recomputed from what is stored, and saved when it
 * moved. Called inside the transaction that changed articles or lessons: a content import
 * (content/import.ts) or an expert publishing an answer (ask/publish.ts).
 */
import { catalogVersion } from '../content/hash.js';
import type { DbReader } from '../db/database.js';

/** Every entry the catalog version is built from; lesson ids are prefixed so an article and a lesson may share an id. */
async function versionEntries(db: DbReader): Promise<{ id: string; hash: string }[]> {
  const articles = await db.selectFrom('articles').select(['id', 'content_hash']).execute();
  const lessons = await db.selectFrom('lessons').select(['id', 'content_hash']).execute();
  return [...articles.map((r) => ({ id: r.id, hash: r.content_hash })), ...lessons.map((r) => ({ id: `lesson:${r.id}`, hash: r.content_hash }))];
}

export async function refreshCatalogVersion(trx: DbReader, now: Date): Promise<{ version: string; changed: boolean }> {
  const version = catalogVersion(await versionEntries(trx));
  const state = await trx.selectFrom('catalog_state').select('version').where('id', '=', 1).executeTakeFirst();
  const changed = state?.version !== version;
  if (changed) {
    await trx
      .insertInto('catalog_state')
      .values({ id: 1, version, generated_at: now.toISOString() })
      .onConflict((oc) => oc.column('id').doUpdateSet({ version, generated_at: now.toISOString() }))
      .execute();
  }
  return { version, changed };
}
