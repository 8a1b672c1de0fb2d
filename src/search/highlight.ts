/**
 * Runs of text for highlighting search matches. Returns data, never HTML: the caller renders the
 * matching runs in <mark> with Lit, so text from content cannot inject markup.
 */
import { normalizeText, WORD_SEPARATOR } from './normalize.js';

export interface HighlightRun {
  text: string;
  match: boolean;
}

/** Words: runs of letters, digits and combining marks (so a decomposed "ö" stays in its word). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * How many UTF-16 units of `word` make up its first `length` normalised characters, including
 * combining marks that follow (normalising per character keeps the mapping exact: "ß" → "ss").
 */
function originalPrefixLength(word: string, length: number): number {
  let normalized = 0;
  let end = 0;
  for (const ch of word) {
    const n = normalizeText(ch).length;
    if (normalized >= length && n > 0) break;
    normalized += n;
    end += ch.length;
  }
  return end;
}

/** Split text into runs for highlighting matched terms (case-insensitive, diacritics-insensitive for å/ä/ö/ü/é where practical, prefix matches of words). Never returns HTML — the caller renders <mark> with Lit so nothing is injected. */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  const needles = [...new Set(terms.flatMap((t) => t.split(WORD_SEPARATOR)).map(normalizeText).filter((t) => t !== ''))]
    // Longest first, so "discount" wins over "disc" on the same word.
    .sort((a, b) => b.length - a.length);
  const runs: HighlightRun[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += part;
    else runs.push({ text: part, match });
  };
  let cursor = 0;
  if (needles.length > 0) {
    for (const found of text.matchAll(WORD)) {
      const word = found[0];
      const normalized = normalizeText(word);
      const needle = needles.find((n) => normalized.startsWith(n));
      if (!needle) continue;
      const start = found.index ?? 0;
      const end = start + originalPrefixLength(word, needle.length);
      push(text.slice(cursor, start), false);
      push(text.slice(start, end), true);
      cursor = end;
    }
  }
  push(text.slice(cursor), false);
  return runs;
}
