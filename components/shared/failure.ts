/**
 * What went wrong with a runtime call, as the elements tell it to a person. Read by `name`, `kind`
 * and `status` rather than `instanceof BackendError`: a second copy of the SDK on the page has its
 * own class.
 */
export type Failure = 'offline' | 'not-found' | 'forbidden' | 'signed-out' | 'conflict' | 'invalid' | 'error';

export function failureOf(error: unknown): Failure {
  const e = error as { name?: unknown; kind?: unknown; status?: unknown } | null | undefined;
  if (e?.name !== 'BackendError') return 'error';
  const kind = String(e.kind);
  const status = typeof e.status === 'number' ? e.status : 0;
  if (kind === 'network' || kind === 'timeout') return 'offline';
  if (kind === 'not-found' || status === 404) return 'not-found';
  if (kind === 'conflict' || status === 409) return 'conflict';
  if (kind === 'forbidden' || status === 403) return 'forbidden';
  if (kind === 'unauthorized' || status === 401) return 'signed-out';
  if (kind === 'invalid-input' || status === 413 || status === 422) return 'invalid';
  return 'error';
}
