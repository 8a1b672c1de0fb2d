/**
 * The lesson half of an import, run inside the import's transaction (content/import.ts): the
 * folder's valid lesson files replace the lessons previously imported from it; a refused file
 * keeps its previously imported version published until it is fixed or deleted.
 */
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import type { LoadedLessons } from './load-lessons.js';
import { sameContent, type FolderImportReport, type StoredOrigin } from './folder-report.js';
import { renderLesson } from './render-lesson.js';

/** The lesson half of an import's report. */
export type LessonImportReport = FolderImportReport;

export function emptyLessonReport(loaded: LoadedLessons): LessonImportReport {
  return {
    source: loaded.dir,
    files: loaded.accepted.length + loaded.refused.length,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    refused: loaded.refused.map((r) => ({ ...r })),
    warnings: loaded.accepted.flatMap((a) => a.warnings.map((message) => ({ path: a.path, message }))),
  };
}

/** Render the text steps of the lessons that will be written, before the write transaction (jsdom is slow). */
export async function renderChangedLessons(loaded: LoadedLessons, stored: Map<string, StoredOrigin>, report: LessonImportReport): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  for (const entry of loaded.accepted) {
    const before = stored.get(entry.lesson.id);
    if (before && sameContent(entry, before, loaded.dir)) continue;
    const { lesson, warnings } = await renderLesson(entry.lesson);
    for (const message of warnings) report.warnings.push({ path: entry.path, message });
    rendered.set(entry.lesson.id, JSON.stringify(lesson));
  }
  return rendered;
}

export async function writeLessons(trx: Transaction<DatabaseSchema>, loaded: LoadedLessons, rendered: Map<string, string>, report: LessonImportReport, now: Date): Promise<void> {
  const existing = await trx.selectFrom('lessons').select(['id', 'source', 'source_file', 'content_hash']).execute();
  const byId = new Map(existing.map((row) => [row.id, row]));
  for (const entry of loaded.accepted) {
    const before = byId.get(entry.lesson.id);
    if (before && sameContent(entry, before, loaded.dir)) {
      report.unchanged.push(entry.lesson.id);
      continue;
    }
    // Rendered before the transaction; a lesson that changed in between is rendered here (rare).
    const data = rendered.get(entry.lesson.id) ?? JSON.stringify((await renderLesson(entry.lesson)).lesson);
    const row = { source: loaded.dir, source_file: entry.file, data, content_hash: entry.hash, imported_at: now.toISOString() };
    if (before) {
      await trx.updateTable('lessons').set(row).where('id', '=', entry.lesson.id).execute();
      report.updated.push(entry.lesson.id);
    } else {
      await trx.insertInto('lessons').values({ id: entry.lesson.id, ...row }).execute();
      report.added.push(entry.lesson.id);
    }
  }
  const importedIds = new Set(loaded.accepted.map((a) => a.lesson.id));
  const refusedByFile = new Map(report.refused.map((r) => [r.file, r]));
  for (const row of existing) {
    if (row.source !== loaded.dir || importedIds.has(row.id)) continue;
    const refusal = refusedByFile.get(row.source_file);
    if (refusal) {
      refusal.kept = row.id;
      continue;
    }
    await trx.deleteFrom('lessons').where('id', '=', row.id).execute();
    report.removed.push(row.id);
  }
}
