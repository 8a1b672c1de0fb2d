/** Turning whatever a backend threw into a `BackendError` and an `error` event detail. */
import { BackendError, type LearnErrorDetail } from './types.js';

/**
 * Our adapters only throw BackendError; a host's own Backend may throw anything. A TypeError
 * from `fetch` means the network; anything else is reported as a broken response.
 */
export function toBackendError(error: unknown, source: string): BackendError {
  if (error instanceof BackendError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new BackendError('aborted', `The request to ${source} was cancelled.`, undefined, error);
  if (error instanceof DOMException && error.name === 'TimeoutError') return new BackendError('timeout', `${source} did not answer in time.`, undefined, error);
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError) return new BackendError('network', `Could not reach ${source} (${message}).`, undefined, error);
  return new BackendError('invalid-response', `${source} failed: ${message}`, undefined, error);
}

export function errorDetail(source: string, error: BackendError): LearnErrorDetail {
  return { source, kind: error.kind, message: error.message };
}
