/**
 * A stand-in for the reference server's insights routes, as a `fetch` httpBackend takes: answers
 * `/v1/insights/<report>` with the reports below (JSON, or CSV for `format=csv`), 401 without a
 * bearer token, 403 for any token but OWNER's, 422 for a malformed date — the statuses the real
 * routes answer (server/routes/insights.ts). Every other path is 404 (the runtime asks for its
 * catalog; a failed catalog is no concern of the insights view). `respond` overrides an answer.
 */
import { createLearn, httpBackend } from '../../sdk/index.js';
import type { Learn, LearnUser } from '../../sdk/types.js';
import type { ArticleInsights, FeedbackInsights, LessonInsights, QuestionInsights, SearchInsights } from '../../src/protocol/insights.js';
import { track } from './helpers.js';

export const OWNER: LearnUser = { id: 'karin-holm', name: 'Karin Holm', token: 'token-owner' };
export const EMPLOYEE_NOT_OWNER: LearnUser = { id: 'erik-nilsson', name: 'Erik Nilsson', token: 'token-erik' };

const range = { from: '2026-10-27', to: '2026-11-25' };

export const REPORTS = {
  searches: {
    range,
    total: 412,
    noResultTotal: 57,
    noResults: [
      { query: 'expense report', count: 21, opened: 0, lastAt: '2026-11-24T09:12:00.000Z' },
      { query: 'travel policy', count: 14, opened: 0, lastAt: '2026-11-23T14:40:00.000Z' },
      { query: 'partial invoice', count: 9, opened: 0, lastAt: '2026-11-20T08:05:00.000Z' },
    ],
    top: [
      { query: 'discount approval', count: 64, opened: 41, lastAt: '2026-11-25T07:30:00.000Z' },
      { query: 'close date', count: 48, opened: 30, lastAt: '2026-11-24T16:02:00.000Z' },
      { query: 'expense report', count: 21, opened: 0, lastAt: '2026-11-24T09:12:00.000Z' },
    ],
  } satisfies SearchInsights,
  articles: {
    range,
    items: [
      { article: 'renewal-discounts', title: 'Renewal discounts', helpful: 6, notHelpful: 19, helpfulShare: 0.24, reasons: { outdated: 14, unclear: 3, 'not-answered': 2 } },
      { article: 'close-dates', title: 'Set and move close dates', helpful: 31, notHelpful: 4, helpfulShare: 31 / 35, reasons: { outdated: 0, unclear: 3, 'not-answered': 1 } },
    ],
  } satisfies ArticleInsights,
  questions: {
    range,
    targetMinutes: 240,
    at: '2026-11-25T10:00:00.000Z',
    open: 7,
    topics: [
      { topic: 'pricing', open: 4, ages: { fresh: 1, due: 1, late: 1, veryLate: 1 }, oldestMinutes: 1_300 },
      { topic: 'purchasing', open: 3, ages: { fresh: 2, due: 1, late: 0, veryLate: 0 }, oldestMinutes: 150 },
    ],
  } satisfies QuestionInsights,
  lessons: {
    range,
    items: [
      { lesson: 'discount-rules', title: 'Discount rules in two minutes', started: 120, completed: 96, passed: 81 },
      { lesson: 'purchase-orders', title: 'Purchase orders and approval limits', started: 45, completed: 30, passed: 22 },
    ],
  } satisfies LessonInsights,
  feedback: {
    range,
    days: [
      { day: '2026-11-23', count: 18, helpfulShare: 0.72, averageStars: 4.1, nps: null },
      { day: '2026-11-24', count: 25, helpfulShare: 0.64, averageStars: 3.8, nps: 32 },
      { day: '2026-11-25', count: 11, helpfulShare: 0.81, averageStars: null, nps: null },
    ],
  } satisfies FeedbackInsights,
};

export const CSV_HEADERS: Record<keyof typeof REPORTS, string> = {
  searches: 'list,query,count,opened,last_at',
  articles: 'article,title,helpful,not_helpful,helpful_share,outdated,unclear,not_answered',
  questions: 'topic,open,fresh,due,late,very_late,oldest_minutes,target_minutes',
  lessons: 'lesson,title,started,completed,passed',
  feedback: 'day,count,helpful_share,average_stars,nps',
};

export interface Seen {
  url: URL;
  headers: Headers;
}

export type Respond = (url: URL, headers: Headers) => Response | Promise<Response | undefined> | undefined;

const problem = (status: number, message: string) => new Response(JSON.stringify({ error: { code: 'x', message } }), { status, headers: { 'content-type': 'application/json' } });

export function insightsServer(respond?: Respond) {
  const seen: Seen[] = [];
  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    const signal = init.signal;
    signal?.throwIfAborted();
    // Like the real fetch, an abort (the timeout too) rejects even an answer that never comes.
    const aborted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    return Promise.race([answer(url, headers), aborted]);
  };
  const answer = async (url: URL, headers: Headers): Promise<Response> => {
    const match = /^\/api\/v1\/insights\/(\w+)$/.exec(url.pathname);
    if (!match) return problem(404, 'not here');
    seen.push({ url, headers });
    const own = await respond?.(url, headers);
    if (own) return own;
    const token = headers.get('Authorization');
    if (!token) return problem(401, 'no token');
    if (token !== `Bearer ${OWNER.token}`) return problem(403, 'insights are for content owners: the token has no "owner" role');
    const name = match[1] as keyof typeof REPORTS;
    const body = REPORTS[name];
    if (!body) return problem(404, 'no such report');
    for (const field of ['from', 'to']) if (url.searchParams.has(field) && !/^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get(field)!)) return problem(422, `${field} is not a date`);
    if (url.searchParams.get('format') === 'csv') return new Response(`${CSV_HEADERS[name]}\r\nrow,1\r\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, seen };
}

/**
 * A runtime over httpBackend and the stand-in server (tracked, so `cleanup` destroys it), provided
 * on `root` (default: an element of its own, so several in one test do not replace each other).
 */
export function insightsLearn(user: LearnUser | null = OWNER, respond?: Respond, root: HTMLElement = document.createElement('div')): { learn: Learn; seen: Seen[] } {
  const server = insightsServer(respond);
  const backend = httpBackend({ url: 'https://help.example.com/api', fetch: server.fetch, timeoutMs: 1_500 });
  const learn = track(createLearn({ backend, tenant: `insights-${crypto.randomUUID()}`, user, locale: 'en', root, indexedDB: null }));
  return { learn, seen: server.seen };
}
