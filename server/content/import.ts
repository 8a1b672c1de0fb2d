/**
 * Import a content folder into the database, in one transaction. The folder's valid files
 * replace the articles previously imported from that folder: new ones are added, changed ones
 * updated, ones whose file is gone removed. A refused file never costs the reader anything:
 * if an earlier import published it, that version stays until the file is fixed or deleted.
 * Lessons from the folder's `lessons/` are imported in the same transaction
 * (content/import-lessons.ts), so the catalog version covers both and moves only when the stored
 * content actually changed. Topics and experts from `ask/` go in the same transaction
 * (content/import-ask.ts).
 */
import type { Db, DbReader } from '../db/database.js';
import { articleToRow } from '../catalog/rows.js';
import { refreshCatalogVersion } from '../catalog/version.js';
import { sameContent, type FolderImportReport } from './folder-report.js';
import { emptyAskReport, writeAsk, type AskImportReport } from './import-ask.js';
import { emptyLessonReport, renderChangedLessons, writeLessons, type LessonImportReport } from './import-lessons.js';
import { loadAskFolder } from './load-ask.js';
import { loadArticleFolder, type AcceptedFile } from './load-folder.js';
import { loadLessonFolder } from './load-lessons.js';
import { renderBody } from './render-body.js';

type StoredRow = Awaited<ReturnType<typeof storedRows>>[number];

/** What the import compares a file with: where each stored article came from, its hash, whether it has html. */
function storedRows(db: DbReader) {
  return db
    .selectFrom('articles')
    .select((eb) => ['id', 'source', 'source_file', 'content_hash', eb('html', 'is', null).as('without_html')])
    .execute();
}

export interface ImportReport extends FolderImportReport {
  /** The folder's `lessons/`, imported in the same transaction. */
  lessons: LessonImportReport;
  /** The folder's `ask/` (topics and experts), imported in the same transaction. */
  ask: AskImportReport;
  version: string;
  versionChanged: boolean;
}

/** Import a content folder: its articles (`articles/` or its own `.md` files) and its `lessons/`. */
export async function importArticles(db: Db, dir: string, now: Date = new Date()): Promise<ImportReport> {
  const loaded = await loadArticleFolder(dir);
  const source = loaded.dir;
  // Lessons live in `<dir>/lessons`, whichever article layout `dir` has.
  const lessons = await loadLessonFolder(dir);
  const ask = await loadAskFolder(dir);
  const report: ImportReport = {
    source,
    files: loaded.accepted.length + loaded.refused.length,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    refused: loaded.refused.map((r) => ({ ...r })),
    warnings: loaded.accepted.flatMap((a) => a.warnings.map((message) => ({ path: a.path, message }))),
    lessons: emptyLessonReport(lessons),
    ask: emptyAskReport(ask),
    version: '',
    versionChanged: false,
  };

  // Render what will be written before the write transaction, so it does not hold the database
  // while jsdom and DOMPurify work; a row that changed in between is rendered inside (rare).
  const rendered = new Map<string, string>();
  const render = async (entry: AcceptedFile): Promise<string> => {
    const known = rendered.get(entry.article.id);
    if (known !== undefined) return known;
    const result = await renderBody(entry.article.body);
    if (result.fallbackReason) report.warnings.push({ path: entry.path, message: `the body will show as plain text: ${result.fallbackReason}` });
    rendered.set(entry.article.id, result.html);
    return result.html;
  };
  const needed = (entry: AcceptedFile, before: StoredRow | undefined) => !before || before.without_html || !sameContent(entry, before, source);
  const stored = new Map((await storedRows(db)).map((row) => [row.id, row]));
  for (const entry of loaded.accepted) if (needed(entry, stored.get(entry.article.id))) await render(entry);
  const storedLessons = new Map((await db.selectFrom('lessons').select(['id', 'source', 'source_file', 'content_hash']).execute()).map((row) => [row.id, row]));
  const renderedLessons = await renderChangedLessons(lessons, storedLessons, report.lessons);

  await db.transaction().execute(async (trx) => {
    const existing = await storedRows(trx);
    const byId = new Map(existing.map((row) => [row.id, row]));

    for (const entry of loaded.accepted) {
      const before = byId.get(entry.article.id);
      if (!needed(entry, before)) {
        report.unchanged.push(entry.article.id);
        continue;
      }
      const row = articleToRow(entry.article, { source, file: entry.file, hash: entry.hash, html: await render(entry), now });
      if (!before) {
        await trx.insertInto('articles').values(row).execute();
        report.added.push(row.id);
      } else if (!sameContent(entry, before, source)) {
        const { id, ...changes } = row;
        await trx.updateTable('articles').set(changes).where('id', '=', id).execute();
        report.updated.push(id);
      } else {
        // Same content, imported before html was stored: not a change anyone reading could see.
        await trx.updateTable('articles').set({ html: row.html }).where('id', '=', row.id).execute();
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

    await writeLessons(trx, lessons, renderedLessons, report.lessons, now);
    // Topics and experts are not part of the catalog version: they are served by /v1/topics.
    await writeAsk(trx, ask, report.ask, now);

    ({ version: report.version, changed: report.versionChanged } = await refreshCatalogVersion(trx, now));
  });
  return report;
}
