/**
 * `npm test`: type-check, Node tests (server, pure core, end-to-end with a real browser), then
 * browser tests (web-test-runner in Chromium). Ends with one line `N passed, M failed`.
 *
 *   npm test                      everything
 *   npm test -- --node-only       only *.node.test.ts (no web-test-runner)
 *   npm test -- --browser-only    only browser tests
 *   npm test -- test/server       only test files under that path (either kind)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const nodeOnly = args.includes('--node-only');
const browserOnly = args.includes('--browser-only');
const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/\/$/, ''));
// One folder per run, so two runs at once (two people, or two groups of tests) never read each other's counts.
mkdirSync(join(root, 'test-results'), { recursive: true });
const resultsDir = mkdtempSync(join(root, 'test-results', 'run-'));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
  });
}

function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const all = walk(join(root, 'test')).filter((f) => f.endsWith('.test.ts'));
const wanted = all.filter((f) => filters.length === 0 || filters.some((p) => f.startsWith(p)));
const nodeFiles = wanted.filter((f) => f.endsWith('.node.test.ts'));
const browserFiles = wanted.filter((f) => !f.endsWith('.node.test.ts'));

const totals = { passed: 0, failed: 0, skipped: 0 };

// 1. Types. A type error is a failed check, not a warning.
if (filters.length === 0 && !browserOnly) {
  console.log('\n▶ typecheck (tsc --noEmit)');
  const code = await run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
  if (code === 0) totals.passed++;
  else totals.failed++;
}

// Browser path is needed by the end-to-end Node tests too; resolve (or install) it once.
let chromePath;
try {
  if (nodeFiles.length > 0 || browserFiles.length > 0) chromePath = ensureBrowser();
} catch (error) {
  console.error(`\n${error.message}`);
  console.log(`\n0 passed, 1 failed`);
  process.exit(1);
}

// 2. Node tests (node:test through tsx), spec to the console and TAP to a file for counting.
if (!browserOnly && nodeFiles.length > 0) {
  console.log(`\n▶ node tests (${nodeFiles.length} files)`);
  const tap = join(resultsDir, 'node.tap');
  const code = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeFiles],
    { CHROME_PATH: chromePath, NODE_ENV: 'test' },
  );
  const text = readFileSync(tap, 'utf8');
  const num = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += num('pass');
  totals.failed += num('fail') + num('cancelled');
  totals.skipped += num('skipped') + num('todo');
  if (code !== 0 && num('fail') + num('cancelled') === 0) totals.failed++;
}

// 3. Browser tests (web-test-runner in Chromium).
if (!nodeOnly && browserFiles.length > 0) {
  console.log(`\n▶ browser tests (${browserFiles.length} files)`);
  const countFile = join(resultsDir, 'browser.json');
  const code = await run('npx', ['--no-install', 'wtr', '--config', 'web-test-runner.config.mjs'], {
    WTR_FILES: browserFiles.join(','),
    WTR_COUNT_FILE: countFile,
    CHROME_PATH: chromePath,
  });
  try {
    const counts = JSON.parse(readFileSync(countFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (code !== 0 && counts.failed === 0) totals.failed++;
  } catch {
    totals.failed++;
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
