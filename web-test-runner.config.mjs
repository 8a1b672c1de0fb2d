/**
 * Browser tests: every `test/**\/*.test.ts` that is not a `*.node.test.ts`, in Debian's Chromium.
 * Components and SDK run in a real browser (real IndexedDB, real Shadow DOM, axe audits).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { ensureBrowser, chromiumArgs } from './scripts/ensure-browser.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

const executablePath = ensureBrowser();
const groups = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts', '!test/**/*.node.test.ts'];

export default {
  files: groups,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000, ui: 'bdd' } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs() },
      // One browser context per page: with two test files in one context, one page may never get an
      // animation frame and open-wc's fixture() hangs (modernweb-dev/web#2588). Delete when fixed.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(process.env.WTR_COUNT_FILE)],
};
