/**
 * Acceptance for issue 2, end to end: the Helm CRM demo in Chromium over the real reference server
 * (SQLite file, demo content imported at start). Uses puppeteer-core with deep (`>>>`) selectors
 * through the drawer's shadow roots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { axe, startDemo, type DemoEnv } from './support.js';


const LAUNCHER = 'learn-drawer >>> [part~="launcher"]';
const PANEL = 'learn-drawer >>> learn-drawer-panel';
const SEARCH = `${PANEL} >>> input[type="search"]`;
const SUGGESTION = `${PANEL} >>> [data-suggestion]`;
const RESULT = `${PANEL} >>> [role="option"]`;
const ARTICLE_TITLE = `${PANEL} >>> [part~="article-title"]`;
const ARTICLE_BODY = `${PANEL} >>> [part~="article-body"]`;
const BACK = `${PANEL} >>> [part~="back-button"]`;
/** Deep (`>>>`) waits re-check only when the light DOM changes; `visible` makes them poll, so content
 * rendered later inside the shadow roots is seen. */
const VISIBLE = { visible: true } as const;

async function texts(page: Page, selector: string): Promise<string[]> {
  const handles = await page.$$(selector);
  return Promise.all(handles.map((h) => h.evaluate((el) => (el.textContent ?? '').trim())));
}

/** What has focus, looking through shadow roots: [tag, part] of the innermost focused element. */
async function deepFocus(page: Page): Promise<{ tag: string; part: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', part: el?.getAttribute('part') ?? null };
  });
}

/**
 * Arrow down to the first article among the results (lessons are found too, and open the lesson
 * player instead), then Enter.
 */
async function openFirstArticleResult(page: Page): Promise<void> {
  const kinds = await page.$$eval(RESULT, (options) => options.map((o) => o.getAttribute('data-kind')));
  const index = kinds.indexOf('article');
  assert.ok(index >= 0, `an article among the results: ${kinds.join(', ')}`);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}


describe('Helm CRM demo with the help drawer (real server, Chromium)', { timeout: 180_000 }, () => {
  let env: DemoEnv;
  let page: Page;

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
  });
  after(async () => env?.close());

  it('opens on the opportunity screen with suggestions for that screen', async () => {
    await page.goto(`${env.url}/crm.html#/opportunity/1042`, { waitUntil: 'networkidle0' });
    await page.click(LAUNCHER);
    await page.waitForSelector(SUGGESTION, VISIBLE);
    const expanded = await page.$eval(LAUNCHER, (b) => b.getAttribute('aria-expanded'));
    assert.equal(expanded, 'true');
    const focus = await deepFocus(page);
    assert.equal(focus.tag, 'input', 'focus moves into the panel (search field)');
    const titles = await texts(page, SUGGESTION);
    assert.ok(titles.length >= 3, `expected suggestions, got ${titles.join(' | ')}`);
    assert.ok(titles.some((t) => /close date|stage|pipeline|discount/i.test(t)), `opportunity suggestions: ${titles.join(' | ')}`);
    assert.deepEqual(await axe(page), [], 'axe: open drawer, home');
  });

  it('follows a client-side route change to the account screen', async () => {
    const before = await texts(page, SUGGESTION);
    await page.click('a[data-nav="account"]');
    // No helper functions inside page callbacks: tsx compiles them with esbuild's keepNames, whose
    // `__name(...)` wrapper does not exist in the page.
    await page.waitForFunction(
      (sel, prev) => {
        const panel = document.querySelector('learn-drawer')!.shadowRoot!.querySelector('learn-drawer-panel')!;
        const now = Array.from(panel.shadowRoot!.querySelectorAll(sel), (e) => (e.textContent ?? '').trim());
        return now.length > 0 && now.join('|') !== prev.join('|');
      },
      { polling: 'raf' },
      '[data-suggestion]',
      before,
    );
    const after = await texts(page, SUGGESTION);
    assert.notDeepEqual(after, before);
    assert.ok(after.some((t) => /account|duplicate|credit|owner|segment/i.test(t)), `account suggestions: ${after.join(' | ')}`);
  });

  it('searches, reads an article, goes back, and closes with Esc returning focus to the launcher', async () => {
    await page.click(SEARCH);
    await page.type(SEARCH, 'discount');
    await page.waitForSelector(`${RESULT} mark`, VISIBLE);
    const results = await texts(page, RESULT);
    assert.ok(results.length > 0);
    assert.deepEqual(await axe(page), [], 'axe: search results');

    await openFirstArticleResult(page);
    await page.waitForSelector(ARTICLE_BODY, VISIBLE);
    const title = (await texts(page, ARTICLE_TITLE))[0] ?? '';
    assert.match(title, /discount/i);
    const bodyText = (await texts(page, ARTICLE_BODY))[0] ?? '';
    assert.ok(bodyText.length > 100, 'article body rendered');
    assert.deepEqual(await axe(page), [], 'axe: article view');

    await page.click(BACK);
    await page.waitForSelector(RESULT, VISIBLE);
    assert.equal(await page.$eval(SEARCH, (i) => (i as HTMLInputElement).value), 'discount', 'back keeps the query');

    await page.keyboard.press('Escape'); // first Esc in a filled search field clears it
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('learn-drawer')!.shadowRoot!.querySelector('[part~="launcher"]')!.getAttribute('aria-expanded') === 'false');
    const focus = await deepFocus(page);
    assert.match(focus.part ?? '', /launcher/, `focus back on the launcher, got ${focus.tag} ${focus.part}`);
  });

  it('works offline after one visit: search and an already-read article, and says it is offline', async () => {
    // The previous test read an article about discounts: it is in IndexedDB now.
    await page.setRequestInterception(true);
    const onRequest = (request: import('puppeteer-core').HTTPRequest) => {
      if (new URL(request.url()).pathname.startsWith('/v1/')) void request.abort('internetdisconnected');
      else void request.continue();
    };
    page.on('request', onRequest);
    try {
      await page.reload({ waitUntil: 'networkidle0' });
      await page.click(LAUNCHER);
      await page.waitForSelector(`${PANEL} >>> [part~="offline"]`, VISIBLE);
      await page.type(SEARCH, 'discount');
      await page.waitForSelector(`${RESULT} mark`, VISIBLE);
      await openFirstArticleResult(page);
      await page.waitForSelector(ARTICLE_BODY, VISIBLE);
      const bodyText = (await texts(page, ARTICLE_BODY))[0] ?? '';
      assert.ok(bodyText.length > 100, 'cached article readable offline');
    } finally {
      page.off('request', onRequest);
      await page.setRequestInterception(false);
    }
  });
});
