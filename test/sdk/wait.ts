/**
 * `waitUntil` from @open-wc/testing, with room for a loaded 2-core CI machine: its default of one
 * second failed now and then on polls that read IndexedDB while the whole suite ran. It polls; it
 * never sleeps a fixed time, so a passing test takes no longer.
 */
import { waitUntil as waitUntilSoon } from '@open-wc/testing';

export const waitUntil = (predicate: () => unknown, message?: string, options: { timeout?: number; interval?: number } = {}): Promise<void> =>
  waitUntilSoon(predicate, message, { timeout: 8000, ...options });
