import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { highlightParts } from '../../../src/search/index.js';

const marked = (text: string, terms: string[]) => highlightParts(text, terms).filter((r) => r.match).map((r) => r.text);

describe('highlightParts', () => {
  it('splits text into matching and plain runs, case-insensitively, at word starts', () => {
    assert.deepEqual(highlightParts('Close dates in the past', ['clo', 'DAT']), [
      { text: 'Clo', match: true },
      { text: 'se ', match: false },
      { text: 'dat', match: true },
      { text: 'es in the past', match: false },
    ]);
  });

  it('matches only the start of words', () => {
    assert.deepEqual(marked('Sales and resale', ['ale', 'sale']), ['Sale']);
    assert.deepEqual(marked('presales', ['sales']), []);
  });

  it('ignores diacritics both ways and keeps the original characters', () => {
    assert.deepEqual(marked('Försäljning och rabatter', ['forsa']), ['Försä']);
    assert.deepEqual(marked('Forsaljning', ['försälj']), ['Forsalj']);
    assert.deepEqual(marked('Übersicht, Café', ['uber', 'cafe']), ['Über', 'Café']);
    assert.deepEqual(marked('Straße', ['strasse']), ['Straße']);
    assert.deepEqual(marked('Straße', ['stras']), ['Straß']);
    // Decomposed input (o + combining diaeresis) keeps its mark inside the highlighted run.
    assert.deepEqual(marked('Fo\u0308rsa\u0308ljning', ['fors']), ['Fo\u0308rs']);
  });

  it('prefers the longest term on a word and merges adjacent runs', () => {
    assert.deepEqual(marked('discounts', ['disc', 'discount']), ['discount']);
    assert.deepEqual(highlightParts('quote', ['quote']), [{ text: 'quote', match: true }]);
  });

  it('splits multi-word terms and ignores empty ones', () => {
    assert.deepEqual(marked('Credit hold on accounts', ['credit hold', '', '  ']), ['Credit', 'hold']);
    assert.deepEqual(highlightParts('Nothing to mark', []), [{ text: 'Nothing to mark', match: false }]);
    assert.deepEqual(highlightParts('', ['a']), []);
  });

  it('returns the text unchanged in its runs, markup included, never HTML of its own', () => {
    for (const [text, terms] of [
      ['<img src=x onerror=alert(1)> discount', ['img', 'discount']],
      ['Försäljning & <b>rabatt</b>', ['rabatt', 'fors']],
      ['10 % over 20 %', ['20']],
    ] as Array<[string, string[]]>) {
      const runs = highlightParts(text, terms);
      assert.equal(runs.map((r) => r.text).join(''), text);
      assert.ok(runs.some((r) => r.match));
    }
  });
});
