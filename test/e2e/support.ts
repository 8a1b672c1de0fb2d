/**
 * End-to-end support: build the demo with Vite, start the REAL reference server on loopback
 * (SQLite file in a temp dir, demo content imported), and drive Debian's Chromium with
 * puppeteer-core. Nothing here is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../server/main.js';
import { chromiumArgs, ensureBrowser } from '../../scripts/ensure-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface DemoEnv {
  url: string;
  browser: Browser;
  /** The SQLite file the server uses (to check what it stored). */
  dbFile: string;
  /** Stops the server (the browser keeps its pages): "the server is down". */
  stopServer(): Promise<void>;
  /** Starts it again on the same port and database. */
  startServer(): Promise<void>;
  close(): Promise<void>;
}

/** The demo's token secret in tests: fixed, so tokens stay valid across a server restart. */
export const TEST_TOKEN_SECRET = 'learnflow-e2e-secret-0123456789abcdef';

/** Builds the demo into a temp folder and serves it with the API on one port, like `npm start`. */
export async function startDemo(): Promise<DemoEnv> {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-e2e-'));
  const staticDir = join(work, 'demo');
  await build({ configFile: join(root, 'vite.demo.config.ts'), logLevel: 'error', build: { outDir: staticDir, sourcemap: false } });
  const dbFile = join(work, 'learn.db');
  const options = { dbFile, contentDir: join(root, 'demo/content'), staticDir, quiet: true, demo: true, tokenSecret: TEST_TOKEN_SECRET };
  let server: RunningServer | null = await startServer({ port: 0, ...options });
  const url = server.url;
  const port = Number(new URL(url).port);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? ensureBrowser(),
    headless: true,
    args: [...chromiumArgs().filter((a) => !a.startsWith('--headless')), '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    url,
    browser,
    dbFile,
    async stopServer() {
      await server?.close();
      server = null;
    },
    async startServer() {
      server ??= await startServer({ port, ...options });
    },
    async close() {
      await browser.close();
      await server?.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` (errors count as "not yet") until it returns something truthy; throws after `timeout`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeout = 60_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Rows of a table in the server's SQLite file (read-only, while the server runs). */
export function rows<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations inside the first `selector` of the page (through its shadow roots), as "rule: help (targets)". */
export async function axe(page: Page, selector = 'learn-drawer'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (sel) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document.querySelector(sel), { resultTypes: ['violations'] });
    return (result.violations as { id: string; help: string; nodes: { target: unknown }[] }[]).map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector);
}
