/** Helpers for the feedback, search-event, prompt-state and insights tests. */
import { randomUUID } from 'node:crypto';
import type { FeedbackRequest } from '../../src/protocol/feedback.js';
import type { SearchEvent } from '../../src/protocol/insights.js';
import { signUserToken } from '../../server/auth/token.js';
import { TEST_SECRET } from './support.js';

/** A clock the rate limiter reads; tests move it instead of sleeping. */
export class ManualClock {
  constructor(public ms = Date.parse('2026-11-25T09:00:00Z')) {}
  readonly now = (): number => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export function token(sub: string, roles: string[] = []): Promise<string> {
  return signUserToken(TEST_SECRET, { sub, name: sub, roles }, 600);
}

export function feedback(overrides: Partial<FeedbackRequest> = {}): FeedbackRequest {
  return {
    id: randomUUID(),
    subject: 'article:discount-approval',
    kind: 'thumbs',
    value: 1,
    context: { screen: 'crm/quote' },
    givenAt: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

export function searchEvent(overrides: Partial<SearchEvent> = {}): SearchEvent {
  return { id: randomUUID(), query: 'discount approval', results: 3, screen: 'crm/quote', at: '2026-11-20T10:00:00Z', ...overrides };
}
