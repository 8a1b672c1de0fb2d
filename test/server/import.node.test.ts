/** Content import: validation per file, one transaction, replace-the-folder semantics, stable versions. */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticles } from '../../server/content/import.js';
import { openDatabase, type Db } from '../../server/db/database.js';
import { DEMO_CONTENT, frontMatter, tempDir, writeArticle, writeRaw, type TempDir } from './support.js';

describe('content import', () => {
  let tmp: TempDir;
  let db: Db;
  let content: string;

  before(() => {
    tmp = tempDir();
  });
  after(() => tmp.remove());

  beforeEach(async () => {
    await db?.destroy();
    const run = tempDir();
    db = await openDatabase({ file: join(run.path, 'learn.db') });
    content = join(run.path, 'content');
  });

  after(async () => db?.destroy());

  async function ids(): Promise<string[]> {
    return (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => r.id);
  }

  it('imports every demo article (content root with an articles/ folder)', async () => {
    const files = readdirSync(join(DEMO_CONTENT, 'articles')).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 30, `demo has ${files.length} articles`);
    const report = await importArticles(db, DEMO_CONTENT);
    assert.deepEqual(report.refused, []);
    assert.equal(report.added.length, files.length);
    assert.equal((await ids()).length, files.length);
    const row = await db.selectFrom('articles').select(['headings', 'tags']).where('id', '=', 'close-dates').executeTakeFirstOrThrow();
    assert.ok((JSON.parse(row.headings) as string[]).length > 0, 'h2/h3 headings extracted');
  });

  it('stores each body rendered and sanitised, outside the content hash', async () => {
    writeArticle(content, 'hostile.md', frontMatter('hostile'), '## Steps\n\nClick <img src=x onerror="alert(1)"> then <script>alert(2)</script>[go](javascript:alert(3)).\n');
    const first = await importArticles(db, content);
    const row = await db.selectFrom('articles').select(['html', 'content_hash']).where('id', '=', 'hostile').executeTakeFirstOrThrow();
    assert.match(row.html ?? '', /<h2>Steps<\/h2>/);
    assert.doesNotMatch(row.html ?? '', /onerror|<script|javascript:/);

    // A database from before html was stored: the next import fills it in, as no change.
    await db.updateTable('articles').set({ html: null }).execute();
    const again = await importArticles(db, content);
    assert.deepEqual([again.added, again.updated, again.unchanged], [[], [], ['hostile']]);
    assert.equal(again.version, first.version);
    assert.equal(again.versionChanged, false);
    const filled = await db.selectFrom('articles').select(['html', 'content_hash']).where('id', '=', 'hostile').executeTakeFirstOrThrow();
    assert.deepEqual(filled, row);
  });

  it('refuses a file without a title with its path, and imports the rest', async () => {
    writeArticle(content, 'good-one.md', frontMatter('good-one'));
    const bad = writeArticle(content, 'no-title.md', frontMatter('no-title', { title: undefined }));
    writeArticle(content, 'good-two.md', frontMatter('good-two'));
    const report = await importArticles(db, content);
    assert.deepEqual(await ids(), ['good-one', 'good-two']);
    assert.equal(report.refused.length, 1);
    assert.equal(report.refused[0]?.path, bad);
    assert.match(report.refused[0]?.reason ?? '', /^title: missing/);
  });

  it('refuses invalid YAML with the line, a bad id, a duplicate id, an over-long body; the rest import', async () => {
    writeArticle(content, 'fine.md', frontMatter('fine'));
    writeRaw(content, 'broken-yaml.md', '---\nid: broken-yaml\ntitle: [unclosed\nsummary: x\n---\n\nBody\n');
    writeArticle(content, 'bad-id.md', frontMatter('Bad Id!'));
    writeArticle(content, 'dup-a.md', frontMatter('dup'));
    writeArticle(content, 'dup-b.md', frontMatter('dup'));
    writeArticle(content, 'huge.md', frontMatter('huge'), 'word '.repeat(25_000));
    writeRaw(content, 'no-front-matter.md', '# Just a heading\n\nText.\n');
    const report = await importArticles(db, content);
    assert.deepEqual(await ids(), ['fine']);
    const reasons = Object.fromEntries(report.refused.map((r) => [r.file, r.reason]));
    assert.match(reasons['broken-yaml.md'] ?? '', /invalid YAML in front matter \(line \d+\)/);
    assert.match(reasons['bad-id.md'] ?? '', /^id: must be a slug/);
    assert.match(reasons['dup-a.md'] ?? '', /duplicate id "dup": also used by dup-b\.md/);
    assert.match(reasons['dup-b.md'] ?? '', /duplicate id "dup": also used by dup-a\.md/);
    assert.match(reasons['huge.md'] ?? '', /^body: Too big/);
    assert.match(reasons['no-front-matter.md'] ?? '', /no front matter/);
    for (const r of report.refused) assert.equal(r.path, join(content, r.file));
  });

  it('replaces the folder’s set: a deleted file disappears, others stay, the version follows content', async () => {
    writeArticle(content, 'a.md', frontMatter('a'));
    writeArticle(content, 'b.md', frontMatter('b'));
    const first = await importArticles(db, content);
    assert.equal(first.versionChanged, true);

    const again = await importArticles(db, content);
    assert.equal(again.version, first.version, 'same content, same version');
    assert.equal(again.versionChanged, false);
    assert.deepEqual(again.unchanged, ['a', 'b']);

    rmSync(join(content, 'b.md'));
    const removed = await importArticles(db, content);
    assert.deepEqual(removed.removed, ['b']);
    assert.deepEqual(await ids(), ['a']);
    assert.notEqual(removed.version, first.version);

    writeArticle(content, 'a.md', frontMatter('a'), '## Changed\n\nNew words.\n');
    const edited = await importArticles(db, content);
    assert.deepEqual(edited.updated, ['a']);
    assert.notEqual(edited.version, removed.version);
  });

  it('keeps the published version of a file that is now refused', async () => {
    writeArticle(content, 'kept.md', frontMatter('kept'));
    await importArticles(db, content);
    writeRaw(content, 'kept.md', '---\nid: kept\ntitle: [oops\n---\nBody\n');
    const report = await importArticles(db, content);
    assert.equal(report.refused[0]?.kept, 'kept');
    assert.deepEqual(await ids(), ['kept']);
  });

  it('accepts a flat folder, list-as-text tags, a date-only updatedAt, and warns about unknown keys', async () => {
    writeRaw(content, 'flat.md', '---\ntitle: Flat file\ntags: pricing, discounts\nupdatedAt: 2026-09-22\ncontexs: [crm/quote]\n---\n\n## Heading with **bold** and `code`\n\nText.\n');
    const report = await importArticles(db, content);
    assert.deepEqual(report.refused, []);
    assert.deepEqual(report.added, ['flat'], 'id defaults to the file name');
    assert.match(report.warnings[0]?.message ?? '', /unknown front matter key "contexs"/);
    const row = await db.selectFrom('articles').selectAll().where('id', '=', 'flat').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.tags), ['pricing', 'discounts']);
    assert.equal(row.updated_at, '2026-09-22T00:00:00Z');
    assert.deepEqual(JSON.parse(row.headings), ['Heading with bold and code']);
  });

  it('reports a missing folder as an error, not as an empty import', async () => {
    await assert.rejects(importArticles(db, join(content, 'nope')), /not a folder/);
  });

  it('tolerates CRLF line ends and a BOM', async () => {
    writeFileSync(join(tmp.path, 'x'), '');
    writeRaw(content, 'windows.md', '\uFEFF---\r\nid: windows\r\ntitle: Written on Windows\r\nupdatedAt: 2026-10-01T09:00:00Z\r\n---\r\n\r\nBody\r\n');
    const report = await importArticles(db, content);
    assert.deepEqual(report.added, ['windows']);
  });
});
