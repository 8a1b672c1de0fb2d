/** The `learnflow` CLI, spawned as a person would run it. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ContentPack, Health } from '../../src/protocol/index.js';
import { frontMatter, ROOT, tempDir, writeArticle, writeRaw, type TempDir } from './support.js';

const BIN = join(ROOT, 'bin/learnflow.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without settings that would change what the CLI does. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, CORS_ORIGINS: _c, PORT: _p, BODY_LIMIT: _b, LEARN_DB_FILE: _l, LEARN_TOKEN_SECRET: _t, LRS_ENDPOINT: _e, LRS_USERNAME: _u, LRS_PASSWORD: _w, ...env } = process.env;
  return { ...env, ...extra };
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('learnflow CLI', () => {
  let tmp: TempDir;
  let content: string;
  let badFile: string;

  before(() => {
    tmp = tempDir();
    content = join(tmp.path, 'content');
    writeArticle(content, 'first.md', frontMatter('first'));
    writeArticle(content, 'second.md', frontMatter('second'));
    badFile = writeArticle(content, 'untitled.md', frontMatter('untitled', { title: undefined }));
  });
  after(() => tmp.remove());

  it('import: prints each refused file with path and reason, imports the rest, exits 1', async () => {
    const result = await run(['import', content, '--db', join(tmp.path, 'import.db')]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Imported 2 of 3 article files/);
    assert.ok(result.stderr.includes(`refused ${badFile}: title: missing (required)`), result.stderr);
  });

  it('import: exits 0 when every file is valid', async () => {
    const clean = join(tmp.path, 'clean');
    writeArticle(clean, 'only.md', frontMatter('only'));
    const result = await run(['import', clean, '--db', join(tmp.path, 'clean.db')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Imported 1 of 1/);
  });

  it('import and pack: a refused lesson is printed with its path and reason, fails the command, and the good lesson goes in', async () => {
    const root = join(tmp.path, 'with-lessons');
    writeArticle(join(root, 'articles'), 'only.md', frontMatter('only'));
    writeRaw(join(root, 'lessons'), 'good.yaml', 'title: Good\nminutes: 1\nupdatedAt: 2026-11-01\nsteps:\n  - { id: intro, kind: text, body: "## Hello" }\n');
    const bad = writeRaw(join(root, 'lessons'), 'empty.yml', 'title: Empty\nminutes: 1\nsteps: []\n');
    const imported = await run(['import', root, '--db', join(tmp.path, 'lessons.db')]);
    assert.equal(imported.code, 1, imported.stderr);
    assert.match(imported.stdout, /Lessons: 1 of 2 files \(1 new/);
    assert.ok(imported.stderr.includes(`refused ${bad}: steps: a lesson needs at least one step`), imported.stderr);

    const out = join(tmp.path, 'out', 'lessons-pack.json');
    const packed = await run(['pack', root, out]);
    assert.equal(packed.code, 1);
    assert.ok(packed.stderr.includes(`refused ${bad}`), packed.stderr);
    const pack = ContentPack.parse(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(pack.lessons.map((l) => l.id), ['good']);
    const step = pack.lessons[0]?.steps[0];
    assert.ok(step?.kind === 'text' && step.html?.includes('<h2>Hello</h2>'));
  });

  it('pack: writes a ContentPack that validates and mirrors the good files', async () => {
    const out = join(tmp.path, 'out', 'pack.json');
    const result = await run(['pack', content, out]);
    assert.equal(result.code, 1, 'a refused file still fails the command');
    assert.ok(result.stderr.includes(badFile));
    const pack = ContentPack.parse(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(pack.articles.map((a) => a.id), ['first', 'second']);
    assert.ok(pack.articles.every((a) => a.html?.includes('<h2>')), 'each article carries its rendered body');
    assert.deepEqual(pack.catalog.articles.map((a) => a.id), ['first', 'second']);
    assert.ok(pack.catalog.version.length > 0);
  });

  it('usage mistakes and DATABASE_URL exit 2 with a message', async () => {
    const [unknown, pg, help, badOption] = await Promise.all([
      run(['import']),
      run(['import', content], { DATABASE_URL: 'postgres://localhost/learn' }),
      run(['help']),
      run(['serve', '--prot', '80']),
    ]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /usage: learnflow import <dir>/);
    assert.equal(pg.code, 2);
    assert.match(pg.stderr, /PostgreSQL is not supported yet/);
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /unknown option --prot/);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /learnflow serve/);
  });

  it('serve: listens, answers, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(tmp.path, 'serve.db'), '--content', content], { cwd: ROOT, env: cleanEnv() });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        stdout += `${line}\n`;
        const match = /listening on (http:\/\/\S+?) /.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('close', (code) => reject(new Error(`exited ${code} before listening:\n${stdout}`)));
    });
    const health = Health.parse(await (await fetch(`${url}/v1/health`)).json());
    assert.equal(health.articles, 2);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
