import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VarintReader, VarintWriter } from '../../../src/search/varint.js';
import { CatalogSearch } from '../../../src/search/index.js';

describe('varint strings', () => {
  it('round-trip 0 to 2^32 − 1', () => {
    const values = [0, 1, 31, 32, 33, 1023, 1024, 65_535, 1_000_000, 2 ** 31, 2 ** 32 - 1];
    const writer = new VarintWriter();
    for (let i = 0; i < 500; i++) for (const v of values) writer.push(v); // past the initial buffer
    const reader = new VarintReader(writer.toString());
    for (let i = 0; i < 500; i++) for (const v of values) assert.equal(reader.next(), v);
    assert.equal(reader.done, true);
  });

  it('uses only JSON- and URL-safe characters, one per small number', () => {
    const writer = new VarintWriter();
    for (let v = 0; v < 32; v++) writer.push(v);
    const text = writer.toString();
    assert.equal(text.length, 32);
    assert.match(text, /^[A-Za-z0-9_-]*$/);
  });

  it('refuses what it cannot encode and throws on malformed or truncated text', () => {
    const writer = new VarintWriter();
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN]) assert.throws(() => writer.push(bad), RangeError);
    assert.throws(() => new VarintReader('!').next(), RangeError);
    assert.throws(() => new VarintReader('g').next(), RangeError); // a continuation digit with nothing after it
    assert.throws(() => new VarintReader('').next(), RangeError);
    assert.throws(() => new VarintReader('_'.repeat(20)).next(), RangeError);
  });

  it('lets an empty index round-trip', () => {
    const empty = CatalogSearch.restore(CatalogSearch.build([]).serialize());
    assert.equal(empty.size, 0);
    assert.deepEqual(empty.search('anything'), []);
  });
});
