/// <reference types="mocha" />
/**
 * Shared fixtures for the ask element's and the inbox's browser tests: Fjordhall's pricing and
 * pipeline topics with their experts (the demo's world), a real runtime over `memoryBackend` (its
 * in-memory ask server), the element as a fixture, and helpers that await state instead of sleeping.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createLearn, memoryBackend, type Learn, type LearnUser, type MemoryBackend, type MemoryContent, type MemoryBackendOptions } from '../../../sdk/index.js';
import type { Question, WorkContext } from '../../../src/protocol/index.js';
import { useElementTestHooks } from '../shared/test-hooks.js';

export const ARTICLES: MemoryContent['articles'] = [
  {
    id: 'discount-approval',
    title: 'Get a discount approved',
    summary: 'Up to 10 % you decide; 10–20 % needs your sales manager; over 20 % goes to the Pricing desk.',
    tags: ['discount', 'pricing', 'renewal'],
    contexts: ['crm/quote', 'crm/opportunity'],
    updatedAt: '2026-10-02T09:00:00Z',
    body: '## Who approves a discount\n\nRenewals above 15 % always go to the Pricing desk.',
  },
  {
    id: 'close-dates',
    title: 'Set and move close dates',
    summary: 'The close date is the day you expect the customer to sign.',
    tags: ['close-date', 'pipeline'],
    contexts: ['crm/opportunity'],
    updatedAt: '2026-10-14T09:00:00Z',
    body: '## The two rules\n\nNo close dates in the past on open opportunities.',
  },
];

export const EXPERTS: NonNullable<MemoryBackendOptions['experts']> = [
  { id: 'anna-lindqvist', name: 'Anna Lindqvist', title: 'Pricing desk lead', topics: ['pricing'], languages: ['sv', 'en'], hours: 'Mon–Fri 08–17 CET' },
  { id: 'omar-haddad', name: 'Omar Haddad', title: 'Sales operations', topics: ['pipeline', 'pricing'], languages: ['en', 'ar', 'sv'], hours: 'Mon–Fri 07–16 CET' },
];

export const TOPICS: NonNullable<MemoryBackendOptions['askTopics']> = [
  { id: 'pricing', name: 'Pricing and discounts', description: 'Discount levels, renewals, approvals.', screens: ['crm/quote'], tags: ['discount'], owner: 'anna-lindqvist' },
  { id: 'pipeline', name: 'Pipeline and forecast', description: 'Stages, close dates, forecast.', screens: ['crm/opportunity'], tags: ['pipeline'], owner: 'omar-haddad' },
];

export const ERIK: LearnUser = { id: 'erik-nilsson', name: 'Erik Nilsson', token: 'test-token-erik' };
export const ANNA: LearnUser = { id: 'anna-lindqvist', name: 'Anna Lindqvist', token: 'test-token-anna' };
export const OMAR: LearnUser = { id: 'omar-haddad', name: 'Omar Haddad', token: 'test-token-omar' };

export interface SetupOptions {
  user?: LearnUser | null;
  context?: WorkContext;
  topics?: MemoryBackendOptions['askTopics'];
  locale?: string;
  latencyMs?: number;
}

const runtimes: Learn[] = [];
let counter = 0;

export function until(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000 });
}

export function startLearn(options: SetupOptions = {}): { learn: Learn; backend: MemoryBackend } {
  const backend = memoryBackend({ articles: ARTICLES, askTopics: options.topics ?? TOPICS, experts: EXPERTS, latencyMs: options.latencyMs });
  const learn = createLearn({
    backend,
    user: options.user === undefined ? ERIK : options.user,
    tenant: `ask-test-${Date.now()}-${counter++}`,
    indexedDB: null,
    locale: options.locale ?? 'en',
    context: options.context ?? { screen: 'crm/opportunity', record: { type: 'opportunity', id: '1042' } },
  });
  runtimes.push(learn);
  return { learn, backend };
}

/** A runtime and an element over it. */
export async function setup<E extends HTMLElement>(template: TemplateResult, options: SetupOptions = {}): Promise<{ learn: Learn; backend: MemoryBackend; el: E }> {
  const { learn, backend } = startLearn(options);
  const el = await fixture<E>(template);
  return { learn, backend, el };
}

export function useAskTestHooks(): void {
  useElementTestHooks(runtimes);
  // Drafts are kept per user in sessionStorage: each test starts without one.
  afterEach(() => sessionStorage.clear());
}

/** A question asked by `asker` straight on the memory server (as if from another device). */
export function askOnServer(backend: MemoryBackend, text: string, options: { asker?: LearnUser; topic?: string; context?: Question['context'] } = {}): Question {
  const result = backend.ask.send(options.asker ?? ERIK, {
    method: 'POST',
    path: '/v1/questions',
    body: { id: crypto.randomUUID(), topic: options.topic ?? 'pricing', text, context: options.context ?? { screen: 'crm/quote', recordType: 'quote' } },
    idempotencyKey: crypto.randomUUID(),
  });
  if (!result || result.status !== 201) throw new Error(`could not ask: ${result?.message ?? result?.status}`);
  return result.body as Question;
}

export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const announced = (el: HTMLElement) => text($(el, '[role="status"]')).replace(/\u200b/g, '');

/** The innermost focused element, through shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Sets a textarea's or input's value as one input event (what typing a paste does). */
export function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const askHtml = (attrs: { topic?: string; size?: string } = {}) => html`<learn-ask topic=${attrs.topic ?? ''} size=${attrs.size ?? 'regular'}></learn-ask>`;
