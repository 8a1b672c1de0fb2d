/**
 * Read and validate every lesson file of a content folder's `lessons/` (`.yaml` or `.yml`). Bad
 * files are refused one by one (path and reason), the rest are returned; nothing here touches the
 * database, so `import` and `pack` share it. A folder without `lessons/` has no lessons.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lesson } from '../../src/protocol/index.js';
import { lessonHash } from './hash.js';
import type { RefusedFile } from './load-folder.js';
import { parseLessonFile } from './parse-lesson.js';

export interface AcceptedLesson {
  path: string;
  file: string;
  lesson: Lesson;
  hash: string;
  warnings: string[];
}

export interface LoadedLessons {
  /** Absolute `lessons/` folder (whether or not it exists): the import's `source`. */
  dir: string;
  accepted: AcceptedLesson[];
  refused: RefusedFile[];
}

async function listLessonFiles(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) return [];
  } catch {
    return [];
  }
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** `root` is the content folder (the one holding `articles/` and `lessons/`). */
export async function loadLessonFolder(root: string): Promise<LoadedLessons> {
  const dir = join(resolve(root), 'lessons');
  const accepted: AcceptedLesson[] = [];
  const refused: RefusedFile[] = [];
  for (const file of await listLessonFiles(dir)) {
    const path = join(dir, file);
    try {
      const parsed = await parseLessonFile(dir, file);
      if (parsed.ok) accepted.push({ path, file, lesson: parsed.lesson, hash: lessonHash(parsed.lesson), warnings: parsed.warnings });
      else refused.push({ path, file, reason: parsed.reason });
    } catch (error) {
      refused.push({ path, file, reason: `cannot read the file (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  return { dir, accepted: withoutDuplicates(accepted, refused), refused };
}

/** Two files claiming one id are both refused (as for articles): which one is right is the author's call. */
function withoutDuplicates(accepted: AcceptedLesson[], refused: RefusedFile[]): AcceptedLesson[] {
  const count = new Map<string, string[]>();
  for (const entry of accepted) count.set(entry.lesson.id, [...(count.get(entry.lesson.id) ?? []), entry.file]);
  const kept = accepted.filter((entry) => {
    const files = count.get(entry.lesson.id) ?? [];
    if (files.length === 1) return true;
    const others = files.filter((f) => f !== entry.file);
    refused.push({ path: entry.path, file: entry.file, reason: `duplicate id "${entry.lesson.id}": also used by ${others.join(', ')}; give each lesson its own id` });
    return false;
  });
  refused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return kept;
}
