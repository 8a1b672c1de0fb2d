/**
 * Find the article files of a content folder. Two layouts are accepted: a content root with an
 * `articles/` folder (room for `lessons/`, `experts/` later; `demo/content` is one), or a flat
 * folder of `.md` files.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface ArticleFolder {
  /** Absolute folder the `.md` files are in; the import's `source`. */
  dir: string;
  /** File names (not paths), sorted, so imports and reports are deterministic. */
  files: string[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Throws an Error a person can act on when `dir` is missing or not a folder. */
export async function findArticleFiles(dir: string): Promise<ArticleFolder> {
  const root = resolve(dir);
  if (!(await isDirectory(root))) throw new Error(`${dir}: not a folder (expected markdown files, or an articles/ folder of them)`);
  const articles = join(root, 'articles');
  const folder = (await isDirectory(articles)) ? articles : root;
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  return { dir: folder, files };
}
