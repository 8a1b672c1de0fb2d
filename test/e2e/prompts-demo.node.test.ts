/**
 * Acceptance for issue 5's prompts, end to end: the Helm CRM demo (which defines a stars prompt
 * after the second Save of an opportunity, and a lesson suggestion on the second visit to the
 * forecast) in Chromium over the real reference server. The prompt never takes focus from the field
 * being typed in; its caps hold across a reload, a new tab, and another device (a second browser
 * context, same person); axe finds nothing on the card.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'puppeteer-core';
import { axe, rows, startDemo, until, type DemoEnv } from './support.js';


const CARD = 'learn-drawer >>> learn-feedback';
const LESSON_CARD = 'learn-drawer >>> [part~="prompt-card"]';
const SAVE = 'xpath/.//button[text()="Save"]';

/** Open Helm CRM on an opportunity, signed in (the demo's switcher adds the token), with the drawer's prompt host listening. */
async function openCrm(page: Page, url: string, hash = '#/opportunity/1042'): Promise<void> {
  await page.goto(`${url}/crm.html${hash}`, { waitUntil: 'networkidle2' });
  await until('signed in, and the drawer ready to render prompts', () =>
    page.evaluate(() => {
      const learn = (window as unknown as { learn?: { user: { token?: string } | null } }).learn;
      return !!learn?.user?.token && !!document.querySelector('learn-drawer')?.shadowRoot?.querySelector('learn-drawer-panel');
    }),
  );
}

async function deepFocusId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id || el?.tagName.toLowerCase() || '';
  });
}

async function saveTwice(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const [save] = await page.$$(SAVE);
    await save!.click();
  }
}


const shownCount = (env: DemoEnv, id: string) =>
  rows<{ state: string }>(env.dbFile, "select data as state from prompt_states where user_id = 'erik-nilsson'")
    .map((r) => (JSON.parse(r.state) as { prompts: Record<string, { shown: number }> }).prompts[id]?.shown ?? 0)
    .reduce((a, b) => Math.max(a, b), 0);

describe('proactive prompts (real server, Chromium, two devices)', { timeout: 300_000 }, () => {
  let env: DemoEnv;
  let laptop: Page;
  let phoneContext: BrowserContext;

  before(async () => {
    env = await startDemo();
    laptop = await env.browser.newPage();
    laptop.on('pageerror', (error) => console.error('page error:', error));
  });
  after(async () => {
    await phoneContext?.close();
    await env?.close();
  });

  it('shows the card while Erik types in a host field without taking focus, and waits for him to pause', async () => {
    await openCrm(laptop, env.url);
    await saveTwice(laptop);
    // Straight back to work: typing the next step while the prompt is due.
    await laptop.click('#opp-next', { count: 3 });
    const typed = 'Call Skanska Pumps about the renewal on Friday';
    await laptop.keyboard.type(typed, { delay: 40 });
    const card = await laptop.waitForSelector(CARD, { visible: true, timeout: 20_000 });
    assert.ok(card, 'the prompt card is shown');
    assert.equal(await deepFocusId(laptop), 'opp-next', 'focus stays in the field being typed in');
    await laptop.keyboard.type(' at 10.', { delay: 20 });
    assert.equal(await laptop.$eval('#opp-next', (i) => (i as HTMLInputElement).value), `${typed} at 10.`, 'nothing typed went to the card');
    assert.match(await card!.evaluate((el) => el.shadowRoot?.textContent ?? ''), /How easy is it to keep an opportunity up to date\?/);
    assert.deepEqual(await axe(laptop), []);
    await until('the server knows the prompt was shown', () => shownCount(env, 'crm-opportunity-ease') === 1);
  });

  it('records the dismissal; a reload and a new tab do not show it again', async () => {
    await laptop.click(`${CARD} >>> [part~="close-button"]`);
    await until('the card is gone', async () => (await laptop.$(CARD)) === null);
    await until('the server knows it was dismissed', () =>
      rows<{ state: string }>(env.dbFile, "select data as state from prompt_states where user_id = 'erik-nilsson'").some((r) => !!(JSON.parse(r.state) as { prompts: Record<string, { dismissedAt?: string }> }).prompts['crm-opportunity-ease']?.dismissedAt),
    );
    await openCrm(laptop, env.url);
    await saveTwice(laptop);
    // A new tab is a new session (a fresh budget): only the prompt's own cap keeps it away.
    const tab = await env.browser.newPage();
    await openCrm(tab, env.url);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { learn: { prompts: { budget(): Promise<unknown> } } }).learn.prompts.budget()), { limit: 1, used: 0, remaining: 1 });
    await saveTwice(tab);
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(await laptop.$(CARD), null, 'not after the reload');
    assert.equal(await tab.$(CARD), null, 'not in a new tab');
    assert.equal(shownCount(env, 'crm-opportunity-ease'), 1);
    await tab.close();
  });

  it('on another device (a second browser context, same person) the cap holds too, while other prompts still show', async () => {
    phoneContext = await env.browser.createBrowserContext();
    const phone = await phoneContext.newPage();
    await openCrm(phone, env.url);
    await saveTwice(phone);
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(await phone.$(CARD), null, 'the stars prompt was seen on the laptop');
    // The engine on the phone works: the forecast's lesson suggestion on the second visit.
    await phone.goto(`${env.url}/crm.html#/forecast`, { waitUntil: 'networkidle2' });
    await phone.goto(`${env.url}/crm.html#/opportunity/1042`, { waitUntil: 'networkidle2' });
    await phone.goto(`${env.url}/crm.html#/forecast`, { waitUntil: 'networkidle2' });
    const card = await phone.waitForSelector(LESSON_CARD, { visible: true, timeout: 20_000 });
    assert.match(await card!.evaluate((el) => el.textContent ?? ''), /Forecast/i);
    assert.deepEqual(await axe(phone), []);
    await phone.click(`${LESSON_CARD} >>> button.primary`);
    try {
      await phone.waitForSelector('learn-drawer >>> learn-drawer-panel >>> learn-lesson', { visible: true, timeout: 20_000 });
    } catch (error) {
      await phone.screenshot({ path: '/tmp/prompts-e2e-failure.png' });
      throw error;
    }
    await until('answered on the server', () =>
      rows<{ state: string }>(env.dbFile, "select data as state from prompt_states where user_id = 'erik-nilsson'").some((r) => !!(JSON.parse(r.state) as { prompts: Record<string, { answeredAt?: string }> }).prompts['crm-forecast-lesson']?.answeredAt),
    );
  });
});
