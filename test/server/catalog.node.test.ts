/** The served catalog follows the database, including imports made by another process. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CatalogStore } from '../../server/catalog/store.js';
import { importArticles } from '../../server/content/import.js';
import { openDatabase, type Db } from '../../server/db/database.js';
import { createLogger } from '../../server/log.js';
import { frontMatter, tempDir, writeArticle, type TempDir } from './support.js';

describe('catalog snapshots', () => {
  let tmp: TempDir;
  let server: Db;
  let cli: Db;

  before(async () => {
    tmp = tempDir();
    const file = join(tmp.path, 'learn.db');
    // Two connections to one file, as `learnflow serve` and `learnflow import` have.
    server = await openDatabase({ file });
    cli = await openDatabase({ file });
  });
  after(async () => {
    await server?.destroy();
    await cli?.destroy();
    tmp?.remove();
  });

  it('starts empty, then picks up an import by another connection on its next look', async () => {
    const store = await CatalogStore.open(server, { revalidateMs: 0, log: createLogger({ quiet: true }) });
    const empty = await store.current();
    assert.equal(empty.version, 'empty');
    assert.deepEqual(empty.catalog.articles, []);
    assert.deepEqual(empty.search.search('pipeline'), []);

    const content = join(tmp.path, 'content');
    writeArticle(content, 'pipeline-stages.md', frontMatter('pipeline-stages', { title: 'Pipeline stages' }));
    const report = await importArticles(cli, content);

    const next = await store.current();
    assert.equal(next.version, report.version);
    assert.equal(next.etag, `"${report.version}"`);
    assert.deepEqual(next.catalog.articles.map((a) => a.id), ['pipeline-stages']);
    assert.deepEqual(next.search.search('pipeline').map((h) => h.id), ['pipeline-stages'], 'search index rebuilt for the new version');
    assert.equal(JSON.parse(next.json).version, report.version);
  });

  it('keeps the same snapshot (and its search index) while the version is unchanged', async () => {
    const store = await CatalogStore.open(server, { revalidateMs: 0, log: createLogger({ quiet: true }) });
    const first = await store.current();
    const index = first.search;
    const second = await store.current();
    assert.equal(second, first);
    assert.equal(second.search, index);
  });
});
