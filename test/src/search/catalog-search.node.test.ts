import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, SearchHit } from '../../../src/protocol/index.js';
import { CatalogSearch, docsFromCatalog, SEARCH_FORMAT_VERSION } from '../../../src/search/index.js';
import { DOCS, doc } from './fixtures.js';

const search = CatalogSearch.build(DOCS);
const ids = (query: string, options?: { limit?: number; locale?: string }) => search.search(query, options).map((h) => `${h.kind}:${h.id}`);
const first = (query: string, options?: { limit?: number; locale?: string }) => ids(query, options)[0];

describe('docsFromCatalog', () => {
  it('turns articles and lessons into search documents', () => {
    const catalog = Catalog.parse({
      version: 'v1',
      generatedAt: '2026-11-01T08:00:00Z',
      articles: [{ id: 'close-dates', title: 'Close dates', tags: ['pipeline'], headings: ['Why'], contexts: ['crm/opportunity'], updatedAt: '2026-11-01T08:00:00Z' }],
      lessons: [{ id: 'discounts-101', title: 'Discounts', minutes: 2, locale: 'sv', updatedAt: '2026-11-01T08:00:00Z' }],
    });
    assert.deepEqual(docsFromCatalog(catalog), [
      { id: 'close-dates', kind: 'article', title: 'Close dates', summary: '', tags: ['pipeline'], headings: ['Why'], contexts: ['crm/opportunity'], locale: 'en' },
      { id: 'discounts-101', kind: 'lesson', title: 'Discounts', summary: '', tags: [], headings: [], contexts: [], locale: 'sv' },
    ]);
  });
});

describe('CatalogSearch', () => {
  it('indexes every document, articles and lessons sharing an id included, and skips repeats', () => {
    assert.equal(search.size, DOCS.length);
    assert.equal(CatalogSearch.build([...DOCS, doc({ id: 'close-dates', title: 'Duplicate' })]).size, DOCS.length);
    assert.equal(CatalogSearch.build([]).search('anything').length, 0);
  });

  describe('buildInSlices', () => {
    it('builds the same index as build(), a step per slice when no time is left', async () => {
      let slices = 0;
      const sliced = await CatalogSearch.buildInSlices([...DOCS, doc({ id: 'close-dates', title: 'Duplicate' })], async () => {
        slices++;
        return { timeRemaining: () => 0 };
      });
      assert.equal(sliced.serialize(), search.serialize());
      // One per document, one for sorting the terms, one per batch of postings: many slices, not one.
      assert.ok(slices > DOCS.length, `${slices} slices for ${DOCS.length} documents`);
    });

    it('runs to the end in one slice while time remains', async () => {
      let slices = 0;
      const built = await CatalogSearch.buildInSlices(DOCS, async () => {
        slices++;
        return { timeRemaining: () => 10 };
      });
      assert.equal(slices, 1);
      assert.deepEqual(built.search('credit hold'), search.search('credit hold'));
    });

    it('gives up when the caller stops handing out slices', async () => {
      await assert.rejects(
        CatalogSearch.buildInSlices(DOCS, () => Promise.reject(new Error('session ended'))),
        /session ended/,
      );
    });
  });

  it('normalises plain ASCII and accented text alike', () => {
    const mixed = CatalogSearch.build([doc({ id: 'sales', title: 'FÖRSÄLJNING and Straße' }), doc({ id: 'plain', title: 'FORSALJNING Report' })]);
    assert.deepEqual(new Set(mixed.search('forsaljning').map((h) => h.id)), new Set(['sales', 'plain']));
    assert.deepEqual(mixed.search('strasse').map((h) => h.id), ['sales']);
  });

  it('returns hits in the protocol SearchHit shape', () => {
    const [hit] = search.search('credit hold');
    assert.ok(hit);
    assert.deepEqual(SearchHit.parse(hit), hit);
    assert.equal(hit.id, 'credit-hold');
    assert.equal(hit.kind, 'article');
    assert.equal(hit.title, 'Customers on credit hold');
    assert.equal(hit.summary, 'Finance sets a credit hold; no new quotes until it is lifted.');
    assert.ok(hit.score > 0);
    assert.deepEqual(hit.terms, ['credit', 'hold']);
  });

  it('returns nothing for an empty or whitespace query', () => {
    assert.deepEqual(search.search(''), []);
    assert.deepEqual(search.search('   \n'), []);
    assert.deepEqual(search.search(undefined as unknown as string), []);
  });

  describe('as you type', () => {
    it('finds the article from the third letter of the word being typed', () => {
      const typed = 'close dates';
      for (let i = 3; i <= typed.length; i++) {
        const prefix = typed.slice(0, i);
        if (prefix.endsWith(' ')) continue;
        assert.equal(first(prefix), 'article:close-dates', `after typing "${prefix}"`);
      }
      assert.equal(first('forec'), 'article:forecast-monday');
    });

    it('matches one or two letters as whole words only', () => {
      assert.deepEqual(ids('cl'), []);
      assert.deepEqual(ids('po'), ['article:po-cost-centre']); // the tag "PO"
    });

    it('keeps the results of the words before a short word still being typed', () => {
      assert.deepEqual(ids('credit h'), ids('credit'));
      assert.deepEqual(ids('credit ho'), ids('credit'));
      assert.equal(first('credit hol'), 'article:credit-hold');
    });

    it('treats only the word being typed as a prefix', () => {
      assert.deepEqual(ids('clo '), []); // finished word: "clo" is not a word
      // Nor when it is not the last word: only "dates" matches (through the any-word fallback).
      const [hit, ...rest] = search.search('clo dates');
      assert.deepEqual([hit?.id, rest.length], ['close-dates', 0]);
      assert.ok(hit?.terms.includes('dates') && !hit.terms.includes('clo'));
      assert.equal(first('dates clo'), 'article:close-dates');
    });

    it('ignores stop words except the word being typed', () => {
      assert.equal(first('how do I push a close date'), 'article:close-dates');
      assert.equal(first('när går rabatt'), 'article:forsaljning-rabatt');
      assert.deepEqual(ids('how to '), []);
    });
  });

  describe('typos', () => {
    it('finds words one edit away from four letters on, a swapped pair counting as one', () => {
      assert.equal(first('dicount '), 'article:discount-approval');
      assert.equal(first('cloes dates'), 'article:close-dates');
      assert.equal(first('forcast '), 'article:forecast-monday');
    });

    it('finds the start of a word being typed with a typo from five letters on', () => {
      assert.equal(first('aprova'), 'article:discount-approval');
    });

    it('does not guess on short words', () => {
      assert.deepEqual(ids('dat '), []); // "date" is one edit away but three letters say too little
    });

    it('reports the word a typo matched, for highlighting', () => {
      const [hit] = search.search('dicount ');
      assert.ok(hit?.terms.includes('dicount'));
      assert.ok(hit?.terms.includes('discount'));
    });
  });

  describe('ranking', () => {
    it('ranks a title match above the same words in tags, headings or summary', () => {
      const ranked = CatalogSearch.build([
        doc({ id: 'in-summary', title: 'Account owners', summary: 'Moving an account on credit hold to another owner.' }),
        doc({ id: 'in-heading', title: 'Account segments', headings: ['Credit hold and segments'] }),
        doc({ id: 'in-tags', title: 'Payment reminders', tags: ['credit hold'] }),
        doc({ id: 'in-title', title: 'Credit hold', summary: 'What Finance does.' }),
      ]);
      assert.deepEqual(
        ranked.search('credit hold').map((h) => h.id),
        ['in-title', 'in-tags', 'in-heading', 'in-summary'],
      );
    });

    it('ranks a whole-word match above a longer word it is the start of', () => {
      const ranked = CatalogSearch.build([doc({ id: 'quotes', title: 'Quoteslist export' }), doc({ id: 'quote', title: 'Quote export' })]);
      assert.deepEqual(ranked.search('quote').map((h) => h.id), ['quote', 'quotes']);
    });

    it('requires every word, and falls back to any word when no document has them all', () => {
      assert.deepEqual(ids('discount pdf'), ['article:quote-pdf']);
      const anyWord = ids('discount zebra');
      assert.ok(anyWord.includes('article:discount-approval'));
      assert.ok(!anyWord.includes('article:credit-hold'));
    });

    it('respects the limit (default 10)', () => {
      const many = CatalogSearch.build(Array.from({ length: 30 }, (_, i) => doc({ id: `pump-${i}`, title: `Pump model ${i}` })));
      assert.equal(many.search('pump').length, 10);
      assert.equal(many.search('pump', { limit: 3 }).length, 3);
    });
  });

  describe('languages', () => {
    it('matches Swedish and German words with or without diacritics', () => {
      assert.equal(first('forsaljning'), 'article:forsaljning-rabatt');
      assert.equal(first('Försälj'), 'article:forsaljning-rabatt');
      assert.equal(first('kopsorder'), 'article:kopsorder');
      assert.equal(first('attestgrans'), 'article:kopsorder');
      assert.equal(first('ubersicht'), 'article:ersatzteile');
      assert.equal(first('strasse'), 'article:ersatzteile');
      assert.equal(first('aussendienst'), 'article:ersatzteile');
    });

    it('ranks documents in the requested language first, keeping the others after them', () => {
      const bilingual = CatalogSearch.build([
        doc({ id: 'en-strong', title: 'Discount rules', summary: 'Discount discount discount.', locale: 'en' }),
        doc({ id: 'sv-weak', title: 'Prisdesken', summary: 'Om discount på förnyelser.', locale: 'sv' }),
      ]);
      assert.deepEqual(bilingual.search('discount').map((h) => h.id), ['en-strong', 'sv-weak']);
      assert.deepEqual(bilingual.search('discount', { locale: 'sv' }).map((h) => h.id), ['sv-weak', 'en-strong']);
      assert.deepEqual(bilingual.search('discount', { locale: 'sv-SE' }).map((h) => h.id), ['sv-weak', 'en-strong']);
    });
  });

  describe('serialize and restore', () => {
    it('restores an index that answers exactly like the original', () => {
      const serialized = search.serialize();
      const restored = CatalogSearch.restore(serialized);
      assert.equal(restored.size, search.size);
      assert.equal(restored.serialize(), serialized);
      for (const query of ['clo', 'close dates', 'dicount ', 'forsaljning', 'discount zebra', 'pricing', 'aprova', 'po']) {
        for (const locale of [undefined, 'sv']) {
          assert.deepEqual(restored.search(query, { locale }), search.search(query, { locale }), `"${query}" ${locale ?? ''}`);
        }
      }
    });

    it('includes a format version', () => {
      const payload = JSON.parse(search.serialize()) as { format: string; version: number };
      assert.equal(payload.format, 'learnflow-search');
      assert.equal(payload.version, SEARCH_FORMAT_VERSION);
    });

    const corrupt: Array<[string, (payload: Record<string, unknown>) => unknown]> = [
      ['another format', (p) => ({ ...p, format: 'minisearch' })],
      ['an older version', (p) => ({ ...p, version: SEARCH_FORMAT_VERSION - 1 })],
      ['missing documents', (p) => ({ ...p, docs: undefined })],
      ['titles not matching ids', (p) => ({ ...p, docs: { ...(p.docs as object), titles: ['x'] } })],
      ['an unknown kind', (p) => ({ ...p, docs: { ...(p.docs as object), kinds: (p.docs as { kinds: number[] }).kinds.map(() => 7) } })],
      ['unsorted terms', (p) => ({ ...p, terms: [...(p.terms as string[])].reverse() })],
      ['truncated postings', (p) => ({ ...p, postings: (p.postings as string).slice(0, -5) })],
      ['extra postings', (p) => ({ ...p, postings: `${p.postings as string}BB` })],
      ['garbage in postings', (p) => ({ ...p, postings: `!${(p.postings as string).slice(1)}` })],
      ['huge posting counts', (p) => ({ ...p, counts: '_____B' })],
      ['a posting past the last document', (p) => ({ ...p, postings: `${'_'.repeat(6)}D${(p.postings as string).slice(2)}` })],
    ];
    for (const [what, tamper] of corrupt) {
      it(`throws a clear error on ${what}`, () => {
        const payload = JSON.parse(search.serialize()) as Record<string, unknown>;
        assert.throws(() => CatalogSearch.restore(JSON.stringify(tamper(payload))), /^Error: Cannot restore the search index: /);
      });
    }

    it('throws a clear error on text that is not JSON or not an object', () => {
      for (const text of ['', '{"format":', 'null', '42', '[]']) {
        assert.throws(() => CatalogSearch.restore(text), /Cannot restore the search index/, JSON.stringify(text));
      }
    });
  });
});
