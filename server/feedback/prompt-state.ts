/**
 * Prompt state per user, merged so two devices never undo each other's caps: per prompt the larger
 * `shown` count and the later of each timestamp, and the later `lastInterruptionAt`.
 */
import { PromptState, type PromptRecord } from '../../src/protocol/prompts.js';
import { userDocument } from '../learner/user-document.js';

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

const promptState = userDocument({ table: 'prompt_states', name: 'prompt state', schema: PromptState, empty: EMPTY, merge: mergePromptState });

export const readPromptState = promptState.read;
export const savePromptState = promptState.save;
