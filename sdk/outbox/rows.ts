/**
 * Outbox rows as stored in the `outbox` store. The store key orders them (creation time, then a
 * per-tab counter, then the idempotency key so two tabs never collide); rows are sent in that
 * order. A row that fails to parse (corrupt, or from a future build) is dropped by `Records.read`
 * with a console warning — it could not have been sent anyway.
 */
import * as z from 'zod/mini';
import { Uuid } from '../../src/protocol/index.js';

export const OutboxRow = z.object({
  v: z.literal(1),
  /** Idempotency key: a UUID per user action, the same on every retry. */
  key: Uuid,
  method: z.enum(['POST', 'PUT']),
  path: z.string().check(z.regex(/^\/v1\//)),
  body: z.unknown(),
  createdAt: z.number(),
  attempts: z.number(),
  /** Not before this time (ms since epoch): the backoff. */
  nextAt: z.number(),
  /** `sending` left behind by a closed tab is sent again (same key: the server de-duplicates). */
  state: z.enum(['queued', 'sending', 'failed']),
  /** Why the server refused it (failed rows), or the last retryable failure. */
  error: z.optional(z.string()),
  status: z.optional(z.number()),
  /** A full state (progress of one lesson, the review schedule): a newer row of the same method and path supersedes it. */
  coalesce: z.optional(z.boolean()),
});
export type OutboxRow = z.infer<typeof OutboxRow>;

let seq = 0;

/** The store key for a new row: sorts by creation time, then order of creation in this tab. */
export function rowStoreKey(row: Pick<OutboxRow, 'createdAt' | 'key'>): string {
  seq = (seq + 1) % 1e6;
  return `${String(row.createdAt).padStart(15, '0')}.${String(seq).padStart(6, '0')}.${row.key}`;
}
