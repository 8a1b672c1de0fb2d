/**
 * Read and validate every article file of a folder. Bad files are refused one by one (path and
 * reason), the rest are returned; nothing here touches the database, so `import` and `pack`
 * share it.
 */
import { join } from 'node:path';
import type { Article } from '../../src/protocol/index.js';
import { articleHash } from './hash.js';
import { parseArticleFile } from './parse-article.js';
import { findArticleFiles } from './read-folder.js';

export interface AcceptedFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the folder (the file name today). */
  file: string;
  article: Article;
  hash: string;
  warnings: string[];
}

export interface RefusedFile {
  path: string;
  file: string;
  reason: string;
}

export interface LoadedFolder {
  /** Absolute folder the files were read from. */
  dir: string;
  accepted: AcceptedFile[];
  refused: RefusedFile[];
}

function describeError(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'EACCES') return 'cannot read the file (permission denied)';
  return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
}

export async function loadArticleFolder(dir: string): Promise<LoadedFolder> {
  const folder = await findArticleFiles(dir);
  const accepted: AcceptedFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of folder.files) {
    const path = join(folder.dir, file);
    try {
      const parsed = await parseArticleFile(folder.dir, file);
      if (parsed.ok) accepted.push({ path, file, article: parsed.article, hash: articleHash(parsed.article), warnings: parsed.warnings });
      else refused.push({ path, file, reason: parsed.reason });
    } catch (error) {
      refused.push({ path, file, reason: describeError(error) });
    }
  }
  return { dir: folder.dir, accepted: withoutDuplicates(accepted, refused), refused };
}

/**
 * Two files claiming one id are both refused: which one is right is the author's call, and
 * picking one by file order would silently publish the copy someone forgot to rename.
 */
function withoutDuplicates(accepted: AcceptedFile[], refused: RefusedFile[]): AcceptedFile[] {
  const byId = new Map<string, AcceptedFile[]>();
  for (const entry of accepted) byId.set(entry.article.id, [...(byId.get(entry.article.id) ?? []), entry]);
  const kept: AcceptedFile[] = [];
  for (const entry of accepted) {
    const same = byId.get(entry.article.id) ?? [];
    if (same.length === 1) {
      kept.push(entry);
      continue;
    }
    const others = same.filter((e) => e !== entry).map((e) => e.file);
    refused.push({ path: entry.path, file: entry.file, reason: `duplicate id "${entry.article.id}": also used by ${others.join(', ')}; give each article its own id` });
  }
  refused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return kept;
}
