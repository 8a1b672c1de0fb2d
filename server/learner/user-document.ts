/**
 * A JSON document kept per user and merged on every write (the Review schedule, the prompt state):
 * read it — a stored copy that no longer parses (an older version, a hand edit) is logged and
 * treated as empty, so the client's copy replaces it instead of every sync failing — and
 * merge-then-write it inside the caller's transaction.
 */
import '../validation.js';
import type * as z from 'zod/mini';
import { formatIssues } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { Logger } from '../log.js';

export interface UserDocument<T> {
  read(db: DbReader, userId: string, log: Logger): Promise<T>;
  /** Merges `incoming` into the stored copy, writes it, and returns what is kept. */
  save(db: DbReader, userId: string, incoming: T, log: Logger, now: Date): Promise<T>;
}

export function userDocument<S extends z.ZodMiniType>(options: {
  table: 'review_states' | 'prompt_states';
  /** For the log: "review", "prompt state". */
  name: string;
  schema: S;
  empty: z.infer<S>;
  merge(stored: z.infer<S>, incoming: z.infer<S>): z.infer<S>;
}): UserDocument<z.infer<S>> {
  const { table, name, schema, empty, merge } = options;
  const read = async (db: DbReader, userId: string, log: Logger): Promise<z.infer<S>> => {
    const row = await db.selectFrom(table).select('data').where('user_id', '=', userId).executeTakeFirst();
    if (!row) return empty;
    let value: unknown;
    try {
      value = JSON.parse(row.data);
    } catch {
      value = undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    log.warn(`${name} of ${userId}: stored data is invalid and is ignored (${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')})`);
    return empty;
  };
  return {
    read,
    async save(db, userId, incoming, log, now) {
      const kept = merge(await read(db, userId, log), incoming);
      const values = { data: JSON.stringify(kept), updated_at: now.toISOString() };
      await db.insertInto(table).values({ user_id: userId, ...values }).onConflict((oc) => oc.column('user_id').doUpdateSet(values)).execute();
      return kept;
    },
  };
}
