/**
 * Prompt state: what a person has been shown, answered and dismissed, kept per user on the server
 * so frequency caps hold across devices (issue 5).
 *
 *   GET /v1/prompt-state   → PromptState        (token; none stored yet → `{ v: 1, prompts: {} }`)
 *   PUT /v1/prompt-state   PromptState → PromptState  (token; Idempotency-Key; merged with what is
 *                          stored: per prompt the larger `shown`, the later of each timestamp; the
 *                          later `lastInterruptionAt`. The answer is the merged document.)
 */
import * as z from 'zod/mini';
import { IsoDateTime } from './primitives.js';
import { Int, Keyed, rule } from './schema-helpers.js';

export const PROMPTS_MAX = 200;

export const PromptId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/, 'must be a prompt id: letters, digits and . _ : / -, at most 80 characters'));
export type PromptId = z.infer<typeof PromptId>;

export const PromptRecord = z.object({
  /** How many times the prompt has been shown to this person, on any device. */
  shown: Int(0, 1_000_000),
  lastShownAt: z.optional(IsoDateTime),
  answeredAt: z.optional(IsoDateTime),
  dismissedAt: z.optional(IsoDateTime),
});
export type PromptRecord = z.infer<typeof PromptRecord>;

export const PromptState = z.object({
  v: z.literal(1),
  prompts: Keyed(PromptId, PromptRecord).check(rule((p: object) => Object.keys(p).length <= PROMPTS_MAX, `at most ${PROMPTS_MAX} prompts`)),
  /** The last proactive interruption of any kind (prompt, nudge, suggested lesson, due review): the shared budget. */
  lastInterruptionAt: z.optional(IsoDateTime),
});
export type PromptState = z.infer<typeof PromptState>;
