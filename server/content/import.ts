/**
 * Import a content folder into the database, in one transaction. The folder's valid files
 * replace the articles previously imported from that folder: new ones are added, changed ones
 * updated, ones whose file is gone removed. A refused file never costs the reader anything:
 * if an earlier import published it, that version stays until the file is fixed or deleted.
 * The catalog version moves only when the stored content actually changed.
 */
import type { Db } from '../db/database.js';
import { articleToRow } from '../catalog/rows.js';
import { catalogVersion } from './hash.js';
import { loadArticleFolder, type RefusedFile } from './load-folder.js';

export interface ImportReport {
  /** Absolute folder the articles were read from. */
  source: string;
  /** `.md` files found. */
  files: number;
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Refused files; `kept` is the id of a previously imported version that stays published. */
  refused: (RefusedFile & { kept?: string })[];
  warnings: { path: string; message: string }[];
  version: string;
  versionChanged: boolean;
}

export async function importArticles(db: Db, dir: string, now: Date = new Date()): Promise<ImportReport> {
  const loaded = await loadArticleFolder(dir);
  const source = loaded.dir;
  const report: ImportReport = {
    source,
    files: loaded.accepted.length + loaded.refused.length,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    refused: loaded.refused.map((r) => ({ ...r })),
    warnings: loaded.accepted.flatMap((a) => a.warnings.map((message) => ({ path: a.path, message }))),
    version: '',
    versionChanged: false,
  };

  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('articles').select(['id', 'source', 'source_file', 'content_hash']).execute();
    const byId = new Map(existing.map((row) => [row.id, row]));

    for (const entry of loaded.accepted) {
      const row = articleToRow(entry.article, { source, file: entry.file, hash: entry.hash, now });
      const before = byId.get(entry.article.id);
      if (!before) {
        await trx.insertInto('articles').values(row).execute();
        report.added.push(row.id);
      } else if (before.content_hash !== entry.hash || before.source !== source || before.source_file !== entry.file) {
        const { id, ...changes } = row;
        await trx.updateTable('articles').set(changes).where('id', '=', id).execute();
        report.updated.push(id);
      } else {
        report.unchanged.push(row.id);
      }
    }

    const importedIds = new Set(loaded.accepted.map((a) => a.article.id));
    const refusedByFile = new Map(report.refused.map((r) => [r.file, r]));
    for (const row of existing) {
      if (row.source !== source || importedIds.has(row.id)) continue;
      const refusal = refusedByFile.get(row.source_file);
      if (refusal) {
        refusal.kept = row.id;
        continue;
      }
      await trx.deleteFrom('articles').where('id', '=', row.id).execute();
      report.removed.push(row.id);
    }

    const all = await trx.selectFrom('articles').select(['id', 'content_hash']).execute();
    report.version = catalogVersion(all.map((r) => ({ id: r.id, hash: r.content_hash })));
    const state = await trx.selectFrom('catalog_state').select('version').where('id', '=', 1).executeTakeFirst();
    report.versionChanged = state?.version !== report.version;
    if (report.versionChanged) {
      await trx
        .insertInto('catalog_state')
        .values({ id: 1, version: report.version, generated_at: now.toISOString() })
        .onConflict((oc) => oc.column('id').doUpdateSet({ version: report.version, generated_at: now.toISOString() }))
        .execute();
    }
  });
  return report;
}
