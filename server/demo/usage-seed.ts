/**
 * Demo mode only: 90 days of usage by Fjordhall's employees, so the insights view has something
 * true to show (issue 5): settled searches — the common ones ("discount approval", "credit hold")
 * and the ones the help cannot answer ("expense report", "travel policy": HR content is not in the
 * pack) —, thumbs on articles with the reasons people gave (the renewal rule changed to 15 %, so
 * that article is "outdated"; purchase-order approval is "unclear"), star ratings of lessons, NPS,
 * and lesson progress for the funnel. Deterministic (a seeded PRNG): the same rows on every fresh
 * demo database, with dates relative to the day it is seeded. Seeded once: a database that already
 * has this usage is left alone.
 */
import { newProgress } from '../../src/lesson/index.js';
import type { LessonProgress } from '../../src/protocol/progress.js';
import { findLesson } from '../catalog/lessons.js';
import type { Db } from '../db/database.js';
import type { FeedbackTable, SearchEventTable } from '../db/schema.js';
import type { Logger } from '../log.js';
import { seededRandom } from '../../src/seeded-random.js';

const DAYS = 90;
const DAY = 86_400_000;
const USER_PREFIX = 'fjordhall-emp-';
const EMPLOYEES = 400;
const CHUNK = 200;


type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
function weighted<T extends { weight: number }>(rand: Rand, items: readonly T[]): T {
  let r = rand() * items.reduce((sum, i) => sum + i.weight, 0);
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return items[items.length - 1] as T;
}

/** A UUID from the PRNG, so reseeding makes the same ids. */
function uuid(rand: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rand() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface SearchProfile {
  query: string;
  weight: number;
  screen: string;
  /** Results shown; 0 for a content gap. */
  results: number;
  /** The article opened when one is, and how often. */
  opens?: string;
  openRate?: number;
}

const SEARCHES: SearchProfile[] = [
  { query: 'discount approval', weight: 30, screen: 'crm/quote', results: 4, opens: 'discount-approval', openRate: 0.7 },
  { query: 'credit hold', weight: 22, screen: 'crm/account', results: 2, opens: 'credit-hold', openRate: 0.8 },
  { query: 'close date', weight: 16, screen: 'crm/opportunity', results: 3, opens: 'close-dates', openRate: 0.6 },
  { query: 'renewal discount', weight: 12, screen: 'crm/quote', results: 3, opens: 'renewal-discounts', openRate: 0.6 },
  { query: 'approval limit', weight: 14, screen: 'erp/purchase-order', results: 2, opens: 'purchase-order-approval', openRate: 0.7 },
  { query: 'three-way match', weight: 8, screen: 'erp/goods-receipt', results: 1, opens: 'three-way-match', openRate: 0.8 },
  { query: 'forecast commit', weight: 9, screen: 'crm/forecast', results: 3, opens: 'what-commit-means', openRate: 0.5 },
  { query: 'merge duplicate account', weight: 7, screen: 'crm/account', results: 2, opens: 'duplicate-accounts', openRate: 0.7 },
  { query: 'quote pdf', weight: 6, screen: 'crm/quote', results: 2, opens: 'send-quote-pdf', openRate: 0.6 },
  { query: 'rabatt', weight: 5, screen: 'crm/quote', results: 2, opens: 'rabattgodkannande', openRate: 0.6 },
  // What people look for here and the help does not have.
  { query: 'expense report', weight: 9, screen: 'hub/news', results: 0 },
  { query: 'travel policy', weight: 6, screen: 'hub/news', results: 0 },
  { query: 'partial invoice', weight: 4, screen: 'erp/goods-receipt', results: 0 },
  { query: 'damaged goods return', weight: 4, screen: 'erp/goods-receipt', results: 0 },
  { query: 'commission', weight: 3, screen: 'crm/forecast', results: 0 },
  { query: 'vacation days', weight: 3, screen: 'hub/news', results: 0 },
];

interface ArticleProfile {
  id: string;
  screen: string;
  weight: number;
  helpful: number;
  reasons: { reason: 'outdated' | 'unclear' | 'not-answered'; weight: number }[];
}

const ARTICLES: ArticleProfile[] = [
  { id: 'discount-approval', screen: 'crm/quote', weight: 30, helpful: 0.88, reasons: [{ reason: 'unclear', weight: 2 }, { reason: 'not-answered', weight: 1 }] },
  { id: 'credit-hold', screen: 'crm/account', weight: 20, helpful: 0.82, reasons: [{ reason: 'not-answered', weight: 2 }, { reason: 'unclear', weight: 1 }] },
  { id: 'close-dates', screen: 'crm/opportunity', weight: 15, helpful: 0.9, reasons: [{ reason: 'unclear', weight: 1 }] },
  // The renewal rule was tightened to 15 %: people who read the old wording say so.
  { id: 'renewal-discounts', screen: 'crm/quote', weight: 12, helpful: 0.45, reasons: [{ reason: 'outdated', weight: 6 }, { reason: 'unclear', weight: 1 }] },
  { id: 'purchase-order-approval', screen: 'erp/purchase-order', weight: 14, helpful: 0.55, reasons: [{ reason: 'unclear', weight: 5 }, { reason: 'not-answered', weight: 2 }] },
  { id: 'forecast-submission', screen: 'crm/forecast', weight: 8, helpful: 0.6, reasons: [{ reason: 'not-answered', weight: 4 }, { reason: 'outdated', weight: 1 }] },
  { id: 'three-way-match', screen: 'erp/goods-receipt', weight: 7, helpful: 0.78, reasons: [{ reason: 'unclear', weight: 2 }] },
  { id: 'duplicate-accounts', screen: 'crm/account', weight: 6, helpful: 0.85, reasons: [{ reason: 'not-answered', weight: 1 }] },
  { id: 'quote-blocked', screen: 'crm/quote', weight: 6, helpful: 0.8, reasons: [{ reason: 'unclear', weight: 1 }] },
];

/** The lessons and how the funnel narrows for each: completion and pass rates of those who start. */
const LESSONS = [
  { id: 'crm-discount-approvals', weight: 5, completes: 0.8, passes: 0.85 },
  { id: 'crm-close-dates', weight: 4, completes: 0.85, passes: 0.9 },
  { id: 'crm-pipeline-stages', weight: 4, completes: 0.75, passes: 0.8 },
  { id: 'crm-quotes-credit-hold', weight: 3, completes: 0.7, passes: 0.7 },
  { id: 'crm-forecasting-basics', weight: 3, completes: 0.55, passes: 0.75 },
  { id: 'crm-duplicate-accounts', weight: 2, completes: 0.8, passes: 0.9 },
  { id: 'crm-personal-data', weight: 3, completes: 0.65, passes: 0.6 },
];

/** Weekdays are busy, weekends nearly empty, as at any office. */
function dailyVolume(rand: Rand, day: Date, base: number): number {
  const weekday = day.getUTCDay();
  const factor = weekday === 0 || weekday === 6 ? 0.1 : 1;
  return Math.round(base * factor * (0.7 + rand() * 0.6));
}

function momentOn(rand: Rand, day: Date): string {
  // Office hours in Sweden: 06–16 UTC.
  return new Date(day.getTime() + (6 + rand() * 10) * 3_600_000).toISOString();
}

const employee = (rand: Rand) => `${USER_PREFIX}${String(1 + Math.floor(rand() * EMPLOYEES)).padStart(4, '0')}`;

export async function seedDemoUsage(db: Db, log: Logger, now = new Date()): Promise<void> {
  const seeded = await db.selectFrom('feedback').select('id').where('user_id', '>=', USER_PREFIX).where('user_id', '<', `${USER_PREFIX}~`).limit(1).executeTakeFirst();
  if (seeded) return;
  const rand = seededRandom(20261125);
  const known = new Set((await db.selectFrom('articles').select('id').execute()).map((a) => a.id));
  const articles = ARTICLES.filter((a) => known.has(a.id));
  const stored_at = now.toISOString();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const feedback: FeedbackTable[] = [];
  const searches: SearchEventTable[] = [];

  for (let d = DAYS; d >= 1; d--) {
    const day = new Date(today - d * DAY);
    for (let i = dailyVolume(rand, day, 70); i > 0; i--) {
      const s = weighted(rand, SEARCHES);
      const opened = s.opens && known.has(s.opens) && rand() < (s.openRate ?? 0) ? s.opens : null;
      searches.push({ id: uuid(rand), user_id: employee(rand), query: s.query, results: s.results, opened, screen: s.screen, at: momentOn(rand, day), stored_at });
    }
    for (let i = dailyVolume(rand, day, 40); i > 0 && articles.length; i--) {
      const a = weighted(rand, articles);
      const helpful = rand() < a.helpful;
      const base = { id: uuid(rand), user_id: employee(rand), subject: `article:${a.id}`, kind: 'thumbs' as const, value: helpful ? 1 : 0, reason: helpful ? null : weighted(rand, a.reasons).reason, comment: null, answers: null, prompt: 'article-end', screen: a.screen, context: JSON.stringify({ screen: a.screen }), given_at: momentOn(rand, day), stored_at };
      feedback.push(base);
    }
    for (let i = dailyVolume(rand, day, 6); i > 0; i--) {
      const lesson = weighted(rand, LESSONS);
      const stars = weighted(rand, [{ v: 5, weight: 5 }, { v: 4, weight: 4 }, { v: 3, weight: 2 }, { v: 2, weight: 1 }, { v: 1, weight: 0.5 }]).v;
      feedback.push({ id: uuid(rand), user_id: employee(rand), subject: `lesson:${lesson.id}`, kind: 'stars', value: stars, reason: null, comment: null, answers: null, prompt: 'lesson-complete', screen: null, context: '{}', given_at: momentOn(rand, day), stored_at });
    }
    // A monthly NPS pulse on The Hub, answered over its first days.
    if (day.getUTCDate() <= 4) {
      for (let i = dailyVolume(rand, day, 25); i > 0; i--) {
        const score = weighted(rand, [{ v: 10, weight: 3 }, { v: 9, weight: 4 }, { v: 8, weight: 4 }, { v: 7, weight: 3 }, { v: 6, weight: 1.5 }, { v: 4, weight: 1 }, { v: 2, weight: 0.5 }]).v;
        feedback.push({ id: uuid(rand), user_id: employee(rand), subject: 'product:learnflow', kind: 'nps', value: score, reason: null, comment: null, answers: null, prompt: 'nps-monthly', screen: 'hub/news', context: JSON.stringify({ screen: 'hub/news' }), given_at: momentOn(rand, day), stored_at });
      }
    }
  }

  const progress: { user_id: string; lesson_id: string; data: string; updated_at: string }[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < 320; i++) {
    const profile = weighted(rand, LESSONS);
    const user = employee(rand);
    if (taken.has(`${user}/${profile.id}`)) continue;
    const stored = await findLesson(db, profile.id);
    if (!stored) continue;
    taken.add(`${user}/${profile.id}`);
    const started = new Date(today - Math.floor(rand() * DAYS) * DAY + (6 + rand() * 10) * 3_600_000);
    let p: LessonProgress = newProgress(stored.lesson, { now: started, registration: uuid(rand) });
    if (rand() < profile.completes) {
      const passed = rand() < profile.passes;
      const done = new Date(started.getTime() + (2 + rand() * 6) * 60_000).toISOString();
      p = { ...p, status: 'completed', reached: stored.lesson.steps.length - 1, current: stored.lesson.steps[stored.lesson.steps.length - 1]?.id ?? p.current, score: passed ? 0.8 + rand() * 0.2 : rand() * 0.6, passed, completedAt: done, updatedAt: done, activeMs: Math.round((2 + rand() * 6) * 60_000) };
    }
    progress.push({ user_id: user, lesson_id: profile.id, data: JSON.stringify(p), updated_at: p.updatedAt });
  }

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < feedback.length; i += CHUNK) await trx.insertInto('feedback').values(feedback.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute();
    for (let i = 0; i < searches.length; i += CHUNK) await trx.insertInto('search_events').values(searches.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute();
    for (let i = 0; i < progress.length; i += CHUNK) await trx.insertInto('progress').values(progress.slice(i, i + CHUNK)).onConflict((oc) => oc.columns(['user_id', 'lesson_id']).doNothing()).execute();
  });
  log.info(`Demo usage: ${feedback.length} feedback, ${searches.length} searches and ${progress.length} lesson starts over ${DAYS} days`);
}
