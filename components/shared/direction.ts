/**
 * Writing direction of a locale. Its own module (not in locale.ts) because only the panel needs
 * it, and locale.ts is in the launcher's first-load bytes.
 */
import { primaryLanguage } from './locale.js';

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** Writing direction of a locale's script (by primary language; good enough for the languages we ship). */
export function directionOf(tag: string | null | undefined): 'ltr' | 'rtl' {
  return RTL.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}
