/** Abort and delay helpers shared by the backends. */
import { BackendError } from '../types.js';

/** The reason a signal aborted, as a BackendError (`timeout` for AbortSignal.timeout, else `aborted`). */
export function abortError(signal: AbortSignal, source: string, timeoutMs?: number): BackendError {
  const reason: unknown = signal.reason;
  if (reason instanceof BackendError) return reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    const after = timeoutMs ? ` within ${formatSeconds(timeoutMs)}` : ' in time';
    return new BackendError('timeout', `${source} did not answer${after}.`, undefined, reason);
  }
  return new BackendError('aborted', `The request to ${source} was cancelled.`, undefined, reason);
}

export function throwIfAborted(signal: AbortSignal | undefined, source: string): void {
  if (signal?.aborted) throw abortError(signal, source);
}

/** Resolve after `ms`, or reject with the signal's abort error. */
export function delay(ms: number, signal: AbortSignal | undefined, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal, source));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!, source));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** "8 s", "2.5 s", "50 ms": how long we waited, the way a person would say it. */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
