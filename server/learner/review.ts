/** The Review schedule per user: read, and merge-then-write (per card, src/lesson/review.ts). */
import '../validation.js';
import { mergeReview } from '../../src/lesson/index.js';
import { formatIssues, ReviewState } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { Logger } from '../log.js';

const EMPTY: ReviewState = { cards: [] };

export async function readReview(db: DbReader, userId: string, log: Logger): Promise<ReviewState> {
  const row = await db.selectFrom('review_states').select('data').where('user_id', '=', userId).executeTakeFirst();
  if (!row) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(row.data);
  } catch {
    value = undefined;
  }
  const parsed = ReviewState.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn(`review ${userId}: stored data is invalid and is ignored (${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')})`);
  return EMPTY;
}

export async function saveReview(db: DbReader, userId: string, incoming: ReviewState, log: Logger, now: Date): Promise<ReviewState> {
  const kept = mergeReview(await readReview(db, userId, log), incoming);
  const values = { data: JSON.stringify(kept), updated_at: now.toISOString() };
  await db.insertInto('review_states').values({ user_id: userId, ...values }).onConflict((oc) => oc.column('user_id').doUpdateSet(values)).execute();
  return kept;
}
