/** Lesson progress per user: read, and merge-then-write (furthest progress wins, src/lesson/progress.ts). */
import '../validation.js';
import { mergeProgress } from '../../src/lesson/index.js';
import { formatIssues, LessonProgress } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { Logger } from '../log.js';

function parseStored(data: string, log: Logger, where: string): LessonProgress | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    value = undefined;
  }
  const parsed = LessonProgress.safeParse(value);
  if (parsed.success) return parsed.data;
  // Written by an older version or by hand: the client's copy replaces it rather than failing every sync.
  log.warn(`progress ${where}: stored data is invalid and is ignored (${parsed.error ? formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ') : 'not JSON'})`);
  return undefined;
}

export async function listProgress(db: DbReader, userId: string, log: Logger): Promise<LessonProgress[]> {
  const rows = await db.selectFrom('progress').select(['lesson_id', 'data']).where('user_id', '=', userId).orderBy('lesson_id').execute();
  return rows.flatMap((row) => parseStored(row.data, log, `${userId}/${row.lesson_id}`) ?? []);
}

/** Merge `incoming` with what is stored and keep the result; returns what is kept. */
export async function saveProgress(db: DbReader, userId: string, incoming: LessonProgress, log: Logger, now: Date): Promise<LessonProgress> {
  const row = await db.selectFrom('progress').select('data').where('user_id', '=', userId).where('lesson_id', '=', incoming.lessonId).executeTakeFirst();
  const stored = row ? parseStored(row.data, log, `${userId}/${incoming.lessonId}`) : undefined;
  const kept = stored ? mergeProgress(stored, incoming) : incoming;
  const values = { data: JSON.stringify(kept), updated_at: now.toISOString() };
  await db
    .insertInto('progress')
    .values({ user_id: userId, lesson_id: incoming.lessonId, ...values })
    .onConflict((oc) => oc.columns(['user_id', 'lesson_id']).doUpdateSet(values))
    .execute();
  return kept;
}
