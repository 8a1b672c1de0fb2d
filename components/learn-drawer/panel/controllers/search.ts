/**
 * Search-as-you-type over the runtime's client-side index: the query, the results (a `LatestTask`
 * that re-runs when the query, the runtime or the catalog version changes; a stale run is aborted)
 * and the active option of the results listbox, moved with the arrow keys, Home and End while
 * focus stays in the search field (`aria-activedescendant`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../../sdk/types.js';
import type { SearchHit } from '../../../../src/protocol/index.js';
import { LatestTask } from '../../../shared/latest-task.js';

export const SEARCH_LIMIT = 20;

export class SearchController {
  /** The field's text as typed (kept while an article is shown, so "back" returns to the results). */
  query = '';
  /** Index of the active option, -1 when none. */
  active = -1;
  private readonly task: LatestTask<readonly [Learn | undefined, string, string | undefined], SearchHit[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    getLearn: () => Learn | undefined,
    onResults: (hits: SearchHit[], query: string) => void,
  ) {
    this.task = new LatestTask(
      host,
      () => [getLearn(), this.trimmed, getLearn()?.catalogState.catalog?.version] as const,
      async ([learn, query], signal) => (learn && query ? learn.search(query, { limit: SEARCH_LIMIT, signal }) : []),
      // Only the latest run completes (a superseded one is dropped), so counts are never stale.
      (hits) => {
        if (this.trimmed) onResults(hits, this.trimmed);
      },
    );
  }

  get trimmed(): string {
    return this.query.trim();
  }

  /** Results for the current query (the previous query's while a new search runs: no flicker). */
  get hits(): SearchHit[] {
    return this.trimmed ? (this.task.value ?? []) : [];
  }

  /** True once the current query has an answer (results or none). */
  get settled(): boolean {
    return this.task.status === 'complete' || this.task.status === 'error';
  }

  get failed(): boolean {
    return this.task.status === 'error';
  }

  get activeHit(): SearchHit | undefined {
    return this.hits[this.active];
  }

  setQuery(value: string): void {
    if (value === this.query) return;
    this.query = value;
    this.active = -1;
    this.host.requestUpdate();
  }

  retry(): void {
    void this.task.run();
  }

  /**
   * Keyboard on the search field. Returns the hit to open on Enter, `true` when the key was used
   * (the caller prevents its default), `false` to leave it to the field.
   */
  handleKey(event: KeyboardEvent): SearchHit | boolean {
    const count = this.hits.length;
    if (count === 0) return false;
    let next = this.active;
    switch (event.key) {
      case 'ArrowDown':
        next = this.active < 0 ? 0 : (this.active + 1) % count;
        break;
      case 'ArrowUp':
        next = this.active < 0 ? count - 1 : (this.active - 1 + count) % count;
        break;
      // Home/End move the caret in the field until the person is in the list (APG combobox).
      case 'Home':
        if (this.active < 0) return false;
        next = 0;
        break;
      case 'End':
        if (this.active < 0) return false;
        next = count - 1;
        break;
      case 'Enter':
        return this.activeHit ?? false;
      default:
        return false;
    }
    this.active = next;
    this.host.requestUpdate();
    return true;
  }
}
