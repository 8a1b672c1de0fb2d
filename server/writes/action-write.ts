/**
 * Writes whose body says nothing (`POST …/solve`, `…/read`, `…/claim`, `…/close`: `{}` or no
 * body): repeating one leaves the same state, so an Idempotency-Key is optional. With a key the
 * usual rules apply (writes/idempotency.ts: a replay answers the saved response); without one the
 * change simply runs in a transaction. A body, when sent, must be a JSON object (its fields are
 * ignored) and is size-limited like any other.
 */
import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import { currentUser } from '../auth/middleware.js';
import type { AuthUser } from '../auth/token.js';
import type { DatabaseSchema } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { bodyLimitFor } from '../http/body-limit.js';
import { ApiProblem } from '../http/errors.js';
import { readJsonValue } from '../http/json-body.js';
import { requestHeader } from '../http/request-header.js';
import { requestHash } from './canonical.js';
import { idempotencyKey, type WriteResult } from './idempotency.js';

async function emptyBody(c: Context, limit: number): Promise<Record<string, unknown>> {
  const length = requestHeader(c, 'content-length');
  const chunked = requestHeader(c, 'transfer-encoding');
  if ((length === undefined || length === '0') && chunked === undefined) return {};
  const value = await readJsonValue(c, limit);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ApiProblem(422, 'validation_failed', 'the body must be a JSON object ({}) or empty', [{ path: '', message: 'expected an object' }]);
  return {};
}

export async function actionWrite(c: Context, deps: AppDeps, write: (user: AuthUser, trx: Transaction<DatabaseSchema>) => Promise<WriteResult>): Promise<Response> {
  const user = currentUser(c);
  deps.feedback.limiter?.take(user.sub); // per user, like every write (keyed-write.ts)
  const keyed = requestHeader(c, 'idempotency-key') !== undefined;
  const key = keyed ? idempotencyKey(c) : undefined;
  // The key is bound to the path and method only: the body carries nothing.
  const body = await emptyBody(c, bodyLimitFor(c.req.path, deps.bodyLimit));
  if (key !== undefined) {
    const request = { userId: user.sub, key, hash: requestHash(c.req.method, c.req.path, body) };
    const replayed = await deps.writes.replay(request);
    if (replayed) return replayed;
    return deps.writes.run(request, (trx) => write(user, trx));
  }
  const result = await deps.db.transaction().execute((trx) => write(user, trx));
  return new Response(JSON.stringify(result.body), { status: result.status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}
