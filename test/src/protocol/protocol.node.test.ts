import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Article, Catalog, SearchRequest, WorkContext, formatIssues } from '../../../src/protocol/index.js';

const base = { id: 'close-dates', title: 'Close dates', updatedAt: '2026-11-01T08:00:00Z', body: '# Hi' };

describe('protocol', () => {
  it('fills defaults for an article', () => {
    const article = Article.parse(base);
    assert.deepEqual(article.tags, []);
    assert.equal(article.locale, 'en');
    assert.equal(article.summary, '');
  });

  it('drops unknown fields (the one documented rule)', () => {
    const parsed = Article.parse({ ...base, surprise: 1 }) as Record<string, unknown>;
    assert.equal('surprise' in parsed, false);
  });

  it('refuses an article without a title, naming the field', () => {
    const result = Article.safeParse({ ...base, title: '' });
    assert.equal(result.success, false);
    if (!result.success) assert.equal(formatIssues(result.error)[0]?.path, 'title');
  });

  it('carries the server-rendered html when there is one, bounded, and does without it', () => {
    assert.equal(Article.parse(base).html, undefined);
    assert.equal(Article.parse({ ...base, html: '<h1>Hi</h1>' }).html, '<h1>Hi</h1>');
    const over = Article.safeParse({ ...base, html: 'x'.repeat(400_001) });
    assert.equal(over.success, false);
    if (!over.success) assert.equal(formatIssues(over.error)[0]?.path, 'html');
    assert.equal(Article.safeParse({ ...base, html: 42 }).success, false);
  });

  it('refuses ids that are not slugs', () => {
    assert.equal(Article.safeParse({ ...base, id: '../etc/passwd' }).success, false);
  });

  it('validates screen keys in a context', () => {
    assert.equal(WorkContext.safeParse({ screen: 'crm/opportunity' }).success, true);
    assert.equal(WorkContext.safeParse({ screen: 'CRM Opportunity!' }).success, false);
  });

  it('coerces and bounds the search limit', () => {
    assert.equal(SearchRequest.parse({ q: 'discount', limit: '7' }).limit, 7);
    assert.equal(SearchRequest.safeParse({ q: 'x', limit: '500' }).success, false);
    assert.equal(SearchRequest.safeParse({ q: '   ' }).success, false);
  });

  it('parses a catalog with defaults', () => {
    const c = Catalog.parse({ version: 'abc', generatedAt: '2026-11-01T08:00:00Z', articles: [] });
    assert.deepEqual(c.lessons, []);
  });
});
