/**
 * Fixtures for the ask-an-expert tests: a memory backend with two topics and two experts, an
 * employee and an expert as users (tokens: memoryBackend verifies none, the SDK needs one for the
 * inbox and the live stream), and a runtime factory that tracks what it creates.
 */
import { createLearn, memoryBackend, type MemoryBackend } from '../../sdk/index.js';
import type { Learn, LearnUser } from '../../sdk/types.js';
import { ARTICLES, track } from './helpers.js';

export const EMPLOYEE: LearnUser = { id: 'erik', name: 'Erik Nilsson', token: 'token-erik' };
export const EXPERT: LearnUser = { id: 'maria', name: 'Maria Berg', token: 'token-maria' };
export const OTHER_EXPERT: LearnUser = { id: 'jonas', name: 'Jonas Lind', token: 'token-jonas' };

export function askMemory(): MemoryBackend {
  return memoryBackend({
    articles: ARTICLES,
    askTopics: [
      { id: 'pricing', name: 'Pricing and discounts', screens: ['crm/quote', 'crm/opportunity'], tags: ['discount'], owner: 'maria' },
      { id: 'accounts', name: 'Accounts', screens: ['crm/account'], owner: 'jonas' },
    ],
    experts: [
      { id: 'maria', name: 'Maria Berg', title: 'Pricing desk', topics: ['pricing'], languages: ['en', 'sv'] },
      { id: 'jonas', name: 'Jonas Lind', title: 'Sales ops', topics: ['pricing', 'accounts'], languages: ['en'] },
    ],
  });
}

export function startAsk(backend: MemoryBackend, tenant: string, user: LearnUser | null = EMPLOYEE, screen = 'crm/opportunity'): Learn {
  return track(createLearn({ backend, tenant, user, context: { screen, record: { type: 'opportunity', id: 'o-17' }, app: 'Helm CRM', url: 'https://crm.example.com/opportunity/17?token=secret#notes' } }));
}

export const QUESTION = 'Can I give a 25 % discount on a renewal?';
