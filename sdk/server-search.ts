/**
 * `learn.search` when there is no cached catalog to search (first visit offline, a backend whose
 * catalog failed): the backend's own search. A module of its own, imported only then — the runtime
 * chunk's bytes count against the drawer's budget, and with a catalog (the usual case) this never runs.
 */
import type { SearchHit } from '../src/protocol/index.js';
import type { ConnectivityMonitor } from './connectivity.js';
import { errorDetail, toBackendError } from './errors.js';
import type { Backend, LearnErrorDetail } from './types.js';

export async function serverSearch(
  backend: Backend,
  connectivity: ConnectivityMonitor,
  report: (detail: LearnErrorDetail) => void,
  query: string,
  options: { limit: number; locale: string; signal?: AbortSignal },
): Promise<SearchHit[]> {
  try {
    const hits = await backend.search(query, options);
    connectivity.reportSuccess();
    return hits;
  } catch (thrown) {
    const error = toBackendError(thrown, backend.describe);
    connectivity.reportFailure(error);
    // Unreachable is the connectivity state's to show; a broken answer is worth an error event.
    if (error.kind === 'invalid-response' || error.kind === 'http') report(errorDetail('search', error));
    throw error;
  }
}
