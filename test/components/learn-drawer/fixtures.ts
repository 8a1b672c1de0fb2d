/**
 * Shared fixtures for the drawer's browser tests: a few Fjordhall help articles (the demo's world),
 * a real runtime (`createLearn` over `memoryBackend`, IndexedDB off so tests never share a cache),
 * the drawer as a fixture, and small helpers that await state instead of sleeping.
 */
import { useElementTestHooks } from '../shared/test-hooks.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { createLearn, memoryBackend, type Backend, type BackendErrorKind, type Learn, type MemoryBackend, type MemoryContent } from '../../../sdk/index.js';
import type { WorkContext } from '../../../src/protocol/index.js';
import type { LearnOptions } from '../../../sdk/types.js';
import '../../../components/learn-drawer/define.js';
import type { LearnDrawer } from '../../../components/learn-drawer/learn-drawer.js';
import type { LearnDrawerPanel } from '../../../components/learn-drawer/panel/learn-drawer-panel.js';

export type Articles = MemoryContent['articles'];

export const ARTICLES: Articles = [
  {
    id: 'close-dates',
    title: 'Set and move close dates',
    summary: 'The close date is the day you expect the customer to sign. It cannot be in the past on an open deal.',
    tags: ['pipeline', 'opportunity', 'close-date', 'forecast'],
    contexts: ['crm/opportunity', 'crm/forecast'],
    owner: 'Sales operations',
    updatedAt: '2026-10-14T09:00:00Z',
    body:
      'The **Close date** decides which quarter the deal is forecast in.\n\n' +
      '## The two rules\n\n- No close dates in the past on open opportunities.\n- Pushing a close date more than twice in a quarter flags the deal.\n\n' +
      '## When the customer delays\n\nMove the date as soon as you know, and check the [discount approval](discount-approval) time. See [the two rules](#the-two-rules).',
  },
  {
    id: 'discount-approval',
    title: 'Get a discount approved',
    summary: 'Up to 10 % you decide; 10–20 % needs your sales manager; over 20 % goes to the Pricing desk.',
    tags: ['discount', 'pricing', 'approval', 'quote'],
    contexts: ['crm/quote', 'crm/opportunity'],
    owner: 'Pricing desk',
    updatedAt: '2026-10-02T09:00:00Z',
    body: '## Who approves a discount\n\nUp to 10 % a sales rep decides. Between 10 and 20 % the sales manager approves in the quote. Over 20 % goes to the Pricing desk.\n\nA quote with an unapproved discount cannot be sent.',
  },
  {
    id: 'pipeline-stages',
    title: 'Pipeline stages and what they mean',
    summary: 'Qualify, Discover, Propose, Negotiate, Closed won or lost, and what each stage needs.',
    tags: ['pipeline', 'stage', 'opportunity'],
    contexts: ['crm/opportunity'],
    owner: 'Sales operations',
    updatedAt: '2026-09-20T09:00:00Z',
    body: '## The stages\n\nQualify (10 %) → Discover (25 %) → Propose (50 %) → Negotiate (75 %). Moving to Propose needs a quote.',
  },
  {
    id: 'duplicate-accounts',
    title: 'Report a duplicate account',
    summary: 'Duplicates are merged by Sales ops, never deleted. Here is how to report one.',
    tags: ['account', 'duplicates'],
    contexts: ['crm/account'],
    owner: 'Sales operations',
    updatedAt: '2026-08-11T09:00:00Z',
    body: '## Reporting\n\nUse **Report duplicate** on the account. Sales ops merges the two records.',
  },
  {
    id: 'credit-hold',
    title: 'Customers on credit hold',
    summary: 'Finance sets credit hold; a customer on hold cannot get new quotes.',
    tags: ['account', 'credit', 'finance'],
    contexts: ['crm/account', 'crm/quote'],
    owner: 'Credit & finance',
    updatedAt: '2026-07-01T09:00:00Z',
    body: '## What credit hold means\n\nA customer on credit hold cannot get new quotes until Finance lifts it.',
  },
  {
    id: 'forecast-submission',
    title: 'Submit your forecast by Monday 12:00',
    summary: 'Commit means you would bet your bonus on it.',
    tags: ['forecast'],
    contexts: ['crm/forecast'],
    owner: 'Sales operations',
    updatedAt: '2026-10-20T09:00:00Z',
    body: '## Every Monday\n\nSubmit commit, best case and pipeline for the quarter by 12:00.',
  },
];

export interface SetupOptions {
  articles?: Articles;
  context?: WorkContext;
  locale?: string;
  /** Make the backend fail from the start (no cache: IndexedDB is off in these tests). */
  failure?: BackendErrorKind;
  latencyMs?: number;
  /** Adds "open in full page" URLs to the memory backend. */
  articlePageUrl?: Backend['articlePageUrl'];
  /** Wait for the catalog before creating the fixture (default true). */
  waitForCatalog?: boolean;
  lessons?: MemoryContent['lessons'];
  user?: LearnOptions['user'];
}

export interface Setup {
  learn: Learn;
  backend: MemoryBackend;
  drawer: LearnDrawer;
}

/**
 * `waitUntil` with room for a cold start: the first open of a test page imports the panel chunk
 * and the first article the markdown chunk from the dev server, on a machine other jobs share.
 * It polls; it never sleeps a fixed time.
 */
export function until(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000 });
}

const runtimes: Learn[] = [];
let counter = 0;

export function startLearn(options: SetupOptions = {}): { learn: Learn; backend: MemoryBackend } {
  const backend = memoryBackend({ articles: options.articles ?? ARTICLES, lessons: options.lessons, latencyMs: options.latencyMs });
  if (options.failure) backend.setFailure(options.failure);
  const withPages: MemoryBackend = options.articlePageUrl ? { ...backend, articlePageUrl: options.articlePageUrl } : backend;
  const learn = createLearn({
    backend: withPages,
    tenant: `drawer-test-${counter++}`,
    indexedDB: null,
    locale: options.locale ?? 'en',
    context: options.context ?? { screen: 'crm/opportunity' },
    user: options.user ?? null,
  });
  runtimes.push(learn);
  return { learn, backend };
}

export async function catalogReady(learn: Learn): Promise<void> {
  await until(() => learn.catalogState.status === 'ready', 'the catalog did not load');
}

/** A runtime and a drawer over it (the template decides the drawer's attributes and neighbours). */
export async function setup(template: TemplateResult = html`<learn-drawer></learn-drawer>`, options: SetupOptions = {}): Promise<Setup> {
  const { learn, backend } = startLearn(options);
  if (options.waitForCatalog !== false && !options.failure) await catalogReady(learn);
  const root = await fixture<HTMLElement>(template);
  const drawer = (root.localName === 'learn-drawer' ? root : root.querySelector('learn-drawer')) as LearnDrawer;
  return { learn, backend, drawer };
}

/**
 * Destroys the runtimes and fails the test on Lit dev-mode warnings (an update scheduled after an
 * update, a non-reactive change in `updated()`…): they are real bugs even when a test passes.
 */
export function useDrawerTestHooks(): void {
  useElementTestHooks(runtimes);
}

/**
 * Idle time under the test's control: requestIdleCallback is replaced while `fn` runs, and the
 * callbacks it was given are kept for the test instead of running on their own.
 */
export async function withControlledIdle(fn: (requested: (() => void)[]) => Promise<void>): Promise<void> {
  const w = window as Window & { requestIdleCallback: typeof requestIdleCallback };
  const original = w.requestIdleCallback;
  const requested: (() => void)[] = [];
  w.requestIdleCallback = ((callback: IdleRequestCallback) => requested.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }))) as typeof requestIdleCallback;
  try {
    await fn(requested);
  } finally {
    w.requestIdleCallback = original;
  }
}

export const launcherOf = (drawer: LearnDrawer) => drawer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!;
export const panelOf = (drawer: LearnDrawer) => drawer.shadowRoot!.querySelector<LearnDrawerPanel>('learn-drawer-panel');
export const $ = <E extends Element = HTMLElement>(panel: LearnDrawerPanel, selector: string) => panel.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(panel: LearnDrawerPanel, selector: string) => [...panel.shadowRoot!.querySelectorAll<E>(selector)];
export const texts = (elements: Element[]) => elements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The panel once it is open and rendered. */
export async function openPanel(drawer: LearnDrawer): Promise<LearnDrawerPanel> {
  await until(() => panelOf(drawer)?.open && $(panelOf(drawer)!, 'dialog[open]'), 'the drawer did not open');
  const panel = panelOf(drawer)!;
  await panel.updateComplete;
  return panel;
}

/** Clicks the launcher and waits for the open panel with its home view. */
export async function clickOpen(drawer: LearnDrawer): Promise<LearnDrawerPanel> {
  launcherOf(drawer).click();
  return openPanel(drawer);
}

export const searchInput = (panel: LearnDrawerPanel) => $<HTMLInputElement>(panel, 'input[type="search"]')!;

/** Types into the search field as one input event and waits until the search has an answer. */
export async function search(panel: LearnDrawerPanel, text: string): Promise<void> {
  const input = searchInput(panel);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await until(() => $(panel, '[role="listbox"], [part~="no-results"]'), `no answer for "${text}"`);
  await panel.updateComplete;
}

/** Presses a key with modifiers held, as a person would (puppeteer's `press` takes one key). */
export async function pressChord(...keys: string[]): Promise<void> {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendKeys({ press: keys[keys.length - 1]! });
  for (const key of modifiers.reverse()) await sendKeys({ up: key });
}

/** The innermost focused element, through shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
