/** Assemble a `Catalog` (the protocol's shape) from its parts. Topics come with a later issue. */
import type { ArticleMeta, Catalog, LessonMeta } from '../../src/protocol/index.js';

export function buildCatalog(state: { version: string; generatedAt: string }, articles: ArticleMeta[], lessons: LessonMeta[] = []): Catalog {
  return { version: state.version, generatedAt: state.generatedAt, articles, lessons, topics: [] };
}
