/**
 * Search and suggestions computed locally over one catalog, for backends without a server
 * (staticBackend, memoryBackend). The index is built on the first search and kept per catalog.
 */
import type { Catalog, SearchHit, SuggestionsResponse, WorkContext } from '../../src/protocol/index.js';
import { CatalogSearch, docsFromCatalog, suggestForContext } from '../../src/search/index.js';

export class LocalQuery {
  #catalog: Catalog;
  #index: CatalogSearch | null = null;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  search(query: string, options: { limit?: number; locale?: string }): SearchHit[] {
    if (query.trim() === '') return [];
    this.#index ??= CatalogSearch.build(docsFromCatalog(this.#catalog));
    return this.#index.search(query, options);
  }

  suggestions(context: WorkContext, options: { limit?: number; locale?: string }): SuggestionsResponse {
    return {
      articles: suggestForContext(this.#catalog.articles, context, options),
      lessons: suggestForContext(this.#catalog.lessons, context, options),
    };
  }
}
