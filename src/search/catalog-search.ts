/**
 * Search-as-you-type over the catalog, sized for a browser tab (DESIGN.md budgets at 10,000
 * articles: ≤ 5 ms p95 per keystroke, ≤ 20 MB heap, restore ≤ 150 ms; see bench/search.bench.ts).
 * Only what a person scans is indexed (title, summary, tags, headings, plus contexts weakly).
 *
 * Query rules, in the order a person types:
 * - Stop words ("how", "do", "the", "och", "und") are ignored, except the word still being typed.
 * - The word being typed (no space after it yet) matches as a prefix from its 3rd letter on. One
 *   or two letters would match most of the catalog for results nobody reads; until then a lone
 *   short word matches whole words only ("po") and a short word after others is left out, so the
 *   results of the words before it stay put.
 * - Typos: one edit (a swap counts as one) from 4 letters on, two from 8; for the word being typed
 *   from 5 letters on, against the start of longer words.
 * - Words AND together; if that finds nothing, OR, ranked by how many words matched.
 * - Locale: documents in the requested language rank before all others, each group by score.
 *   Other languages are kept, not filtered: a bilingual workplace often has a topic in one
 *   language only, and an English answer beats none.
 */
import { SEARCH_QUERY_MAX, type SearchHit } from '../protocol/index.js';
import { buildIndex, indexSteps, KINDS, type CompactIndex } from './compact-index.js';
import type { SearchDoc } from './docs.js';
import { sameLanguage } from './locale.js';
import { normalizeTerm, WORD_SEPARATOR } from './normalize.js';
import { fromPayload, toPayload } from './payload.js';
import { STOP_WORDS } from './stop-words.js';
import { editDistance, exactIndex, prefixRange } from './term-match.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const MIN_PREFIX = 3;
/** Query words beyond this are ignored (one bit per word in the match mask). */
const MAX_QUERY_TERMS = 12;

/** How much a match counts relative to the exact word. */
const QUALITY = { exact: 1, prefixBase: 0.35, prefixByLength: 0.45, fuzzy: [1, 0.45, 0.25], fuzzyPrefix: 0.3 } as const;

interface QueryTerm {
  text: string;
  typing: boolean;
}

interface Expansion {
  term: number;
  quality: number;
  fuzzy: boolean;
}

/** The query's words, normalised, minus stop words and a too-short word still being typed. */
function parseQuery(query: string): QueryTerm[] {
  const typing = !/[\s\p{P}]$/u.test(query);
  const words = query.split(WORD_SEPARATOR).flatMap((w) => normalizeTerm(w) ?? []);
  const terms: QueryTerm[] = [];
  words.forEach((text, i) => {
    const last = typing && i === words.length - 1;
    if (last ? text.length >= MIN_PREFIX || words.length === 1 : !STOP_WORDS.has(text)) {
      terms.push({ text, typing: last && text.length >= MIN_PREFIX });
    }
  });
  return terms.slice(0, MAX_QUERY_TERMS);
}

function maxEdits(term: QueryTerm): number {
  if (term.text.length >= 8) return 2;
  return term.text.length >= (term.typing ? 5 : 4) ? 1 : 0;
}

export class CatalogSearch {
  readonly #index: CompactIndex;
  /** Scratch space reused by every search: score and match mask per document. */
  readonly #scores: Float32Array;
  readonly #termScores: Float32Array;
  readonly #masks: Uint32Array;

  private constructor(index: CompactIndex) {
    this.#index = index;
    const n = index.ids.length;
    this.#scores = new Float32Array(n);
    this.#termScores = new Float32Array(n);
    this.#masks = new Uint32Array(n);
  }

  /** Index `docs`. A second document with the same kind and id is skipped (the first wins). */
  static build(docs: SearchDoc[]): CatalogSearch {
    return new CatalogSearch(buildIndex(uniqueDocs(docs)));
  }

  /**
   * The same index as `build(docs)`, built in slices so no single task blocks the main thread:
   * `nextSlice()` resolves when the caller allows another slice (in a browser, an idle callback),
   * with a deadline whose `timeRemaining()` says how many milliseconds the slice may still use.
   * Each slice does at least one step (one document, or a batch of terms). A rejection from
   * `nextSlice` (the caller gave up) rejects the build.
   */
  static async buildInSlices(docs: SearchDoc[], nextSlice: () => Promise<SliceDeadline>): Promise<CatalogSearch> {
    const steps = indexSteps(uniqueDocs(docs));
    for (;;) {
      const deadline = await nextSlice();
      let step = steps.next();
      while (!step.done && deadline.timeRemaining() > 0) step = steps.next();
      if (step.done) return new CatalogSearch(step.value);
    }
  }

  /** Restore from serialize(); throws a clear Error on an incompatible/corrupt payload (callers then rebuild). */
  static restore(serialized: string): CatalogSearch {
    if (typeof serialized !== 'string') throw new Error('Cannot restore the search index: expected a string');
    return new CatalogSearch(fromPayload(serialized));
  }

  /** JSON with a format name and version, for IndexedDB or a file. */
  serialize(): string {
    return toPayload(this.#index);
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.#index.ids.length;
  }

  /**
   * Search-as-you-type: prefix on the last term, light fuzziness for longer terms, title boosted;
   * with `locale`, documents in that language come first. Empty/whitespace query → [].
   */
  search(query: string, options: { limit?: number; locale?: string } = {}): SearchHit[] {
    if (typeof query !== 'string') return [];
    const terms = parseQuery(query.slice(0, SEARCH_QUERY_MAX));
    if (terms.length === 0) return [];
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const expansions = terms.map((term) => this.#expand(term));
    const touched = this.#accumulate(expansions);
    try {
      const all = (1 << terms.length) - 1;
      let candidates = touched.filter((d) => this.#masks[d] === all);
      if (candidates.length === 0 && terms.length > 1) {
        // OR: scale by the share of words matched, so more words matched ranks higher.
        for (const d of touched) this.#scores[d] = (this.#scores[d] as number) * (popcount(this.#masks[d] as number) / terms.length);
        candidates = touched;
      }
      return this.#top(candidates, limit, options.locale).map((d) => this.#hit(d, terms, expansions));
    } finally {
      for (const d of touched) {
        this.#scores[d] = 0;
        this.#masks[d] = 0;
      }
    }
  }

  /** Index terms a query term matches, with how much each match counts. */
  #expand(term: QueryTerm): Expansion[] {
    const { terms } = this.#index;
    const found = new Map<number, Expansion>();
    const add = (t: number, quality: number, fuzzy: boolean) => {
      const known = found.get(t);
      if (!known || known.quality < quality) found.set(t, { term: t, quality, fuzzy });
    };
    const q = term.text;
    if (term.typing) {
      const [from, to] = prefixRange(terms, q);
      for (let t = from; t < to; t++) {
        const length = (terms[t] as string).length;
        add(t, length === q.length ? QUALITY.exact : QUALITY.prefixBase + (QUALITY.prefixByLength * q.length) / length, false);
      }
    } else {
      const t = exactIndex(terms, q);
      if (t >= 0) add(t, QUALITY.exact, false);
    }
    const edits = maxEdits(term);
    if (edits > 0) {
      // Typos rarely hit the first letter; looking only there keeps this to a slice of the terms.
      const [from, to] = prefixRange(terms, q.charAt(0));
      for (let t = from; t < to; t++) {
        const candidate = terms[t] as string;
        if (candidate.startsWith(q) && term.typing) continue; // already a prefix match
        const distance = editDistance(q, candidate, edits, term.typing);
        if (distance > 0 && distance <= edits) {
          const quality = term.typing && candidate.length !== q.length ? QUALITY.fuzzyPrefix / distance : (QUALITY.fuzzy[distance] ?? 0);
          add(t, quality, true);
        }
      }
    }
    return [...found.values()];
  }

  /** Adds each query term's best match per document to the scores; returns the documents touched. */
  #accumulate(expansions: Expansion[][]): number[] {
    const { offsets, docs, weights } = this.#index;
    const scores = this.#scores;
    const termScores = this.#termScores;
    const masks = this.#masks;
    const touched: number[] = [];
    expansions.forEach((list, i) => {
      const bit = 1 << i;
      const forTerm: number[] = [];
      for (const { term, quality } of list) {
        const end = offsets[term + 1] as number;
        for (let p = offsets[term] as number; p < end; p++) {
          const d = docs[p] as number;
          const s = (weights[p] as number) * quality;
          const current = termScores[d] as number;
          if (current === 0) forTerm.push(d);
          if (s > current) termScores[d] = s;
        }
      }
      for (const d of forTerm) {
        if (masks[d] === 0) touched.push(d);
        scores[d] = (scores[d] as number) + (termScores[d] as number);
        masks[d] = (masks[d] as number) | bit;
        termScores[d] = 0;
      }
    });
    return touched;
  }

  /** The best `limit` documents: preferred language first, then score, then catalog order. */
  #top(candidates: number[], limit: number, locale: string | undefined): number[] {
    const preferred = this.#index.localeNames.map((name) => (locale ? sameLanguage(name, locale) : false));
    const rank = (d: number) => (preferred[this.#index.locales[d] as number] ? 1e9 : 0) + (this.#scores[d] as number);
    const best: number[] = [];
    const ranks: number[] = [];
    for (const d of candidates) {
      const r = rank(d);
      if (best.length === limit && r <= (ranks[limit - 1] as number)) continue;
      let i = best.length === limit ? limit - 1 : best.length;
      while (i > 0 && ((ranks[i - 1] as number) < r || (ranks[i - 1] === r && (best[i - 1] as number) > d))) {
        best[i] = best[i - 1] as number;
        ranks[i] = ranks[i - 1] as number;
        i--;
      }
      best[i] = d;
      ranks[i] = r;
    }
    return best;
  }

  #hit(d: number, terms: QueryTerm[], expansions: Expansion[][]): SearchHit {
    const index = this.#index;
    const mask = this.#masks[d] as number;
    const matched = new Set<string>();
    terms.forEach((term, i) => {
      if ((mask & (1 << i)) === 0) return;
      matched.add(term.text);
      // A typo highlights nothing in the title; the word it matched does.
      for (const e of expansions[i] ?? []) if (e.fuzzy && this.#contains(e.term, d)) matched.add(index.terms[e.term] as string);
    });
    return {
      id: index.ids[d] as string,
      kind: KINDS[index.kinds[d] as number] ?? 'article',
      title: index.titles[d] as string,
      summary: index.summaries[d] as string,
      score: Math.round((this.#scores[d] as number) * 1000) / 1000,
      terms: [...matched],
    };
  }

  /** Whether document `d` has term `t` (postings are sorted by document). */
  #contains(t: number, d: number): boolean {
    const { offsets, docs } = this.#index;
    let lo = offsets[t] as number;
    let hi = offsets[t + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((docs[mid] as number) < d) lo = mid + 1;
      else hi = mid;
    }
    return lo < (offsets[t + 1] as number) && docs[lo] === d;
  }
}

/** What an idle callback's deadline offers (`IdleDeadline` in browsers). */
export interface SliceDeadline {
  timeRemaining(): number;
}

/** A second document with the same kind and id is skipped (the first wins). */
function uniqueDocs(docs: SearchDoc[]): SearchDoc[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const key = `${doc.kind}:${doc.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

