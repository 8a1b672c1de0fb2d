/**
 * Idempotent writes (IETF draft "The Idempotency-Key HTTP Header Field"; Stripe's semantics).
 * Every write carries `Idempotency-Key: <UUID>`, which the SDK's outbox keeps for every retry of
 * one user action. The server stores `(user, key) → request hash, state, response`:
 *
 * - the key is first claimed (`in_flight`) in a short transaction of its own, so a second request
 *   with the same key while the first runs is answered 409 (retry later) instead of writing twice;
 * - the write and the saved response are then committed in ONE transaction, so a saved response
 *   always means the write happened, and a write that failed leaves no saved response;
 * - same key + same request → the saved response again (`Idempotent-Replayed: true`);
 *   same key + another request (body, method or path) → 422.
 *
 * A claim whose request died (the process crashed between the two steps) expires after
 * `LEASE_MS`, and the next request with that key takes it over. Keys are kept `KEEP_MS` (24 h),
 * far longer than the outbox retries one write.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../db/database.js';
import type { DatabaseSchema, IdempotencyKeyTable } from '../db/schema.js';
import { ApiProblem } from '../http/errors.js';
import { requestHeader } from '../http/request-header.js';

export const LEASE_MS = 30_000;
export const KEEP_MS = 24 * 60 * 60 * 1000;
/** How often (at most) expired keys are swept, lazily on a write. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WriteResult {
  status: ContentfulStatusCode;
  body: unknown;
}

export interface KeyedRequest {
  userId: string;
  /** The Idempotency-Key, lower case. */
  key: string;
  /** writes/canonical.ts `requestHash`. */
  hash: string;
}

/**
 * The request's Idempotency-Key. The draft defines it as a structured-field string (`"…"`); a
 * bare value is accepted too. Missing or not a UUID → 400.
 */
export function idempotencyKey(c: Context): string {
  const raw = requestHeader(c, 'idempotency-key');
  if (raw === undefined || raw.trim() === '') throw new ApiProblem(400, 'bad_request', 'writes need an Idempotency-Key header: a UUID the client keeps for every retry of this write');
  const value = raw.trim().replace(/^"(.*)"$/, '$1');
  if (!UUID.test(value)) throw new ApiProblem(400, 'bad_request', `Idempotency-Key must be a UUID (e.g. ${randomUUID()}), got "${raw.slice(0, 80)}"`);
  return value.toLowerCase();
}

/** The answer to a repeated key, or undefined when the key is new (or its claim expired). */
function answerFor(row: IdempotencyKeyTable, hash: string, now: number): Response | undefined {
  if (row.request_hash !== hash) {
    throw new ApiProblem(422, 'validation_failed', 'this Idempotency-Key was already used for a different request; use a new key for a new write', [
      { path: 'Idempotency-Key', message: 'reused with a different body, method or path' },
    ]);
  }
  if (row.state === 'done' && row.response_status !== null && row.response_body !== null) {
    return new Response(row.response_body, {
      status: row.response_status,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Idempotent-Replayed': 'true' },
    });
  }
  if (now - Date.parse(row.updated_at) < LEASE_MS) {
    throw new ApiProblem(409, 'conflict', 'a request with this Idempotency-Key is still being processed; retry shortly', undefined, { 'Retry-After': '1' });
  }
  return undefined;
}

export class IdempotentWrites {
  #sweptAt = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The saved answer for a repeated key (or 409/422), before the body is even validated. */
  async replay(request: KeyedRequest): Promise<Response | undefined> {
    const row = await this.#row(request);
    return row ? answerFor(row, request.hash, this.clock().getTime()) : undefined;
  }

  /**
   * Run `write` once for this key: claim it, then commit the write and its response together.
   * An error thrown by `write` rolls the write back and frees the key (nothing was done, so the
   * client may retry with it).
   */
  async run(request: KeyedRequest, write: (trx: Transaction<DatabaseSchema>) => Promise<WriteResult>): Promise<Response> {
    const claimed = await this.#claim(request);
    if (claimed instanceof Response) return claimed;
    try {
      const result = await this.db.transaction().execute(async (trx) => {
        const result = await write(trx);
        const done = await trx
          .updateTable('idempotency_keys')
          .set({ state: 'done', response_status: result.status, response_body: JSON.stringify(result.body), updated_at: this.clock().toISOString() })
          .where('user_id', '=', request.userId)
          .where('key', '=', request.key)
          .where('claim', '=', claimed)
          .executeTakeFirst();
        // Our claim expired and another request took the key over: it will write; we must not.
        if (Number(done.numUpdatedRows) !== 1) throw new ApiProblem(409, 'conflict', 'this write took too long and another request with the same Idempotency-Key took over; retry to get its answer', undefined, { 'Retry-After': '1' });
        return result;
      });
      return new Response(JSON.stringify(result.body), { status: result.status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
    } catch (error) {
      await this.db.deleteFrom('idempotency_keys').where('user_id', '=', request.userId).where('key', '=', request.key).where('claim', '=', claimed).where('state', '=', 'in_flight').execute();
      throw error;
    }
  }

  #row(request: KeyedRequest): Promise<IdempotencyKeyTable | undefined> {
    return this.db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', request.userId).where('key', '=', request.key).executeTakeFirst();
  }

  /** The claim token, or the saved answer when another request finished first. */
  async #claim(request: KeyedRequest): Promise<string | Response> {
    const now = this.clock();
    await this.#sweep(now);
    const claim = randomUUID();
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values({ user_id: request.userId, key: request.key, request_hash: request.hash, state: 'in_flight', claim, response_status: null, response_body: null, created_at: now.toISOString(), updated_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows) === 1) return claim;

    const row = await this.#row(request);
    if (!row) return this.#claim(request); // freed between the two statements: try again
    const answer = answerFor(row, request.hash, now.getTime());
    if (answer) return answer;
    // An expired claim: take it over, unless someone else just did.
    const taken = await this.db
      .updateTable('idempotency_keys')
      .set({ claim, updated_at: now.toISOString() })
      .where('user_id', '=', request.userId)
      .where('key', '=', request.key)
      .where('claim', '=', row.claim)
      .where('state', '=', 'in_flight')
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return claim;
    throw new ApiProblem(409, 'conflict', 'a request with this Idempotency-Key is still being processed; retry shortly', undefined, { 'Retry-After': '1' });
  }

  async #sweep(now: Date): Promise<void> {
    if (now.getTime() - this.#sweptAt < SWEEP_EVERY_MS) return;
    this.#sweptAt = now.getTime();
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', new Date(now.getTime() - KEEP_MS).toISOString()).execute();
  }
}
