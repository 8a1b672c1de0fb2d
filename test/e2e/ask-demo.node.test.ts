/**
 * Acceptance for issue 4, end to end: Chromium over the real reference server (SQLite file, demo
 * content with the Fjordhall topics and experts, demo mode minting tokens). Erik asks from Helm
 * CRM's drawer; in a second browser context Anna answers in the expert inbox page; Erik's open
 * drawer shows the answer without a reload (server-sent events); Anna publishes the answer as an
 * article and Erik finds it by search. Then a question asked while the server is down is stored
 * exactly once when it is back. Deep (`>>>`) selectors go through the shadow roots.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'puppeteer-core';
import { rows, startDemo, until, type DemoEnv } from './support.js';

const LAUNCHER = 'learn-drawer >>> [part~="launcher"]';
const PANEL = 'learn-drawer >>> learn-drawer-panel';
const SEARCH = `${PANEL} >>> input[type="search"]`;
const RESULT = `${PANEL} >>> [role="option"]`;
const ASK = `${PANEL} >>> learn-ask`;
const INBOX = 'learn-inbox';
/** Deep waits re-check only on light-DOM changes; `visible` makes them poll. */
const VISIBLE = { visible: true, timeout: 20_000 } as const;

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector, VISIBLE);
  await page.click(selector);
  await page.type(selector, value);
}



/** Opens the drawer on Helm CRM's quote screen and the ask form from its home view. */
async function openAskForm(page: Page): Promise<void> {
  await page.waitForSelector(LAUNCHER, VISIBLE);
  await page.click(LAUNCHER);
  try {
    await page.waitForSelector(`${PANEL} >>> [part~="ask-button"]`, VISIBLE);
  } catch (error) {
    await page.screenshot({ path: '/tmp/ask-e2e-failure.png' });
    throw error;
  }
  await page.click(`${PANEL} >>> [part~="ask-button"]`);
  await page.waitForSelector(`${ASK} >>> [part~="question-input"]`, VISIBLE);
}

describe('ask an expert (real server, Chromium, two people)', { timeout: 400_000 }, () => {
  let env: DemoEnv;
  let erik: Page;
  let expertContext: BrowserContext;
  let anna: Page;
  const question = 'Can I give a 25 % discount on a renewal for Skanska Pumps?';
  const answer = 'Renewals above **15 %** always go to the Pricing desk: select *Request approval* in the quote.';
  const articleTitle = 'Renewal discounts above 15 % go to the Pricing desk';

  before(async () => {
    env = await startDemo();
    erik = await env.browser.newPage();
    erik.on('pageerror', (error) => console.error('erik page error:', error));
    expertContext = await env.browser.createBrowserContext();
    anna = await expertContext.newPage();
    anna.on('pageerror', (error) => console.error('anna page error:', error));
  });
  after(async () => {
    await expertContext?.close();
    await env?.close();
  });

  it('Erik asks from the quote screen with the context attached; the question is routed to Pricing', async () => {
    await erik.goto(`${env.url}/crm.html#/quote/Q-2291`, { waitUntil: 'networkidle2' });
    await openAskForm(erik);
    // The topic is preselected from the screen, and who answers is shown before sending.
    const topic = await erik.$eval(`${ASK} >>> [part~="topic-select"]`, (s) => (s as HTMLSelectElement).value);
    assert.equal(topic, 'pricing');
    assert.match(await text(erik, `${ASK} >>> [part~="expert-name"]`), /Anna Lindqvist/);
    const attached = await erik.$$eval(`${ASK} >>> [part~="context-item"]`, (items) => items.map((i) => i.getAttribute('data-key')));
    assert.ok(attached.includes('screen'), `the screen is attached: ${attached.join(', ')}`);

    await typeInto(erik, `${ASK} >>> [part~="question-input"]`, question);
    await erik.click(`${ASK} >>> [part~="send-button"]`);
    await erik.waitForSelector(`${ASK} >>> [part~="thread"]`, VISIBLE);

    const stored = await until('the server has the question', () => rows<{ id: string; topic: string; context: string; asker_id: string }>(env.dbFile, 'select id, topic, context, asker_id from questions where text = ?', question)[0]);
    assert.equal(stored.topic, 'pricing');
    assert.equal(stored.asker_id, 'erik-nilsson');
    const context = JSON.parse(stored.context) as { screen?: string; url?: string };
    assert.equal(context.screen, 'crm/quote');
    assert.ok(!context.url?.includes('?') && !context.url?.includes('#'), `no query or fragment in ${context.url}`);
  });

  it('Anna answers from the inbox in another browser; Erik\'s open drawer shows it without a reload', async () => {
    await anna.goto(`${env.url}/inbox.html`, { waitUntil: 'networkidle2' });
    await anna.waitForSelector(`${INBOX} >>> [part~="queue-item"]`, VISIBLE);
    const items = await anna.$$(`${INBOX} >>> [part~="queue-item"]`);
    let opened = false;
    for (const item of items) {
      if ((await item.evaluate((el) => el.textContent ?? '')).includes('Skanska Pumps')) {
        await item.click();
        opened = true;
        break;
      }
    }
    assert.ok(opened, "Erik's question is in Anna's queue");
    await anna.waitForSelector(`${INBOX} >>> [part~="question-body"]`, VISIBLE);
    assert.match(await text(anna, `${INBOX} >>> [part~="question-body"]`), /25 % discount on a renewal/);
    await anna.click(`${INBOX} >>> [part~="claim-button"]`);
    await typeInto(anna, `${INBOX} >>> [part~="reply-input"]`, answer);
    await anna.click(`${INBOX} >>> [part~="reply-button"]`);

    // Erik never reloads: the reply arrives over the event stream into the open thread.
    await erik.waitForSelector(`${ASK} >>> [part~="message"][data-role="expert"]`, VISIBLE);
    const reply = await text(erik, `${ASK} >>> [part~="message"][data-role="expert"] [part~="message-body"]`);
    assert.match(reply, /Renewals above 15 % always go to the Pricing desk/);
    const strong = await erik.$eval(`${ASK} >>> [part~="message"][data-role="expert"] [part~="message-body"] strong`, (el) => el.textContent);
    assert.equal(strong, '15 %', 'the markdown is rendered (through the sanitised pipeline)');
  });

  it('Anna publishes the answer as an article; Erik finds it by search', async () => {
    await anna.waitForSelector(`${INBOX} >>> [part~="publish-open"]`, VISIBLE);
    await anna.click(`${INBOX} >>> [part~="publish-open"]`);
    const title = `${INBOX} >>> [part~="draft-title"]`;
    await anna.waitForSelector(title, VISIBLE);
    await anna.$eval(title, (input) => {
      (input as HTMLInputElement).value = '';
    });
    await anna.type(title, articleTitle);
    await anna.click(`${INBOX} >>> [part~="publish-button"]`);
    await anna.waitForSelector(`${INBOX} >>> [part~="published"]`, VISIBLE);
    const article = await until('the article is in the catalog', () => rows<{ id: string }>(env.dbFile, 'select id from articles where title = ?', articleTitle)[0]);

    // Erik's catalog was cached before the article existed; the next visit revalidates it (ETag).
    await erik.reload({ waitUntil: 'networkidle2' });
    await erik.waitForSelector(LAUNCHER, VISIBLE);
    await erik.click(LAUNCHER);
    await typeInto(erik, SEARCH, 'renewal pricing desk');
    await erik.waitForSelector(RESULT, VISIBLE);
    await until('the published article is among the results', async () => {
      const ids = await erik.$$eval(RESULT, (options) => options.map((o) => `${o.getAttribute('data-id') ?? ''} ${o.textContent ?? ''}`));
      return ids.some((entry) => entry.includes(article.id) || entry.includes(articleTitle));
    }, 20_000);
  });

  it('a question asked while the server is down is stored exactly once when it is back', async () => {
    const offlineQuestion = 'Does a credit hold block a quote that was already sent?';
    // Only the hash changes, so reload too: a fresh page with the drawer closed.
    await erik.goto(`${env.url}/crm.html#/account/skanska-mo`, { waitUntil: 'networkidle2' });
    await erik.reload({ waitUntil: 'networkidle2' });
    await env.stopServer();
    try {
      await openAskForm(erik);
      await typeInto(erik, `${ASK} >>> [part~="question-input"]`, offlineQuestion);
      await erik.click(`${ASK} >>> [part~="send-button"]`);
      await erik.waitForSelector(`${ASK} >>> [part~="thread"]`, VISIBLE);
      // Saved in the outbox, and the person is told it goes out when the server is reachable.
      await erik.waitForSelector(`${ASK} >>> [part~="queued"]`, VISIBLE);
      assert.equal(rows(env.dbFile, 'select id from questions where text = ?', offlineQuestion).length, 0);
    } finally {
      await env.startServer();
    }
    await until('the server has the question', () => rows(env.dbFile, 'select id from questions where text = ?', offlineQuestion).length > 0, 90_000);
    // Let the outbox settle, then count again: still one row and one idempotency key for it.
    await erik.evaluate(() => (window as unknown as { learn?: { sync: { flush(): Promise<void> } } }).learn?.sync.flush());
    assert.equal(rows(env.dbFile, 'select id from questions where text = ?', offlineQuestion).length, 1);
  });
});
