/**
 * The search index: a sorted term list and, per term, postings (document, weight) in flat typed
 * arrays. Weights are BM25F scores computed once at build time (field boosts, term frequency
 * saturation, field-length normalisation, idf), so a query only adds numbers and restoring from
 * cache only copies arrays.
 *
 * Why not MiniSearch: at 10,000 articles (title, summary, tags, headings), tuned, it measured p95
 * ≈ 10 ms per keystroke, ≈ 22 MB heap and ≈ 290 ms to restore (a Map per term and field, a result
 * object per matching document). See bench/search.bench.ts and the budgets in DESIGN.md.
 */
import type { SearchDoc } from './docs.js';
import { normalizeTerm, WORD_SEPARATOR } from './normalize.js';
import { STOP_WORDS } from './stop-words.js';

export const KINDS = ['article', 'lesson'] as const;

export interface CompactIndex {
  ids: string[];
  /** Index into KINDS per document. */
  kinds: Uint8Array;
  titles: string[];
  summaries: string[];
  /** Index into `localeNames` per document. */
  locales: Uint16Array;
  localeNames: string[];
  /** Sorted (code-unit order), unique, normalised. */
  terms: string[];
  /** Postings of term t are [offsets[t], offsets[t + 1]). */
  offsets: Uint32Array;
  /** Document index per posting, ascending within a term. */
  docs: Uint32Array;
  /** Score contribution per posting, > 0. */
  weights: Float32Array;
}

/** Title first; tags and headings are what people search by; contexts only break ties. */
const FIELDS = [
  { boost: 4, text: (d: SearchDoc) => d.title },
  { boost: 1, text: (d: SearchDoc) => d.summary },
  { boost: 2, text: (d: SearchDoc) => (d.tags ?? []).join(' \n ') },
  { boost: 1.5, text: (d: SearchDoc) => (d.headings ?? []).join(' \n ') },
  { boost: 0.5, text: (d: SearchDoc) => (d.contexts ?? []).join(' \n ') },
] as const;
const K1 = 1.2;
const B = 0.7;

/** Words of `text` as index terms: normalised, without stop words. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(WORD_SEPARATOR)) {
    const term = normalizeTerm(word);
    if (term !== null && !STOP_WORDS.has(term)) terms.push(term);
  }
  return terms;
}

/**
 * Builds the index in resumable steps: a generator that yields after each document it tokenises
 * and after every `TERMS_PER_STEP` terms of postings, so a browser can spread a large build over
 * idle periods (`CatalogSearch.buildInSlices`) instead of blocking the main thread. Running it to
 * the end in one go (`buildIndex`) gives the same index.
 */
export function* indexSteps(docs: readonly SearchDoc[]): Generator<void, CompactIndex, void> {
  const n = docs.length;
  const fieldCount = FIELDS.length;
  const lengths = new Float64Array(n * fieldCount);
  const totals = new Float64Array(fieldCount);
  /** term → [doc, field, tf, doc, field, tf, …] in document order. */
  const raw = new Map<string, number[]>();
  for (let d = 0; d < n; d++) {
    const doc = docs[d] as SearchDoc;
    FIELDS.forEach((field, f) => {
      const terms = indexTerms(field.text(doc) ?? '');
      lengths[d * fieldCount + f] = terms.length;
      totals[f] = (totals[f] as number) + terms.length;
      const tf = new Map<string, number>();
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const [term, count] of tf) {
        let list = raw.get(term);
        if (!list) raw.set(term, (list = []));
        list.push(d, f, count);
      }
    });
    yield;
  }
  const averages = Array.from(totals, (total) => Math.max(total / Math.max(n, 1), 1));

  const terms = [...raw.keys()].sort();
  yield;
  const offsets = new Uint32Array(terms.length + 1);
  let postingCount = 0;
  const perTerm: Array<{ docs: number[]; scores: number[] }> = [];
  for (let t = 0; t < terms.length; t++) {
    const list = raw.get(terms[t] as string) as number[];
    const docsOfTerm: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < list.length; i += 3) {
      const d = list[i] as number;
      const f = list[i + 1] as number;
      const tf = list[i + 2] as number;
      const norm = 1 - B + (B * (lengths[d * fieldCount + f] as number)) / (averages[f] as number);
      const score = ((FIELDS[f]?.boost ?? 1) * tf * (K1 + 1)) / (tf + K1 * norm);
      if (docsOfTerm[docsOfTerm.length - 1] === d) scores[scores.length - 1] = (scores[scores.length - 1] as number) + score;
      else {
        docsOfTerm.push(d);
        scores.push(score);
      }
    }
    const idf = Math.log(1 + (n - docsOfTerm.length + 0.5) / (docsOfTerm.length + 0.5));
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) * idf;
    offsets[t] = postingCount;
    postingCount += docsOfTerm.length;
    perTerm.push({ docs: docsOfTerm, scores });
    if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  offsets[terms.length] = postingCount;

  const postingDocs = new Uint32Array(postingCount);
  const weights = new Float32Array(postingCount);
  perTerm.forEach(({ docs: docsOfTerm, scores }, t) => {
    const start = offsets[t] as number;
    postingDocs.set(docsOfTerm, start);
    // Quantised like the serialised form, so a restored index ranks exactly like a built one.
    scores.forEach((s, i) => (weights[start + i] = quantize(s) / WEIGHT_SCALE));
  });

  const localeNames = [...new Set(docs.map((d) => d.locale))];
  const localeIndex = new Map(localeNames.map((l, i) => [l, i]));
  return {
    ids: docs.map((d) => d.id),
    kinds: Uint8Array.from(docs, (d) => (d.kind === 'lesson' ? 1 : 0)),
    titles: docs.map((d) => d.title),
    summaries: docs.map((d) => d.summary ?? ''),
    locales: Uint16Array.from(docs, (d) => localeIndex.get(d.locale) ?? 0),
    localeNames,
    terms,
    offsets,
    docs: postingDocs,
    weights,
  };
}

/** Terms whose postings are computed between two yields of `indexSteps`. */
const TERMS_PER_STEP = 500;

/** The whole index at once. */
export function buildIndex(docs: readonly SearchDoc[]): CompactIndex {
  const steps = indexSteps(docs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Weights are stored as integers: hundredths, at least 1, so every posting still counts. */
export const WEIGHT_SCALE = 100;
export function quantize(weight: number): number {
  return Math.max(1, Math.round(weight * WEIGHT_SCALE));
}
