/**
 * The lesson player inside the drawer, in Debian's headless Chromium against the real reference
 * server. Usage: node --import tsx bench/lesson.bench.ts (after `vite build --config
 * vite.script.config.ts`). BENCH_RUNS sets the runs per figure (default 15). Prints `BENCH {json}`.
 *
 *  - first step (issue 3): a 20-step lesson for the current screen, opened from the drawer's home
 *    view → the frame showing the lesson's first screen (its intro: title, length, Start) rendered;
 *    then Start → the frame showing step 1 rendered. "Rendered" as in browser.bench.ts: a task posted
 *    from the requestAnimationFrame callback of the first frame whose DOM has it. Cold = the first
 *    open on a fresh page, clicked without a hover (the player's chunks and the lesson are fetched on
 *    the click); warm = later opens after a reload, after the pointer rested on the entry (hover
 *    loads the player and the lesson, as hovering the launcher loads the panel). Also at 4× CPU
 *    throttle, warm.
 *  - playerKB: what the player adds, gzip -9 of the JS files fetched when the lesson is opened,
 *    after the page has loaded and the drawer has opened (so shared chunks already fetched are not
 *    counted twice).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Page } from 'puppeteer-core';
import { startServer } from '../server/main.js';
import { chromiumArgs, ensureBrowser } from '../scripts/ensure-browser.mjs';
import { KEEP_NAMES_SHIM, PAINTED_SHIM } from './page-shims.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = new URL('../', import.meta.url).pathname;
const LESSON_ID = 'bench-twenty-steps';

/** A 20-step lesson, the only one for its screen (so the drawer lists it): text steps with a little markdown and quizzes. */
function twentyStepLesson(): string {
  const steps: string[] = [];
  for (let i = 1; i <= 20; i++) {
    if (i % 4 === 0) {
      steps.push(`  - id: q${i}
    kind: quiz
    question: "Step ${i}: who approves a 15 % discount on a new deal?"
    choices:
      - { id: rep, text: "The sales rep", explanation: "Up to 10 % only." }
      - { id: manager, text: "The sales manager, in the quote", correct: true, explanation: "10–20 % is the manager's call." }
      - { id: pricing, text: "The Pricing desk", explanation: "Over 20 %, or renewals above 15 %." }`);
    } else {
      steps.push(`  - id: s${i}
    kind: text
    title: "Step ${i}"
    body: |
      The **close date** is the day you expect the customer to sign. Step ${i} of the walk-through.

      - Keep it in the future on open deals.
      - Moving it more than twice in a quarter flags the deal in the forecast review.`);
    }
  }
  return `id: ${LESSON_ID}
title: Twenty steps through an opportunity
summary: A long lesson for the benchmark.
minutes: 10
contexts: [bench/lesson]
updatedAt: 2026-11-01T09:00:00Z
steps:
${steps.join('\n')}
`;
}

const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script>window.learnflow=window.learnflow||{q:[]};['init','setContext','open'].forEach(function(m){learnflow[m]=learnflow[m]||function(){learnflow.q.push([m].concat([].slice.call(arguments)))}});
learnflow.init({backend:location.origin,locale:'en'});learnflow.setContext({screen:'bench/lesson'});</script>
<script type="module" src="/script/learn.js"></script></head>
<body><h1>Opportunity</h1><learn-drawer></learn-drawer></body></html>`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (n: number) => Math.round(n * 100) / 100;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

async function openDrawer(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('learn-drawer')!.shadowRoot!.querySelector<HTMLElement>('[part~="launcher"]')!.click());
  await page.waitForFunction(
    (id) => document.querySelector('learn-drawer')?.shadowRoot?.querySelector('learn-drawer-panel')?.shadowRoot?.querySelector(`[data-lesson="${id}"]`),
    { polling: 'raf' },
    LESSON_ID,
  );
}

/** In-page: click the lesson entry; ms until the frame with the lesson's intro is rendered. */
function entryToIntro(page: Page): Promise<number> {
  return page.evaluate(async (id) => {
    const panel = document.querySelector('learn-drawer')!.shadowRoot!.querySelector('learn-drawer-panel')!.shadowRoot!;
    const painted = (globalThis as unknown as { __painted: (ready: () => boolean) => Promise<number> }).__painted;
    const t0 = performance.now();
    panel.querySelector<HTMLElement>(`[data-lesson="${id}"]`)!.click();
    return (await painted(() => !!panel.querySelector('learn-lesson')?.shadowRoot?.querySelector('[part~="start-button"]'))) - t0;
  }, LESSON_ID);
}

/** In-page: click Start; ms until the frame with step 1 is rendered. */
function startToStep(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const lesson = document.querySelector('learn-drawer')!.shadowRoot!.querySelector('learn-drawer-panel')!.shadowRoot!.querySelector('learn-lesson')!.shadowRoot!;
    const painted = (globalThis as unknown as { __painted: (ready: () => boolean) => Promise<number> }).__painted;
    const t0 = performance.now();
    lesson.querySelector<HTMLElement>('[part~="start-button"]')!.click();
    return (await painted(() => !!lesson.querySelector('[part~="step-heading"]') && !!lesson.querySelector('[part~="step-body"] p'))) - t0;
  });
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-lesson-bench-'));
  const site = join(work, 'site');
  cpSync(join(root, 'dist/script'), join(site, 'script'), { recursive: true });
  writeFileSync(join(site, 'host.html'), hostPage);
  const content = join(work, 'content');
  cpSync(join(root, 'demo/content'), content, { recursive: true });
  mkdirSync(join(content, 'lessons'), { recursive: true });
  writeFileSync(join(content, 'lessons', `${LESSON_ID}.yaml`), twentyStepLesson());
  const server = await startServer({ port: 0, dbFile: join(work, 'learn.db'), contentDir: content, staticDir: site, quiet: true });
  const browser = await puppeteer.launch({ executablePath: ensureBrowser(), headless: true, args: chromiumArgs().filter((a) => !a.startsWith('--headless')), defaultViewport: { width: 1280, height: 900 } });
  try {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
    await page.evaluateOnNewDocument(PAINTED_SHIM);
    const fetched: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/script/') && path.endsWith('.js')) fetched.push(path);
    });

    // Cold: fresh context; the drawer opened (its chunks fetched), then the lesson.
    await page.goto(`${server.url}/host.html`, { waitUntil: 'networkidle0' });
    await openDrawer(page);
    await page.waitForNetworkIdle({ idleTime: 200 });
    const before = new Set(fetched);
    const coldIntro = await entryToIntro(page);
    const coldStep = await startToStep(page);
    await page.waitForNetworkIdle({ idleTime: 200 });
    const player = [...new Set(fetched)].filter((p) => !before.has(p));
    const playerBytes = player.reduce((sum, p) => sum + gzipSync(readFileSync(join(site, p)), { level: 9 }).length, 0);

    const warm = { intro: [] as number[], step: [] as number[], intro4x: [] as number[], step4x: [] as number[] };
    const cdp = await page.createCDPSession();
    for (let i = 0; i < RUNS; i++) {
      for (const rate of [1, 4]) {
        await page.reload({ waitUntil: 'networkidle0' });
        // Each run only starts the lesson, so the saved resume point stays step 1.
        await openDrawer(page);
        // A person's pointer reaches the entry before the click: hover loads the player and the lesson.
        await page.hover(`learn-drawer >>> learn-drawer-panel >>> [data-lesson="${LESSON_ID}"]`);
        await page.waitForNetworkIdle({ idleTime: 100 });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const intro = await entryToIntro(page);
        const step = await startToStep(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        // Let the idle revalidation of the cached lesson finish before the reload: a request the
        // page starts while it unloads never ends in Puppeteer's eyes and the next idle wait hangs.
        await page.waitForNetworkIdle({ idleTime: 300 });
        (rate === 1 ? warm.intro : warm.intro4x).push(intro);
        (rate === 1 ? warm.step : warm.step4x).push(step);
      }
    }
    await context.close();
    const result = {
      lesson: {
        cold: { introMs: round(coldIntro), stepMs: round(coldStep) },
        warm: { introMs: round(median(warm.intro)), stepMs: round(median(warm.step)) },
        warm4x: { introMs: round(median(warm.intro4x)), stepMs: round(median(warm.step4x)) },
        playerKB: kb(playerBytes),
        playerFiles: player.map((p) => p.slice('/script/'.length)),
      },
    };
    const l = result.lesson;
    console.log(`20-step lesson in the drawer — entry → intro painted: cold ${l.cold.introMs} ms, warm median ${l.warm.introMs} ms, 4× ${l.warm4x.introMs} ms`);
    console.log(`Start → first step painted: cold ${l.cold.stepMs} ms, warm median ${l.warm.stepMs} ms, 4× ${l.warm4x.stepMs} ms`);
    console.log(`the lesson player adds ${l.playerKB} KB gzip (${l.playerFiles.join(', ')})`);
    console.log(`BENCH ${JSON.stringify(result)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
