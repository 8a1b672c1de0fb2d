/**
 * Prompt state per user (`PromptState`): what each proactive prompt has been shown, answered and
 * dismissed. The SDK keeps it in IndexedDB and PUTs it to the server, which merges it with what the
 * person's other devices sent: per prompt the larger `shown` count and the later of each
 * timestamp, and the later `lastInterruptionAt` — so two devices never undo each other's caps.
 * Pure: shared by the SDK (merging the server's copy into the local one) and the server.
 */
import type { PromptRecord, PromptState } from '../protocol/prompts.js';

export const EMPTY_PROMPT_STATE: PromptState = { v: 1, prompts: {} };

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

/** The state after a prompt was shown at `at` (it also spent an interruption). */
export function recordShown(state: PromptState, id: string, at: Date): PromptState {
  const iso = at.toISOString();
  const before = state.prompts[id];
  return { ...state, prompts: { ...state.prompts, [id]: { ...before, shown: (before?.shown ?? 0) + 1, lastShownAt: iso } }, lastInterruptionAt: iso };
}

/** The state after a shown prompt was answered or dismissed. */
export function recordOutcome(state: PromptState, id: string, outcome: 'answered' | 'dismissed', at: Date): PromptState {
  const before = state.prompts[id] ?? { shown: 1 };
  return { ...state, prompts: { ...state.prompts, [id]: { ...before, [`${outcome}At`]: at.toISOString() } } };
}
