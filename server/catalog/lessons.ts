/** Lesson reads: the catalog's `LessonMeta` list and one full lesson. Rows are re-validated on the way out. */
import '../validation.js';
import { formatIssues, Lesson, LessonMeta } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(error: Parameters<typeof formatIssues>[0]): string {
  return formatIssues(error).map((i) => `${i.path}: ${i.message}`).join('; ');
}

/** Every lesson's catalog entry, by id. A row that no longer validates is skipped and reported. */
export async function listLessonMeta(db: DbReader, onInvalid: (id: string, reason: string) => void): Promise<LessonMeta[]> {
  const rows = await db.selectFrom('lessons').select(['id', 'data']).orderBy('id').execute();
  const metas: LessonMeta[] = [];
  for (const row of rows) {
    // LessonMeta drops the lesson's other fields (steps, passMark…): what the catalog lists.
    const parsed = LessonMeta.safeParse(parseJson(row.data));
    if (parsed.success) metas.push(parsed.data);
    else onInvalid(row.id, describe(parsed.error));
  }
  return metas;
}

export interface StoredLesson {
  lesson: Lesson;
  hash: string;
}

export async function findLesson(db: DbReader, id: string): Promise<StoredLesson | undefined> {
  const row = await db.selectFrom('lessons').select(['data', 'content_hash']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const parsed = Lesson.safeParse(parseJson(row.data));
  if (!parsed.success) throw new Error(`lesson ${id} in the database is invalid: ${describe(parsed.error)}`);
  return { lesson: parsed.data, hash: row.content_hash };
}
