/**
 * Mocha hooks the element tests share: destroy the runtimes a test created, and fail the test on
 * Lit dev-mode warnings (an update scheduled after an update, a non-reactive change in
 * `updated()`…) — real bugs even when a test passes. Lit's one-time "dev mode" notice is not one.
 */
import type { Learn } from '../../../sdk/types.js';

export function useElementTestHooks(runtimes: Learn[]): void {
  const warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!/Lit is in dev mode/.test(text)) warnings.push(text);
      original.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = original;
    for (const learn of runtimes.splice(0)) learn.destroy();
    const lit = warnings.filter((w) => /lit\.dev|scheduled an update|change-in-update/i.test(w));
    if (lit.length > 0) throw new Error(`Lit dev-mode warnings:\n${lit.join('\n')}`);
  });
}
