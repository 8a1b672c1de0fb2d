/** Assemble a `Catalog` (the protocol's shape) from its parts. Lessons and topics come with later issues. */
import type { ArticleMeta, Catalog } from '../../src/protocol/index.js';

export function buildCatalog(state: { version: string; generatedAt: string }, articles: ArticleMeta[]): Catalog {
  return { version: state.version, generatedAt: state.generatedAt, articles, lessons: [], topics: [] };
}
