/**
 * Acceptance for issue 3, end to end: lessons on The Hub intranet page in Chromium over the real
 * reference server (SQLite file, demo content, demo mode minting tokens for the signed-in person).
 * Resume after a reload, the same progress on a second device (a second browser context, same
 * person), and a lesson finished while the server is down — progress and each statement stored
 * exactly once when it is back. Keyboard operation and the statement order are covered by the
 * element's own tests (test/components/learn-lesson).
 *
 * Pages are awaited with `networkidle2`, not `networkidle0`: The Hub also holds an inline ask form,
 * and a signed-in person's live answer stream stays open.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import type { Page } from 'puppeteer-core';
import { startDemo, until, type DemoEnv } from './support.js';

const DISCOUNTS = 'learn-lesson[lesson="crm-discount-approvals"]';

/** The text of a part inside a lesson's shadow root, or null. */
function partText(page: Page, lesson: string, part: string): Promise<string | null> {
  return page.evaluate(
    (sel, p) => document.querySelector(sel)?.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    lesson,
    part,
  );
}

/** Waits until the lesson's shadow root has the part, polling (deep selectors don't see shadow changes). */
async function waitForPart(page: Page, lesson: string, part: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((sel, p) => !!document.querySelector(sel)?.shadowRoot?.querySelector(`[part~="${p}"]`), { timeout, polling: 100 }, lesson, part);
}

/** Clicks a part inside the lesson's shadow root. */
async function clickPart(page: Page, lesson: string, part: string): Promise<void> {
  await waitForPart(page, lesson, part);
  await page.evaluate((sel, p) => (document.querySelector(sel)!.shadowRoot!.querySelector(`[part~="${p}"]`) as HTMLElement).click(), lesson, part);
}

/**
 * Plays the lesson on screen to its end, answering every quiz right (`correct`: question text →
 * the right choice ids, read from the lesson the server serves), one Next at a time.
 */
async function finishLesson(page: Page, lesson: string, id: string, correct: Record<string, string[]>): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    if (await partText(page, lesson, 'complete')) return;
    const kind = await page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~="step"]')?.getAttribute('data-kind') ?? null, lesson);
    if (kind === 'quiz' && !(await partText(page, lesson, 'feedback'))) {
      const question = (await partText(page, lesson, 'question')) ?? '';
      const ids = correct[question];
      assert.ok(ids, `the right answer to "${question}"`);
      await page.evaluate(
        (sel, wanted) => {
          for (const input of document.querySelector(sel)!.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="quiz"] input')) {
            if (wanted.includes(input.value) && !input.checked) input.click();
          }
        },
        lesson,
        ids,
      );
      await clickPart(page, lesson, 'check-button');
      await waitForPart(page, lesson, 'feedback');
    }
    const before = await partText(page, lesson, 'progress');
    await clickPart(page, lesson, 'next-button');
    await page.waitForFunction(
      (sel, was) => {
        const root = document.querySelector(sel)?.shadowRoot;
        return !!root?.querySelector('[part~="complete"]') || root?.querySelector('[part~="progress"]')?.textContent?.replace(/\s+/g, ' ').trim() !== was;
      },
      { timeout: 10_000, polling: 100 },
      lesson,
      before,
    );
  }
  throw new Error(`lesson ${id} did not finish`);
}

async function token(url: string, user: string): Promise<string> {
  const res = await fetch(`${url}/demo/session?user=${user}`);
  return ((await res.json()) as { user: { token: string } }).user.token;
}

async function serverProgress(url: string, user: string, lessonId: string): Promise<{ status: string; reached: number; current: string } | undefined> {
  const res = await fetch(`${url}/v1/progress`, { headers: { authorization: `Bearer ${await token(url, user)}` } });
  const body = (await res.json()) as { items: { lessonId: string; status: string; reached: number; current: string }[] };
  return body.items.find((p) => p.lessonId === lessonId);
}


describe('lessons on The Hub (real server, Chromium)', { timeout: 300_000 }, () => {
  let env: DemoEnv;
  let page: Page;

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
  });
  after(async () => env?.close());

  it('resumes on the same step after a reload, and the server holds the progress', async () => {
    await page.goto(`${env.url}/hub.html`, { waitUntil: 'networkidle2' });
    await waitForPart(page, DISCOUNTS, 'start-button');
    assert.match((await partText(page, DISCOUNTS, 'meta')) ?? '', /3 min/);
    await clickPart(page, DISCOUNTS, 'start-button');
    await waitForPart(page, DISCOUNTS, 'step');
    await clickPart(page, DISCOUNTS, 'next-button');
    await page.waitForFunction((sel) => /Step 2 of/.test(document.querySelector(sel)?.shadowRoot?.querySelector('[part~="progress"]')?.textContent ?? ''), { polling: 100 }, DISCOUNTS);
    const heading = await partText(page, DISCOUNTS, 'step-heading');

    await page.reload({ waitUntil: 'networkidle2' });
    await waitForPart(page, DISCOUNTS, 'start-button');
    assert.match((await partText(page, DISCOUNTS, 'start-button')) ?? '', /Resume — step 2 of/);
    await clickPart(page, DISCOUNTS, 'start-button');
    await waitForPart(page, DISCOUNTS, 'step-heading');
    assert.equal(await partText(page, DISCOUNTS, 'step-heading'), heading);

    const stored = await until('the server has the progress', () => serverProgress(env.url, 'erik-nilsson', 'crm-discount-approvals').then((p) => p && p.reached >= 1 && p));
    assert.equal(stored.status, 'in-progress');
  });

  it('picks the lesson up on a second device signed in as the same person', async () => {
    const other = await env.browser.createBrowserContext();
    try {
      const second = await other.newPage();
      await second.goto(`${env.url}/hub.html`, { waitUntil: 'networkidle2' });
      await waitForPart(second, DISCOUNTS, 'start-button');
      await second.waitForFunction((sel) => /Resume — step 2 of/.test(document.querySelector(sel)?.shadowRoot?.querySelector('[part~="start-button"]')?.textContent ?? ''), { timeout: 20_000, polling: 200 }, DISCOUNTS);
    } finally {
      await other.close();
    }
  });

  it('finishes a lesson while the server is down; once it is back it holds the progress and each statement exactly once', async () => {
    await page.goto(`${env.url}/hub.html`, { waitUntil: 'networkidle2' });
    // An editor's tag added after load (a CMS inserting it): learn.js loads the player for it.
    await page.evaluate(() => {
      const lesson = document.createElement('learn-lesson');
      lesson.setAttribute('lesson', 'crm-personal-data');
      document.querySelector('main')!.append(lesson);
    });
    const PERSONAL = 'learn-lesson[lesson="crm-personal-data"]';
    await waitForPart(page, PERSONAL, 'start-button');
    const lesson = (await (await fetch(`${env.url}/v1/lessons/crm-personal-data`)).json()) as { steps: { kind: string; question?: string; choices?: { id: string; correct: boolean }[] }[] };
    const correct = Object.fromEntries(lesson.steps.filter((s) => s.kind === 'quiz').map((s) => [s.question!.replace(/\s+/g, ' ').trim(), s.choices!.filter((c) => c.correct).map((c) => c.id)]));

    await env.stopServer();
    await clickPart(page, PERSONAL, 'start-button');
    await finishLesson(page, PERSONAL, 'crm-personal-data', correct);
    assert.match((await partText(page, PERSONAL, 'complete')) ?? '', /Passed|passed/);

    await env.startServer();
    const stored = await until('the outbox delivered the progress', () => serverProgress(env.url, 'erik-nilsson', 'crm-personal-data').then((p) => p?.status === 'completed' && p), 120_000);
    assert.equal(stored.status, 'completed');

    // launched, initialized, one answered per quiz, completed, passed, terminated — each once.
    const quizzes = Object.keys(correct).length;
    const expected = 5 + quizzes;
    const rows = await until(
      'every statement arrived',
      async () => {
        const db = new Database(env.dbFile, { readonly: true });
        try {
          const all = db.prepare(`select id, data from statements where user_id = ?`).all('erik-nilsson') as { id: string; data: string }[];
          const mine = all.filter((r) => (JSON.parse(r.data) as { object: { id: string } }).object.id.includes('/lessons/crm-personal-data'));
          return mine.length >= expected && mine;
        } finally {
          db.close();
        }
      },
      120_000,
    );
    const verbs = rows.map((r) => (JSON.parse(r.data) as { verb: { id: string } }).verb.id.split('/').pop());
    assert.equal(rows.length, expected, `statements: ${verbs.join(', ')}`);
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
    for (const verb of ['launched', 'initialized', 'completed', 'passed', 'terminated']) assert.equal(verbs.filter((v) => v === verb).length, 1, verb);
    assert.equal(verbs.filter((v) => v === 'answered').length, quizzes);
  });
});
