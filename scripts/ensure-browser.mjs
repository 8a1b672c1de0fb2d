/**
 * Finds a Chromium for the browser tests, or installs Debian's when it can.
 * Order: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome;
 * then, as root on Debian/Ubuntu, `apt-get install chromium`. Otherwise it says what to do.
 * Playwright/Puppeteer cannot download their own browsers on our machines, so we never try.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but that is not an executable file.`);
  }
  return CANDIDATES.find(executable) ?? null;
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function ensureBrowser({ log = console.error } = {}) {
  const found = findBrowser();
  if (found) return found;
  if (canApt()) {
    log('No Chromium found; installing Debian\'s chromium (apt-get install chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(
    [
      'The browser tests need Chromium and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Or point at any Chromium/Chrome:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}

/** Flags for headless Chromium on these machines (DESIGN.md, "Browser tests"). */
export function chromiumArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
