/**
 * The shape every write route shares: the signed-in user, the Idempotency-Key, the JSON body
 * (hashed as sent), a replay of a repeated key before anything else, then validation, the
 * route's own checks, and the write with its response in one transaction.
 */
import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import type * as z from 'zod/mini';
import { currentUser } from '../auth/middleware.js';
import type { AuthUser } from '../auth/token.js';
import type { DatabaseSchema } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { bodyLimitFor } from '../http/body-limit.js';
import { readJsonValue, validate } from '../http/json-body.js';
import { requestHash } from './canonical.js';
import { idempotencyKey, type WriteResult } from './idempotency.js';

export interface KeyedWriteOptions<S extends z.ZodMiniType, P = undefined> {
  schema: S;
  /** Checks that need the user or more than the schema (403, 422); throw an ApiProblem. */
  check?: (input: z.infer<S>, user: AuthUser) => void;
  /**
   * Async work before the transaction: lookups that may refuse the request (throw an ApiProblem,
   * nothing is stored and the key stays free) and slow work such as rendering markdown, which
   * should not hold the database's one write lock.
   */
  prepare?: (input: z.infer<S>, user: AuthUser) => Promise<P>;
  write: (input: z.infer<S>, user: AuthUser, trx: Transaction<DatabaseSchema>, prepared: P) => Promise<WriteResult>;
}

export async function keyedWrite<S extends z.ZodMiniType, P = undefined>(c: Context, deps: AppDeps, options: KeyedWriteOptions<S, P>): Promise<Response> {
  const user = currentUser(c);
  // Per user, before the body is read: a client over the limit gets 429 with Retry-After.
  deps.feedback.limiter?.take(user.sub);
  const key = idempotencyKey(c);
  const raw = await readJsonValue(c, bodyLimitFor(c.req.path, deps.bodyLimit));
  const request = { userId: user.sub, key, hash: requestHash(c.req.method, c.req.path, raw) };
  const replayed = await deps.writes.replay(request);
  if (replayed) return replayed;
  const input = validate(options.schema, raw);
  options.check?.(input, user);
  const prepared = (options.prepare ? await options.prepare(input, user) : undefined) as P;
  return deps.writes.run(request, (trx) => options.write(input, user, trx, prepared));
}
