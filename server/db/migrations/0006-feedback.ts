import type { Kysely } from 'kysely';

/**
 * Feedback, search events and prompt state (issue 5). Feedback and search events are append-only
 * and read by the insights queries, which aggregate over a date range: each table has one
 * covering index led by its time column, so a 30-day report reads the index range and never the
 * rows, even with millions of them. Timestamps are UTC ISO strings, so text order is time order
 * and `substr(x, 1, 10)` is the UTC day. Frozen like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback')
    // The client's UUID (FeedbackRequest.id), lower case: stored once, whoever sends it again.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    // thumbs 0/1, stars 1–5, nps 0–10; null for text and survey.
    .addColumn('value', 'integer')
    .addColumn('reason', 'text')
    .addColumn('comment', 'text')
    // `SurveyAnswer[]` JSON.
    .addColumn('answers', 'text')
    .addColumn('prompt', 'text')
    // context.screen, a column of its own: every insights query filters on it.
    .addColumn('screen', 'text')
    // `WorkContext` JSON.
    .addColumn('context', 'text', (col) => col.notNull())
    .addColumn('given_at', 'text', (col) => col.notNull())
    .addColumn('stored_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('feedback_insights').on('feedback').columns(['given_at', 'kind', 'subject', 'value', 'reason', 'screen']).execute();

  await db.schema
    .createTable('search_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull())
    // Normalised (trimmed, single spaces, lower case) so "Credit hold" and "credit  hold" count together.
    .addColumn('query', 'text', (col) => col.notNull())
    .addColumn('results', 'integer', (col) => col.notNull())
    .addColumn('opened', 'text')
    .addColumn('screen', 'text')
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('stored_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('search_events_insights').on('search_events').columns(['at', 'results', 'query', 'opened', 'screen']).execute();

  await db.schema
    .createTable('prompt_states')
    .addColumn('user_id', 'text', (col) => col.primaryKey())
    // `PromptState` JSON.
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['prompt_states', 'search_events', 'feedback']) await db.schema.dropTable(table).execute();
}
