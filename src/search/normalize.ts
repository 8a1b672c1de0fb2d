/**
 * One normalisation for indexing, querying and highlighting, so "forsaljning" finds and marks
 * "Försäljning", "strasse" finds "Straße" and "kopsorder" finds "köpsorder".
 */

/** Letters NFD does not decompose but people type without their diacritic (German, Nordic, Polish…). */
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLDABLE = /[ßøæœłđðþı]/g;

/** Nothing to decompose, strip or fold in plain ASCII. */
const ASCII = /^[\x00-\x7F]*$/;

/** Lowercase, decompose, strip combining marks, fold the letters above. */
export function normalizeText(text: string): string {
  // Most words in most catalogs: lowercasing is all the rest would do, without the Unicode regexes.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

/** Same split as MiniSearch's default tokenizer: runs of Unicode spaces, separators and punctuation. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** A MiniSearch `processTerm`: the normalised term, or null to drop an empty one. */
export function normalizeTerm(term: string): string | null {
  const normalized = normalizeText(term);
  return normalized === '' ? null : normalized;
}
