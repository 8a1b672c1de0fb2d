import type { Kysely } from 'kysely';

/**
 * What learners write: lesson progress and review state per user, xAPI statements (with their
 * forwarding state), and the idempotency keys that make every write safe to retry. Documents are
 * JSON text (validated on the way in and out), so SQLite today and PostgreSQL later take the same
 * columns. Frozen like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    // sha256 of method, path and the canonical JSON body.
    .addColumn('request_hash', 'text', (col) => col.notNull())
    // `in_flight` while the first request runs; `done` with the saved answer.
    .addColumn('state', 'text', (col) => col.notNull())
    // Random token of the request holding an in-flight key, so only it can finish the key.
    .addColumn('claim', 'text', (col) => col.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();

  await db.schema
    .createTable('progress')
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('lesson_id', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('progress_pk', ['user_id', 'lesson_id'])
    .execute();

  await db.schema
    .createTable('review_states')
    .addColumn('user_id', 'text', (col) => col.primaryKey())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('statements')
    // The statement's UUID, lower case: stored once, whoever sends it again.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('stored_at', 'text', (col) => col.notNull())
    // Forwarding to the LRS: `pending` → `sent`, or `rejected` (a 4xx for this statement).
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('statements_forwarding').on('statements').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('statements_user').on('statements').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['statements', 'review_states', 'progress', 'idempotency_keys']) await db.schema.dropTable(table).execute();
}
