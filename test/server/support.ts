/**
 * Helpers for the server tests: temp folders, article files, and a REAL server on loopback
 * port 0 with its own SQLite file. Nothing is mocked.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_CONTENT = join(ROOT, 'demo/content');

export interface TempDir {
  path: string;
  remove(): void;
}

export function tempDir(prefix = 'learnflow-server-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A valid article's front matter; override or delete (`undefined`) fields per test. */
export function frontMatter(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    id,
    title: `Article ${id}`,
    summary: `What ${id} is about.`,
    tags: ['pipeline'],
    contexts: ['crm/opportunity'],
    locale: 'en',
    owner: 'Sales operations',
    updatedAt: '2026-10-01T09:00:00Z',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

export function writeArticle(dir: string, file: string, fields: Record<string, unknown>, body = '## First section\n\nSome text.\n'): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, `---\n${stringify(fields)}---\n\n${body}`);
  return path;
}

/** Write raw file contents (for broken front matter). */
export function writeRaw(dir: string, file: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, text);
  return path;
}

export interface TestServer extends RunningServer {
  dir: TempDir;
  dbFile: string;
}

/** Starts the real server with a fresh SQLite file in a temp folder; `close()` removes the folder. */
export async function startTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const dir = tempDir();
  const dbFile = join(dir.path, 'learn.db');
  const server = await startServer({ port: 0, dbFile, quiet: true, ...options });
  return {
    ...server,
    dir,
    dbFile,
    async close() {
      await server.close();
      dir.remove();
    },
  };
}

/** JSON body of a response, typed loosely for assertions. */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

/** A token secret for tests (HS256 needs ≥ 32 bytes). */
export const TEST_SECRET = 'test-secret-of-at-least-32-bytes-0123456789';

/** Headers of a signed-in JSON write. */
export function writeHeaders(token: string, key: string = crypto.randomUUID()): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key };
}
