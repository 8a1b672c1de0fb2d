/**
 * Catalog search and contextual suggestions: the client searches the cached catalog offline, the
 * server uses the same module for its fallback search endpoint and suggestions.
 */
export { CatalogSearch, type SliceDeadline } from './catalog-search.js';
export { SEARCH_FORMAT_VERSION } from './payload.js';
export { docsFromCatalog, type SearchDoc } from './docs.js';
export { suggestForContext } from './suggest.js';
export { highlightParts, type HighlightRun } from './highlight.js';
export { normalizeText } from './normalize.js';
