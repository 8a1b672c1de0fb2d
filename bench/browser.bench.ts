/**
 * Browser budgets, measured in Debian's headless Chromium against the real reference server:
 *  - init: main-thread time the host pays for learn.js + `learnflow.init()` (CDP TaskDuration, page
 *    with Learnflow minus the same page without it), long tasks and layout shift;
 *  - open: launcher click → drawer painted with suggestions, catalog cached (median of N);
 *  - article: suggestion click → article painted, at 4× CPU throttle (median of N).
 * Usage: node --import tsx bench/browser.bench.ts   (after `npm run build`). Prints `BENCH {json}`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { startServer } from '../server/main.js';
import { chromiumArgs, ensureBrowser } from '../scripts/ensure-browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = new URL('../', import.meta.url).pathname;

const hostPage = (withLearn: boolean) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
${withLearn ? `<script>window.learnflow=window.learnflow||{q:[]};['init','setContext','open'].forEach(function(m){learnflow[m]=learnflow[m]||function(){learnflow.q.push([m].concat([].slice.call(arguments)))}});
learnflow.init({backend:location.origin,user:{id:'bench-user'},locale:'en'});learnflow.setContext({screen:'crm/opportunity',tags:['pipeline']});</script>
<script type="module" src="/script/learn.js"></script>` : ''}
</head><body><h1>Opportunity</h1><form><label>Amount <input name="amount"></label></form>
${withLearn ? '<learn-drawer></learn-drawer>' : ''}
<script>window.__ls=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){if(!e.hadRecentInput)window.__ls+=e.value})}).observe({type:'layout-shift',buffered:true});
window.__lt=0;try{new PerformanceObserver(function(l){window.__lt+=l.getEntries().length}).observe({type:'longtask',buffered:true})}catch(e){}</script>
</body></html>`;

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions declared inside page
 * callbacks in `__name(...)`; the page has no such helper, so give it a no-op one.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const round = (n: number) => Math.round(n * 100) / 100;

/** In-page: click the launcher, resolve when the panel shows at least one suggestion and a frame was painted. */
async function clickToSuggestions(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const drawer = document.querySelector('learn-drawer')!;
    const launcher = drawer.shadowRoot!.querySelector<HTMLElement>('[part~="launcher"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const hasSuggestions = () => {
      const panel = drawer.shadowRoot!.querySelector('learn-drawer-panel');
      return !!panel?.shadowRoot?.querySelector('[data-suggestion], [part~="suggestion"]');
    };
    const t0 = performance.now();
    launcher.click();
    while (!hasSuggestions()) await frame();
    await frame(); // the frame that paints them
    return performance.now() - t0;
  });
}

async function clickToArticle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const drawer = document.querySelector('learn-drawer')!;
    const panel = drawer.shadowRoot!.querySelector('learn-drawer-panel')!;
    const link = panel.shadowRoot!.querySelector<HTMLElement>('[data-suggestion], [part~="suggestion"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const body = () => {
      const roots: (ShadowRoot | null | undefined)[] = [panel.shadowRoot];
      while (roots.length) {
        const r = roots.pop();
        if (!r) continue;
        if (r.querySelector('[part~="article-body"] h2, [part~="article-body"] p')) return true;
        r.querySelectorAll('*').forEach((el) => el.shadowRoot && roots.push(el.shadowRoot));
      }
      return false;
    };
    const t0 = performance.now();
    link.click();
    while (!body()) await frame();
    await frame();
    return performance.now() - t0;
  });
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-bench-'));
  const site = join(work, 'site');
  cpSync(join(root, 'dist/script'), join(site, 'script'), { recursive: true });
  writeFileSync(join(site, 'with.html'), hostPage(true));
  writeFileSync(join(site, 'without.html'), hostPage(false));
  const server = await startServer({ port: 0, dbFile: join(work, 'learn.db'), contentDir: join(root, 'demo/content'), staticDir: site, quiet: true });
  const browser = await puppeteer.launch({
    executablePath: ensureBrowser(),
    headless: true,
    args: chromiumArgs().filter((a) => !a.startsWith('--headless')),
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    // --- init cost: fresh context per run, so nothing is cached between runs.
    const taskDuration = async (path: string) => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
    await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(server.url + path, { waitUntil: 'networkidle0' });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
      const extra = await page.evaluate(() => ({ cls: (window as any).__ls as number, longTasks: (window as any).__lt as number }));
      await context.close();
      return { ms: get('TaskDuration') * 1000, ...extra };
    };
    const withRuns: number[] = [];
    const withoutRuns: number[] = [];
    let cls = 0;
    let longTasks = 0;
    for (let i = 0; i < RUNS; i++) {
      withoutRuns.push((await taskDuration('/without.html')).ms);
      const w = await taskDuration('/with.html');
      withRuns.push(w.ms);
      cls = Math.max(cls, w.cls);
      longTasks = Math.max(longTasks, w.longTasks);
    }
    const initMs = median(withRuns) - median(withoutRuns);

    // --- launcher click → suggestions painted, catalog cached (one warm-up visit fills IndexedDB).
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
    await page.goto(server.url + '/with.html', { waitUntil: 'networkidle0' });
    await clickToSuggestions(page); // warm-up: loads chunks, caches the catalog
    const openRuns: number[] = [];
    const articleRuns: number[] = [];
    const cdp = await page.createCDPSession();
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'networkidle0' });
      await page.hover('learn-drawer >>> [part~="launcher"]'); // hover preloads, as a person's pointer would
      await page.waitForNetworkIdle({ idleTime: 100 });
      openRuns.push(await clickToSuggestions(page));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      articleRuns.push(await clickToArticle(page));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    await context.close();

    const result = {
      init: { mainThreadMs: round(initMs), withMs: round(median(withRuns)), withoutMs: round(median(withoutRuns)), longTasks, cls: round(cls) },
      open: { medianMs: round(median(openRuns)), runs: openRuns.map(round) },
      article4x: { medianMs: round(median(articleRuns)), runs: articleRuns.map(round) },
    };
    console.log(`init: ${result.init.mainThreadMs} ms main thread (budget ≤ 20), long tasks ${longTasks}, CLS ${result.init.cls}`);
    console.log(`launcher click → suggestions painted: median ${result.open.medianMs} ms (budget ≤ 16)`);
    console.log(`suggestion click → article painted at 4× throttle: median ${result.article4x.medianMs} ms (budget ≤ 50)`);
    console.log(`BENCH ${JSON.stringify({ browser: result })}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
