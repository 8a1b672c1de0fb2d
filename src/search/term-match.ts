/**
 * Finding index terms for a query term in the sorted term list: exact, prefix (a contiguous range
 * of a sorted list), and fuzzy (optimal string alignment distance: a swapped pair of letters is
 * one typo, so "cloes" is one edit from "close").
 */

/** First index whose term is ≥ `key` (UTF-16 code-unit order, the order `Array#sort` gives). */
export function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest string greater than every string that starts with `prefix`. */
function successor(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** Index range [from, to) of the terms that start with `prefix` (non-empty). */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  return [lowerBound(terms, prefix), lowerBound(terms, successor(prefix))];
}

export function exactIndex(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return terms[i] === term ? i : -1;
}

/** Longest word compared for typos; longer ones (codes, URLs) only match exactly or by prefix. */
const MAX_FUZZY_LENGTH = 40;
// Three DP rows, reused: this runs for hundreds of candidate words per keystroke.
let before = new Uint8Array(MAX_FUZZY_LENGTH + 3);
let previous = new Uint8Array(MAX_FUZZY_LENGTH + 3);
let current = new Uint8Array(MAX_FUZZY_LENGTH + 3);

/**
 * Optimal string alignment distance between `a` and `b`, or, with `prefixOf`, between `a` and the
 * closest prefix of `b` (for a word still being typed). Returns `max + 1` as soon as the distance
 * must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number, prefixOf = false): number {
  const m = a.length;
  const n = prefixOf ? Math.min(b.length, m + max) : b.length;
  if (m > MAX_FUZZY_LENGTH || n > MAX_FUZZY_LENGTH + 2) return max + 1;
  if (prefixOf ? n < m - max : Math.abs(m - n) > max) return max + 1;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      // A swapped pair of letters is one edit (the transposition looks two rows back).
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  // `previous` now holds the last row: distance to all of b, or to each prefix of b.
  let distance = previous[n] as number;
  if (prefixOf) for (let j = Math.max(0, m - max); j < n; j++) distance = Math.min(distance, previous[j] as number);
  return Math.min(distance, max + 1);
}
