/** Lessons: import from <content>/lessons/*.yaml (refusals with path and reason), catalog, GET /v1/lessons/:id, pack. */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ApiError, Catalog, ContentPack, Lesson } from '../../src/protocol/index.js';
import { describeImport } from '../../server/content/describe.js';
import { importArticles } from '../../server/content/import.js';
import { buildPack } from '../../server/content/pack.js';
import { openDatabase, type Db } from '../../server/db/database.js';
import { DEMO_CONTENT, frontMatter, startTestServer, tempDir, writeArticle, writeRaw, type TempDir, type TestServer } from './support.js';

/** A valid lesson; override or delete (`undefined`) fields per test. */
function lessonFields(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    id,
    title: `Lesson ${id}`,
    summary: `What ${id} teaches.`,
    minutes: 2,
    tags: ['pipeline'],
    contexts: ['crm/opportunity'],
    updatedAt: '2026-11-01',
    steps: [
      { id: 'intro', kind: 'text', body: '## Why\n\nBecause <img src=x onerror="alert(1)"> **it matters**.' },
      {
        id: 'check',
        kind: 'quiz',
        question: 'Which stage needs a quote?',
        choices: [
          { id: 'propose', text: 'Propose', correct: true, explanation: 'Moving to Propose needs a quote.' },
          { id: 'qualify', text: 'Qualify', explanation: 'Qualify is too early for a quote.' },
        ],
      },
    ],
    ...overrides,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function writeLesson(content: string, file: string, fields: Record<string, unknown>): string {
  return writeRaw(join(content, 'lessons'), file, stringify(fields));
}

describe('lesson import', () => {
  let run: TempDir;
  let db: Db;
  let content: string;

  beforeEach(async () => {
    await db?.destroy();
    run?.remove();
    run = tempDir();
    db = await openDatabase({ file: join(run.path, 'learn.db') });
    content = join(run.path, 'content');
    writeArticle(join(content, 'articles'), 'close-dates.md', frontMatter('close-dates'));
  });
  after(async () => {
    await db?.destroy();
    run?.remove();
  });

  it('imports every demo lesson', async () => {
    const files = readdirSync(join(DEMO_CONTENT, 'lessons')).filter((f) => /\.ya?ml$/.test(f));
    assert.ok(files.length >= 6, `demo has ${files.length} lessons`);
    const report = await importArticles(db, DEMO_CONTENT);
    assert.deepEqual(report.lessons.refused, []);
    assert.equal(report.lessons.added.length, files.length);
  });

  it('refuses a lesson with no steps, a quiz without a correct choice and an unknown step kind — with path and reason — and imports the rest', async () => {
    writeLesson(content, 'good.yaml', lessonFields('good'));
    const empty = writeLesson(content, 'empty.yaml', lessonFields('empty', { steps: [] }));
    const noCorrect = writeLesson(
      content,
      'no-correct.yml',
      lessonFields('no-correct', { steps: [{ id: 'q1', kind: 'quiz', question: 'Which?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] }] }),
    );
    const unknown = writeLesson(content, 'slides.yaml', lessonFields('slides', { steps: [{ id: 'intro', kind: 'text', body: 'Hi' }, { id: 'deck', kind: 'slideshow', src: 'x.pptx' }] }));
    const broken = writeRaw(join(content, 'lessons'), 'broken.yaml', 'id: broken\ntitle: [unclosed\n');

    const report = await importArticles(db, content);
    const reasons = new Map(report.lessons.refused.map((r) => [r.path, r.reason]));
    assert.deepEqual([...reasons.keys()].sort(), [broken, empty, noCorrect, unknown].sort());
    assert.match(reasons.get(empty) ?? '', /steps: a lesson needs at least one step/);
    assert.match(reasons.get(noCorrect) ?? '', /step 1 \("q1"\) choices: a quiz needs at least one correct choice/);
    assert.match(reasons.get(unknown) ?? '', /step 2 \("deck"\): unknown step kind "slideshow"; use one of text, image, video, checklist, quiz, try-it/);
    assert.match(reasons.get(broken) ?? '', /invalid YAML \(line \d+\)/);
    assert.deepEqual(report.lessons.added, ['good']);
    assert.deepEqual(report.added, ['close-dates'], 'articles import alongside');

    // The report in words, as the CLI and the server log print it: path and reason per file.
    const { problems } = describeImport(report);
    for (const path of [empty, noCorrect, unknown, broken]) assert.ok(problems.some((line) => line.includes(path.split('/').pop() as string) && line.startsWith('refused ')), path);
  });

  it('renders text steps through the article pipeline at import, outside the content hash', async () => {
    writeLesson(content, 'good.yaml', lessonFields('good', { steps: [{ id: 'intro', kind: 'text', body: 'Click <img src=x onerror="alert(1)"> [go](javascript:alert(2))', html: '<script>alert(3)</script>' }, { id: 'done', kind: 'checklist', items: ['Open Helm'] }] }));
    await importArticles(db, content);
    const row = await db.selectFrom('lessons').select('data').where('id', '=', 'good').executeTakeFirstOrThrow();
    const lesson = Lesson.parse(JSON.parse(row.data));
    const step = lesson.steps[0];
    assert.equal(step?.kind, 'text');
    assert.ok(step?.kind === 'text' && step.html, 'the text step carries html');
    assert.doesNotMatch(step.html, /onerror|javascript:|<script/, 'sanitised, and a file cannot supply its own html');
    assert.match(step.html, /<p>Click/);
  });

  it('moves the catalog version when a lesson changes, not when nothing did; a refused file keeps its published version', async () => {
    const path = writeLesson(content, 'good.yaml', lessonFields('good'));
    const first = await importArticles(db, content);
    const again = await importArticles(db, content);
    assert.equal(again.versionChanged, false);
    assert.deepEqual(again.lessons.unchanged, ['good']);

    writeLesson(content, 'good.yaml', lessonFields('good', { title: 'Better title' }));
    const changed = await importArticles(db, content);
    assert.equal(changed.versionChanged, true);
    assert.notEqual(changed.version, first.version);
    assert.deepEqual(changed.lessons.updated, ['good']);

    writeLesson(content, 'good.yaml', lessonFields('good', { steps: [] }));
    const refused = await importArticles(db, content);
    assert.equal(refused.lessons.refused[0]?.kept, 'good');
    assert.equal(refused.versionChanged, false);

    rmSync(path);
    const removed = await importArticles(db, content);
    assert.deepEqual(removed.lessons.removed, ['good']);
    assert.equal(removed.versionChanged, true);
  });

  it('refuses two files with one id, both', async () => {
    writeLesson(content, 'a.yaml', lessonFields('same'));
    writeLesson(content, 'b.yml', lessonFields('same'));
    const report = await importArticles(db, content);
    assert.deepEqual(report.lessons.refused.map((r) => r.file), ['a.yaml', 'b.yml']);
    assert.match(report.lessons.refused[0]?.reason ?? '', /duplicate id "same": also used by b\.yml/);
  });
});

describe('lessons over HTTP and in a pack', () => {
  let run: TempDir;
  let server: TestServer;
  let content: string;

  before(async () => {
    run = tempDir();
    content = join(run.path, 'content');
    writeArticle(join(content, 'articles'), 'close-dates.md', frontMatter('close-dates'));
    writeLesson(content, 'good.yaml', lessonFields('good'));
    writeLesson(content, 'bad.yaml', lessonFields('bad', { steps: [] }));
    server = await startTestServer({ contentDir: content });
  });
  after(async () => {
    await server?.close();
    run?.remove();
  });

  it('lists lessons in the catalog as LessonMeta', async () => {
    const catalog = Catalog.parse(await (await fetch(`${server.url}/v1/catalog`)).json());
    assert.deepEqual(catalog.lessons.map((l) => l.id), ['good']);
    assert.equal('steps' in (catalog.lessons[0] ?? {}), false);
    const health = (await (await fetch(`${server.url}/v1/health`)).json()) as { lessons: number };
    assert.equal(health.lessons, 1);
  });

  it('serves a lesson with ETag and 304, and 404 for an unknown or malformed id', async () => {
    const response = await fetch(`${server.url}/v1/lessons/good`);
    assert.equal(response.status, 200);
    const lesson = Lesson.parse(await response.json());
    assert.equal(lesson.steps.length, 2);
    assert.equal(lesson.passMark, 0.8, 'defaults applied');
    const etag = response.headers.get('etag') ?? '';
    assert.match(etag, /^"[0-9a-f]+"$/);
    const again = await fetch(`${server.url}/v1/lessons/good`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    for (const id of ['bad', 'nope', '..%2Fx']) {
      const missing = await fetch(`${server.url}/v1/lessons/${id}`);
      assert.equal(missing.status, 404);
      assert.equal(ApiError.parse(await missing.json()).error.code, 'not_found');
    }
  });

  it('packs full lessons with rendered html, and the pack agrees with the server on the version', async () => {
    const { pack, lessons } = await buildPack(content);
    const parsed = ContentPack.parse(pack);
    assert.deepEqual(parsed.lessons.map((l) => l.id), ['good']);
    assert.deepEqual(parsed.catalog.lessons.map((l) => l.id), ['good']);
    const text = parsed.lessons[0]?.steps[0];
    assert.ok(text?.kind === 'text' && text.html?.includes('<h2>Why</h2>'));
    assert.equal(lessons.refused.length, 1);
    const catalog = Catalog.parse(await (await fetch(`${server.url}/v1/catalog`)).json());
    assert.equal(parsed.catalog.version, catalog.version);
  });
});
