/**
 * `npm run bench`: builds, then runs every benchmark and prints each figure beside its budget
 * (DESIGN.md). Results are also written to bench/results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const results = {};

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout.split('\n').filter((l) => !l.startsWith('BENCH ')).join('\n'));
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    console.log(`✖ ${title} failed (exit ${r.status})`);
    return;
  }
  for (const line of r.stdout.split('\n')) if (line.startsWith('BENCH ')) Object.assign(results, JSON.parse(line.slice(6)));
}

const tsx = ['--import', 'tsx'];
step('build (script tag)', 'npx', ['--no-install', 'vite', 'build', '--config', 'vite.script.config.ts', '--logLevel', 'warn']);
step('bundle sizes', process.execPath, [...tsx, 'bench/bundle-size.ts']);
step('browser: init, open, article', process.execPath, [...tsx, 'bench/browser.bench.ts']);
step('browser: a 20-step lesson in the drawer', process.execPath, [...tsx, 'bench/lesson.bench.ts']);
step('search over 10,000 articles', process.execPath, [...tsx, '--expose-gc', 'bench/search.bench.ts']);
step('server throughput', process.execPath, [...tsx, 'bench/server.bench.ts']);
step('ask: answer → asker, 200 connected', process.execPath, [...tsx, 'bench/ask.bench.ts']);
step('insights over 1,000,000 feedback and search rows', process.execPath, [...tsx, 'bench/insights.bench.ts']);

mkdirSync(new URL('../bench/results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench/results/latest.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2));

const row = (what, value, budget) => console.log(`${what.padEnd(58)} ${String(value ?? 'n/a').padStart(12)}   ${budget}`);
console.log('\nSummary (DESIGN.md budgets)');
row('host page before any click (gzip)', results.bundle && `${results.bundle.initialKB} KB`, '≤ 5 KB');
// Measured in the browser: the JS actually fetched for that scenario (bench/browser.bench.ts).
row('drawer open with search and article (gzip, fetched)', results.browser?.bytes && `${results.browser.bytes.scenarioKB} KB`, '≤ 60 KB');
row('  same, from the build: chunks that scenario needs', results.bundle && `${results.bundle.drawerKB} KB`, '');
row('all elements + SDK (gzip)', results.bundle && `${results.bundle.allKB} KB`, '≤ 90 KB');
const init = results.browser?.init;
row('main-thread time at init (until load)', init && `${init.mainThreadMs} ms`, '≤ 20 ms');
row('  idle work after load (runtime, catalog, index, panel)', init && `${init.idleWorkMs} ms`, 'in tasks < 50 ms');
row('  long tasks with Learnflow code before a click / CLS', init && `${init.longTasks} / ${init.cls}`, '0 / 0');
row('launcher click → suggestions rendered (median)', results.browser && `${results.browser.open.medianMs} ms`, '≤ 16 ms');
row('suggestion → article rendered, 4× throttle (median)', results.browser && `${results.browser.article4x.medianMs} ms`, '≤ 50 ms');
const l = results.lesson;
row('20-step lesson in the drawer: entry → intro (warm / 4×)', l && `${l.warm.introMs} / ${l.warm4x.introMs} ms`, '(issue 3)');
row('  Start → first step painted (warm / 4×)', l && `${l.warm.stepMs} / ${l.warm4x.stepMs} ms`, '(issue 3)');
row('  cold, player chunk fetched: entry → intro / Start → step', l && `${l.cold.introMs} / ${l.cold.stepMs} ms`, '');
row('lesson player added to the bundle (gzip, fetched)', l && `${l.playerKB} KB`, '(part of ≤ 90 KB all)');
const s = results.search;
row('search per keystroke, 10k articles (p50 / p95)', s && `${s.p50Ms ?? s.keystroke?.p50Ms} / ${s.p95Ms ?? s.keystroke?.p95Ms} ms`, '≤ 5 ms p95');
row('search index heap', s && `${s.heapMB ?? s.heap?.MB} MB`, '≤ 20 MB');
row('search index restore', s && `${s.restoreMs} ms`, '≤ 150 ms');
const sv = results.server;
row('server cached catalog GET vs bare node:http', sv && `${sv.ratioPercent ?? sv.ratio} %`, '≥ 50 %');
const ask = results.ask;
row('answer POST → event at the asker, 200 connected (p50 / p95)', ask && `${ask.p50Ms} / ${ask.p95Ms} ms`, '(issue 4)');
const ins = results.insights;
row('insights, 30 days of 1M feedback + 1M searches (p50 / p95)', ins && `${Math.max(ins.searches30d.p50Ms, ins.articles30d.p50Ms, ins.feedback30d.p50Ms)} / ${Math.max(ins.searches30d.p95Ms, ins.articles30d.p95Ms, ins.feedback30d.p95Ms)} ms`, '(issue 5: slowest report)');
