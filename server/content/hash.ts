/** Content hashes: an article's ETag, and the catalog version built from them. */
import { createHash } from 'node:crypto';
import type { Article, Lesson } from '../../src/protocol/index.js';

/** 20 hex digits (80 bits): collisions are not a concern at catalog sizes, and ETags stay short. */
const LENGTH = 20;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, LENGTH);
}

/** Hash of a validated article. Key order is the schema's, so equal content gives equal hashes. */
export function articleHash(article: Article): string {
  return sha256(JSON.stringify(article));
}

/** Hash of a validated lesson (without the html the import adds): its ETag. */
export function lessonHash(lesson: Lesson): string {
  return sha256(JSON.stringify(lesson));
}

/** The version every client caches the catalog under; `'empty'` when there is nothing. */
export function catalogVersion(entries: readonly { id: string; hash: string }[]): string {
  if (entries.length === 0) return 'empty';
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256(sorted.map((e) => `${e.id}:${e.hash}`).join('\n'));
}
