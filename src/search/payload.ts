/**
 * The serialised index: JSON with a format name and version, documents as parallel arrays, and
 * postings (document gap within a term, quantised weight) as one varint string that parses fast
 * and gzips well. Restoring validates every part, so a corrupt cache becomes a clear error, never an
 * index that answers wrongly.
 */
import { WEIGHT_SCALE, quantize, type CompactIndex } from './compact-index.js';
import { VarintReader, VarintWriter } from './varint.js';

/**
 * Bump whenever the payload, tokenising, normalising, stop words or weighting change: an index
 * cached by an older build then fails to restore and the caller rebuilds it.
 */
export const SEARCH_FORMAT_VERSION = 1;
const FORMAT = 'learnflow-search';

interface Payload {
  format: typeof FORMAT;
  version: number;
  docs: { ids: string[]; kinds: number[]; titles: string[]; summaries: string[]; locales: number[]; localeNames: string[] };
  terms: string[];
  /** Postings per term, as varints. */
  counts: string;
  /** Per posting: document gap (the first of a term is absolute), then weight, as varints. */
  postings: string;
}

export function toPayload(index: CompactIndex): string {
  const counts = new VarintWriter();
  const postings = new VarintWriter();
  for (let t = 0; t < index.terms.length; t++) {
    const start = index.offsets[t] as number;
    const end = index.offsets[t + 1] as number;
    counts.push(end - start);
    let previous = 0;
    for (let p = start; p < end; p++) {
      const doc = index.docs[p] as number;
      postings.push(doc - previous);
      postings.push(quantize(index.weights[p] as number));
      previous = doc;
    }
  }
  const payload: Payload = {
    format: FORMAT,
    version: SEARCH_FORMAT_VERSION,
    docs: {
      ids: index.ids,
      kinds: Array.from(index.kinds),
      titles: index.titles,
      summaries: index.summaries,
      locales: Array.from(index.locales),
      localeNames: index.localeNames,
    },
    terms: index.terms,
    counts: counts.toString(),
    postings: postings.toString(),
  };
  return JSON.stringify(payload);
}

class CorruptIndex extends Error {}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new CorruptIndex(what);
}

function isArrayOf<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function fromPayload(serialized: string): CompactIndex {
  let payload: Partial<Payload> | null;
  try {
    payload = JSON.parse(serialized) as Partial<Payload> | null;
  } catch {
    throw new Error('Cannot restore the search index: the cached copy is not valid JSON');
  }
  if (typeof payload !== 'object' || payload === null || payload.format !== FORMAT) {
    throw new Error('Cannot restore the search index: the cached copy is not a Learnflow search index');
  }
  if (payload.version !== SEARCH_FORMAT_VERSION) {
    throw new Error(`Cannot restore the search index: format version ${String(payload.version)} is not ${SEARCH_FORMAT_VERSION}; rebuild it`);
  }
  try {
    const { docs, terms, counts, postings } = payload;
    check(typeof docs === 'object' && docs !== null, 'no documents');
    const n = Array.isArray(docs.ids) ? docs.ids.length : -1;
    check(isArrayOf(docs.ids, isString), 'document ids');
    check(isArrayOf(docs.titles, isString) && docs.titles.length === n, 'document titles');
    check(isArrayOf(docs.summaries, isString) && docs.summaries.length === n, 'document summaries');
    check(isArrayOf(docs.kinds, (k): k is number => k === 0 || k === 1) && docs.kinds.length === n, 'document kinds');
    check(isArrayOf(docs.localeNames, isString), 'locale names');
    const localeCount = docs.localeNames.length;
    check(isArrayOf(docs.locales, (l): l is number => isCount(l) && l < localeCount) && docs.locales.length === n, 'document locales');
    check(isArrayOf(terms, isString), 'terms');
    for (let t = 1; t < terms.length; t++) check((terms[t - 1] as string) < (terms[t] as string), 'terms out of order');
    check(typeof counts === 'string' && typeof postings === 'string', 'postings');

    const countReader = new VarintReader(counts);
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    for (let t = 0; t < terms.length; t++) {
      total += countReader.next();
      // Every posting takes at least two characters; this bounds what we allocate below.
      check(total <= postings.length / 2, 'posting counts exceed postings');
      offsets[t + 1] = total;
    }
    check(countReader.done, 'posting counts left over');
    const postingDocs = new Uint32Array(total);
    const postingWeights = new Float32Array(total);
    const reader = new VarintReader(postings);
    for (let t = 0; t < terms.length; t++) {
      const start = offsets[t] as number;
      const end = offsets[t + 1] as number;
      let doc = 0;
      for (let p = start; p < end; p++) {
        const gap = reader.next();
        const weight = reader.next();
        check(p === start || gap > 0, 'postings out of order');
        doc += gap;
        check(doc < n && weight > 0, 'posting out of range');
        postingDocs[p] = doc;
        postingWeights[p] = weight / WEIGHT_SCALE;
      }
    }
    check(reader.done, 'postings left over');

    return {
      ids: docs.ids,
      kinds: Uint8Array.from(docs.kinds),
      titles: docs.titles,
      summaries: docs.summaries,
      locales: Uint16Array.from(docs.locales),
      localeNames: docs.localeNames,
      terms,
      offsets,
      docs: postingDocs,
      weights: postingWeights,
    };
  } catch (error) {
    // Malformed varints throw RangeError; anything else here is a bug, not a corrupt cache.
    if (error instanceof CorruptIndex || error instanceof RangeError) {
      throw new Error(`Cannot restore the search index: the cached copy is corrupt (${error.message})`);
    }
    throw error;
  }
}

