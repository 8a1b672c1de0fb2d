/**
 * End-to-end support: build the demo with Vite, start the REAL reference server on loopback
 * (SQLite file in a temp dir, demo content imported), and drive Debian's Chromium with
 * puppeteer-core. Nothing here is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { startServer } from '../../server/main.js';
import { chromiumArgs, ensureBrowser } from '../../scripts/ensure-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface DemoEnv {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the demo into a temp folder and serves it with the API on one port, like `npm start`. */
export async function startDemo(): Promise<DemoEnv> {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-e2e-'));
  const staticDir = join(work, 'demo');
  await build({ configFile: join(root, 'vite.demo.config.ts'), logLevel: 'error', build: { outDir: staticDir, sourcemap: false } });
  const server = await startServer({
    port: 0,
    dbFile: join(work, 'learn.db'),
    contentDir: join(root, 'demo/content'),
    staticDir,
    quiet: true,
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? ensureBrowser(),
    headless: true,
    args: [...chromiumArgs().filter((a) => !a.startsWith('--headless')), '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
