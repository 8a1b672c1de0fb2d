/**
 * Insights over 1,000,000 feedback rows and 1,000,000 search events on the SQLite default (issue 5:
 * "each insights query over 1,000,000 feedback and search rows, p50/p95").
 *
 *   node --import tsx bench/insights.bench.ts      (BENCH_ROWS=1000000, BENCH_RUNS=20 by default)
 *
 * A temp file is migrated (so the real indexes of migration 0006 are there), then filled with
 * better-sqlite3 prepared inserts in transactions of 50,000 rows, spread over 90 days, 400 distinct
 * queries (a tenth of them with no result), 300 articles, 8 screens. Each report is then run
 * through the same function the route calls (SQL + shaping, no HTTP) BENCH_RUNS times after one
 * warm-up: the default 30-day range, a 30-day range with ?screen=, and the full 90 days. Ends with
 * `BENCH {"insights":{…}}`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openDatabase, type Db } from '../server/db/database.js';
import { articleInsights } from '../server/insights/articles.js';
import { feedbackInsights } from '../server/insights/feedback.js';
import type { InsightsFilter } from '../server/insights/range.js';
import { searchInsights } from '../server/insights/searches.js';
import { seededRandom } from '../src/seeded-random.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DAYS = 90;
const DAY = 86_400_000;
const BATCH = 50_000;
const SCREENS = ['crm/opportunity', 'crm/account', 'crm/quote', 'crm/forecast', 'erp/purchase-order', 'erp/goods-receipt', 'hub/news', 'hub/people'];
const KINDS = ['thumbs', 'thumbs', 'thumbs', 'thumbs', 'stars', 'nps', 'text'] as const;
const REASONS = ['outdated', 'unclear', 'not-answered'];
const END = Date.parse('2026-11-25T00:00:00Z');


function fill(file: string): { feedbackMs: number; searchMs: number } {
  const sqlite = new Database(file);
  // A bench file is thrown away: no fsync while filling it.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const rand = seededRandom(5);
  const int = (n: number) => Math.floor(rand() * n);
  const at = () => new Date(END - rand() * DAYS * DAY).toISOString();
  const uuid = (i: number, tag: string) => `${tag}${i.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`;

  const fb = sqlite.prepare('insert into feedback (id, user_id, subject, kind, value, reason, comment, answers, prompt, screen, context, given_at, stored_at) values (?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?, ?)');
  let t0 = performance.now();
  for (let start = 0; start < ROWS; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(ROWS, start + BATCH); i++) {
        const kind = KINDS[int(KINDS.length)] ?? 'thumbs';
        const value = kind === 'thumbs' ? (rand() < 0.75 ? 1 : 0) : kind === 'stars' ? 1 + int(5) : kind === 'nps' ? int(11) : null;
        const screen = SCREENS[int(SCREENS.length)] ?? null;
        const given = at();
        const subject = kind === 'thumbs' ? `article:article-${int(300)}` : kind === 'stars' ? `lesson:lesson-${int(20)}` : 'product:learnflow';
        fb.run(uuid(i, 'f'), `user-${int(2000)}`, subject, kind, value, value === 0 ? REASONS[int(3)] : null, screen, `{"screen":"${screen}"}`, given, given);
      }
    })();
  }
  const feedbackMs = performance.now() - t0;

  const se = sqlite.prepare('insert into search_events (id, user_id, query, results, opened, screen, at, stored_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  t0 = performance.now();
  for (let start = 0; start < ROWS; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(ROWS, start + BATCH); i++) {
        // A long tail: low query numbers are far more frequent.
        const q = Math.floor(400 * rand() ** 3);
        const results = q % 10 === 7 ? 0 : 1 + (q % 9);
        const when = at();
        se.run(uuid(i, 's'), `user-${int(2000)}`, `query ${q}`, results, results > 0 && rand() < 0.5 ? `article-${q % 300}` : null, SCREENS[int(SCREENS.length)] ?? null, when, when);
      }
    })();
  }
  const searchMs = performance.now() - t0;
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('analyze');
  sqlite.close();
  return { feedbackMs, searchMs };
}

function filter(days: number, screen?: string): InsightsFilter {
  const to = new Date(END - DAY).toISOString().slice(0, 10);
  const from = new Date(END - days * DAY).toISOString().slice(0, 10);
  return { range: screen ? { from, to, screen } : { from, to }, start: `${from}T00:00:00.000Z`, end: new Date(END).toISOString(), screen, format: 'json' };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function time(run: () => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number }> {
  await run(); // warm: the page cache and the prepared statement
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-insights-bench-'));
  const file = join(work, 'insights.db');
  try {
    (await openDatabase({ file })).destroy();
    const filled = fill(file);
    console.log(`filled ${ROWS.toLocaleString('en')} feedback rows in ${(filled.feedbackMs / 1000).toFixed(1)} s and ${ROWS.toLocaleString('en')} search events in ${(filled.searchMs / 1000).toFixed(1)} s`);
    const db: Db = await openDatabase({ file });
    const results: Record<string, { p50Ms: number; p95Ms: number }> = {};
    try {
      const cases: [string, () => Promise<unknown>][] = [
        ['searches30d', () => searchInsights(db, filter(30))],
        ['searches30dScreen', () => searchInsights(db, filter(30, 'crm/quote'))],
        ['searches90d', () => searchInsights(db, filter(90))],
        ['articles30d', () => articleInsights(db, filter(30))],
        ['articles30dScreen', () => articleInsights(db, filter(30, 'crm/quote'))],
        ['articles90d', () => articleInsights(db, filter(90))],
        ['feedback30d', () => feedbackInsights(db, filter(30))],
        ['feedback30dScreen', () => feedbackInsights(db, filter(30, 'crm/quote'))],
        ['feedback90d', () => feedbackInsights(db, filter(90))],
      ];
      for (const [name, run] of cases) {
        results[name] = await time(run);
        console.log(`${name.padEnd(20)} p50 ${String(results[name]?.p50Ms).padStart(7)} ms   p95 ${String(results[name]?.p95Ms).padStart(7)} ms`);
      }
    } finally {
      await db.destroy();
    }
    console.log(`BENCH ${JSON.stringify({ insights: { rows: ROWS, runs: RUNS, fillFeedbackS: round(filled.feedbackMs / 1000), fillSearchS: round(filled.searchMs / 1000), ...results } })}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
