import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suggestForContext } from '../../../src/search/index.js';

interface Item {
  id: string;
  tags: string[];
  contexts: string[];
  locale: string;
  updatedAt: string;
}

const item = (id: string, partial: Partial<Item> = {}): Item => ({ id, tags: [], contexts: [], locale: 'en', updatedAt: '2026-10-01T08:00:00Z', ...partial });
const ids = (items: Item[]) => items.map((i) => i.id);

describe('suggestForContext', () => {
  it('ranks exact screen, then parent screen, then shared tags, then record type', () => {
    const items = [
      item('by-record', { tags: ['opportunity'] }),
      item('by-tag', { tags: ['pipeline'] }),
      item('parent', { contexts: ['crm'] }),
      item('exact', { contexts: ['crm/opportunity'] }),
      item('unrelated', { contexts: ['erp/purchase-order'], tags: ['suppliers'] }),
    ];
    const context = { screen: 'crm/opportunity', tags: ['pipeline'], record: { type: 'opportunity' } };
    assert.deepEqual(ids(suggestForContext(items, context)), ['exact', 'parent', 'by-tag', 'by-record']);
  });

  it('prefers the nearer ancestor screen', () => {
    const items = [item('crm', { contexts: ['crm'] }), item('opportunity', { contexts: ['crm/opportunity'] })];
    assert.deepEqual(ids(suggestForContext(items, { screen: 'crm/opportunity/lines' })), ['opportunity', 'crm']);
  });

  it('does not treat a sibling or a child screen, or a look-alike prefix, as related', () => {
    const items = [item('child', { contexts: ['crm/opportunity/lines'] }), item('sibling', { contexts: ['crm/account'] }), item('lookalike', { contexts: ['crm/opp'] })];
    assert.deepEqual(suggestForContext(items, { screen: 'crm/opportunity' }), []);
  });

  it('ranks more shared tags higher, matching tags regardless of case and diacritics', () => {
    const items = [item('one', { tags: ['Pipeline'] }), item('two', { tags: ['pipeline', 'Försäljning'] })];
    assert.deepEqual(ids(suggestForContext(items, { tags: ['PIPELINE', 'forsaljning'] })), ['two', 'one']);
  });

  it('uses an exact screen match before any number of shared tags', () => {
    const items = [item('tags', { tags: ['a', 'b', 'c'] }), item('screen', { contexts: ['crm/quote'] })];
    assert.deepEqual(ids(suggestForContext(items, { screen: 'crm/quote', tags: ['a', 'b', 'c'] })), ['screen', 'tags']);
  });

  it('prefers the requested language among equals without dropping the others', () => {
    const items = [item('en', { contexts: ['crm/quote'] }), item('sv', { contexts: ['crm/quote'], locale: 'sv' })];
    assert.deepEqual(ids(suggestForContext(items, { screen: 'crm/quote' }, { locale: 'sv-SE' })), ['sv', 'en']);
    // Relevance still comes first: an English exact match beats a Swedish parent match.
    const mixed = [item('sv-parent', { contexts: ['crm'], locale: 'sv' }), item('en-exact', { contexts: ['crm/quote'] })];
    assert.deepEqual(ids(suggestForContext(mixed, { screen: 'crm/quote' }, { locale: 'sv' })), ['en-exact', 'sv-parent']);
  });

  it('breaks ties by the most recently updated, comparing instants not strings', () => {
    const items = [
      item('older', { contexts: ['crm/quote'], updatedAt: '2026-10-01T09:00:00Z' }),
      item('newer', { contexts: ['crm/quote'], updatedAt: '2026-10-01T10:30:00+02:00' }), // 08:30Z: older than 09:00Z
      item('newest', { contexts: ['crm/quote'], updatedAt: '2026-10-02T00:00:00Z' }),
    ];
    assert.deepEqual(ids(suggestForContext(items, { screen: 'crm/quote' })), ['newest', 'older', 'newer']);
  });

  it('returns nothing for an empty context and respects the limit (default 5)', () => {
    const items = Array.from({ length: 8 }, (_, i) => item(`i${i}`, { contexts: ['crm/quote'] }));
    assert.deepEqual(suggestForContext(items, {}), []);
    assert.equal(suggestForContext(items, { screen: 'crm/quote' }).length, 5);
    assert.equal(suggestForContext(items, { screen: 'crm/quote' }, { limit: 2 }).length, 2);
  });

  it('returns the caller’s own objects, untouched', () => {
    const items = [item('a', { contexts: ['crm/quote'] })];
    const [result] = suggestForContext(items, { screen: 'crm/quote' });
    assert.equal(result, items[0]);
  });
});
