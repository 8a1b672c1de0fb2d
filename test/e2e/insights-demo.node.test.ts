/**
 * Acceptance for issue 5's insights view, end to end: Chromium over the real reference server in
 * demo mode (SQLite file, the demo content, 90 days of seeded usage). Karin Holm (role `owner`)
 * opens the demo's insights page: every report is drawn as a chart, a table view toggles, axe finds
 * nothing, a CSV comes down with its header row. Erik Nilsson (no role) is told the reports are for
 * content owners. A screenshot of the seeded page is left in the temp folder (insights.png).
 * Deep (`>>>`) selectors go through the shadow root.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { axe, startDemo, type DemoEnv } from './support.js';

const INSIGHTS = 'learn-insights';
const REPORTS = ['searches', 'articles', 'questions', 'lessons', 'feedback'];
const CHARTS = ['no-results', 'top-queries', 'articles', 'questions', 'lessons', 'feedback'];

/** The data-chart names of the charts drawn, once no report is loading. */
async function chartsDrawn(page: Page): Promise<string[]> {
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('learn-insights')?.shadowRoot;
      return !!root && root.querySelectorAll('[part~="report"]').length === 5 && !root.querySelector('[part~="report"][aria-busy="true"]') && root.querySelectorAll('svg[role="img"]').length >= n;
    },
    { timeout: 30_000, polling: 200 },
    CHARTS.length,
  );
  return page.$$eval(`${INSIGHTS} >>> svg[role="img"]`, (svgs) => svgs.map((s) => s.getAttribute('data-chart') ?? ''));
}

describe('insights demo page (real server, Chromium)', { timeout: 300_000 }, () => {
  let env: DemoEnv;
  let page: Page;

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
  });

  after(async () => {
    await env?.close();
  });

  it('Karin Holm sees every report as a chart over the seeded usage; axe finds nothing', async () => {
    await page.goto(`${env.url}/insights.html`, { waitUntil: 'networkidle2' });
    assert.deepEqual(await chartsDrawn(page), CHARTS);
    for (const name of REPORTS) {
      const state = await page.$eval(`${INSIGHTS} >>> [data-report="${name}"]`, (s) => ({ empty: !!s.querySelector('[part~="empty"]'), error: !!s.querySelector('[part~="error"]') }));
      assert.deepEqual(state, { empty: false, error: false }, `${name}: seeded, so neither empty nor failed`);
    }
    const searches = await page.$eval(`${INSIGHTS} >>> [data-report="searches"]`, (s) => s.textContent ?? '');
    assert.match(searches, /expense report/, 'a content gap the seed has');
    assert.deepEqual(await axe(page, 'learn-insights'), [], 'axe: the charts');
    await page.screenshot({ path: join(tmpdir(), 'insights.png'), fullPage: true });
  });

  it('a table view toggles, and axe finds nothing in it', async () => {
    await page.click(`${INSIGHTS} >>> [data-report="articles"] [part~="view-toggle"]`);
    await page.waitForSelector(`${INSIGHTS} >>> [data-report="articles"] table`, { visible: true, timeout: 10_000 });
    const headers = await page.$$eval(`${INSIGHTS} >>> [data-report="articles"] thead th`, (ths) => ths.map((th) => th.textContent?.trim()));
    assert.deepEqual(headers.slice(0, 2), ['Article', 'Helpful share']);
    const rowCount = await page.$$eval(`${INSIGHTS} >>> [data-report="articles"] tbody tr`, (trs) => trs.length);
    assert.ok(rowCount > 0, 'rows');
    assert.deepEqual(await axe(page, 'learn-insights'), [], 'axe: a table view');
    await page.click(`${INSIGHTS} >>> [data-report="articles"] [part~="view-toggle"]`);
    await page.waitForSelector(`${INSIGHTS} >>> [data-chart="articles"]`, { timeout: 10_000 });
  });

  it('Download CSV hands the browser a CSV with the header row (and the same CSV comes through learn.insights)', async () => {
    const saved = await page.evaluate(() => {
      const click = HTMLAnchorElement.prototype.click;
      return new Promise<{ name: string; body: string }>((resolve, reject) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          HTMLAnchorElement.prototype.click = click;
          if (!this.download) return reject(new Error('not a download link'));
          void fetch(this.href)
            .then((r) => r.text())
            .then((body) => resolve({ name: this.download, body }), reject);
        };
        const button = document.querySelector('learn-insights')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-report="feedback"] [part~="download-button"]')!;
        button.click();
      });
    });
    assert.match(saved.name, /^learnflow-feedback-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = saved.body.trim().split(/\r?\n/);
    assert.equal(lines[0], 'day,count,helpful_share,average_stars,nps');
    assert.ok(lines.length > 10, `a row per day with feedback (${lines.length - 1})`);
    const viaSdk = await page.evaluate(() => (window as unknown as { learn: { insights: { csv(n: string): Promise<string> } } }).learn.insights.csv('searches'));
    assert.equal(viaSdk.split(/\r?\n/)[0], 'list,query,count,opened,last_at');
  });

  it('Erik Nilsson (no owner role) is told the reports are for content owners', async () => {
    const erik = await env.browser.createBrowserContext();
    try {
      const other = await erik.newPage();
      await other.evaluateOnNewDocument(() => localStorage.setItem('learnflow-demo-insights-user', 'erik-nilsson'));
      await other.goto(`${env.url}/insights.html`, { waitUntil: 'networkidle2' });
      await other.waitForSelector(`${INSIGHTS} >>> [part~="forbidden"]`, { timeout: 30_000 });
      const said = await other.$eval(`${INSIGHTS} >>> [part~="forbidden"]`, (el) => el.textContent ?? '');
      assert.match(said, /You need the content owner role/);
      assert.deepEqual(await axe(other, 'learn-insights'), [], 'axe: the 403 state');
    } finally {
      await erik.close();
    }
  });
});
