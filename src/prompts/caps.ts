/**
 * Frequency caps for one proactive prompt (pure, deterministic):
 *  - `once` (default): never again once it has been shown — answered, dismissed or ignored;
 *  - `recontactDays` (with `once: false`): again at most every N days after it was last shown;
 *  - `sample` (0–100 %): a stable share of people ever see it. The draw hashes the user id with the
 *    prompt id, so the same person gets the same answer on every device and every reload, and two
 *    prompts sample different people.
 * The shared interruption budget (one per session by default) is checked by the SDK, not here.
 */
import type { PromptRecord } from '../protocol/prompts.js';

export interface PromptCaps {
  once?: boolean;
  recontactDays?: number;
  sample?: number;
}

const DAY_MS = 86_400_000;

/** FNV-1a over `user` + `prompt`, as a number in [0, 100). */
export function sampleDraw(user: string, prompt: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${user}\u0000${prompt}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 10_000) / 100;
}

/** Why the prompt may not show now, or undefined when its caps allow it. */
export function capsBlock(id: string, caps: PromptCaps, record: PromptRecord | undefined, user: string, now: Date): 'sample' | 'once' | 'recontact' | undefined {
  const sample = caps.sample ?? 100;
  if (sample < 100 && sampleDraw(user, id) >= sample) return 'sample';
  if (!record || record.shown === 0) return undefined;
  if (caps.once !== false) return 'once';
  const last = record.lastShownAt === undefined ? NaN : Date.parse(record.lastShownAt);
  const days = caps.recontactDays ?? 0;
  if (Number.isFinite(last) && now.getTime() - last < days * DAY_MS) return 'recontact';
  return undefined;
}
