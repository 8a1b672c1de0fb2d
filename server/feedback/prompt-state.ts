/**
 * Prompt state per user, merged so two devices never undo each other's caps: per prompt the larger
 * `shown` count and the later of each timestamp, and the later `lastInterruptionAt`.
 */
import '../validation.js';
import { PromptState, type PromptRecord } from '../../src/protocol/prompts.js';
import type { DbReader } from '../db/database.js';
import type { Logger } from '../log.js';

const EMPTY: PromptState = { v: 1, prompts: {} };

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function mergeRecord(a: PromptRecord | undefined, b: PromptRecord): PromptRecord {
  if (!a) return b;
  const merged: PromptRecord = { shown: Math.max(a.shown, b.shown) };
  for (const field of ['lastShownAt', 'answeredAt', 'dismissedAt'] as const) {
    const value = later(a[field], b[field]);
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

export function mergePromptState(stored: PromptState, incoming: PromptState): PromptState {
  const prompts: Record<string, PromptRecord> = { ...stored.prompts };
  for (const [id, record] of Object.entries(incoming.prompts)) prompts[id] = mergeRecord(prompts[id], record);
  const merged: PromptState = { v: 1, prompts };
  const last = later(stored.lastInterruptionAt, incoming.lastInterruptionAt);
  if (last !== undefined) merged.lastInterruptionAt = last;
  return merged;
}

export async function readPromptState(db: DbReader, userId: string, log: Logger): Promise<PromptState> {
  const row = await db.selectFrom('prompt_states').select('data').where('user_id', '=', userId).executeTakeFirst();
  if (!row) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(row.data);
  } catch {
    value = undefined;
  }
  const parsed = PromptState.safeParse(value);
  if (parsed.success) return parsed.data;
  // Written by an older version or by hand: the client's copy replaces it rather than failing every sync.
  log.warn(`prompt state of ${userId}: stored data is invalid and is ignored`);
  return EMPTY;
}

export async function savePromptState(db: DbReader, userId: string, incoming: PromptState, log: Logger, now: Date): Promise<PromptState> {
  const kept = mergePromptState(await readPromptState(db, userId, log), incoming);
  const values = { data: JSON.stringify(kept), updated_at: now.toISOString() };
  await db
    .insertInto('prompt_states')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return kept;
}
