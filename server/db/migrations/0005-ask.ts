import type { Kysely } from 'kysely';

/**
 * Ask an expert: topics and experts (imported from `<content>/ask/`), questions and their
 * messages, the event log the live stream is served from (its autoincrement `seq` is the SSE
 * event id), and the webhook notices waiting to be delivered. Documents are JSON text, as in
 * 0004. Frozen like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ask_topics')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // Absolute `ask/` folder it was imported from: an import replaces its folder's set.
    .addColumn('source', 'text', (col) => col.notNull())
    // Order in the file: the order the picker lists them in.
    .addColumn('position', 'integer', (col) => col.notNull())
    // `AskTopicConfig` JSON.
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('ask_experts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull())
    // `Expert` JSON.
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('questions')
    // The client's UUID (AskRequest.id), lower case.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('asker_id', 'text', (col) => col.notNull())
    .addColumn('asker_name', 'text', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    // `text` rendered by the article pipeline (content/render-body.ts).
    .addColumn('html', 'text', (col) => col.notNull())
    // `AskContext` JSON.
    .addColumn('context', 'text', (col) => col.notNull())
    .addColumn('locale', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('assignee_name', 'text')
    .addColumn('routed_id', 'text')
    .addColumn('routed_name', 'text')
    .addColumn('escalated', 'integer', (col) => col.notNull().defaultTo(0))
    // Expert replies the asker has not read.
    .addColumn('unread', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('article_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    // The first expert reply (not a note): the typical answer time is measured to it.
    .addColumn('first_reply_at', 'text')
    .execute();
  await db.schema.createIndex('questions_asker').on('questions').columns(['asker_id', 'created_at']).execute();
  await db.schema.createIndex('questions_topic').on('questions').columns(['topic', 'status']).execute();
  await db.schema.createIndex('questions_assignee').on('questions').columns(['assignee_id', 'status']).execute();

  await db.schema
    .createTable('question_messages')
    // The client's UUID (MessageRequest.id), lower case: stored once, whoever sends it again.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('question_id', 'text', (col) => col.notNull().references('questions.id').onDelete('cascade'))
    // Insertion order: messages written in the same millisecond keep their order.
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.notNull())
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('html', 'text', (col) => col.notNull())
    .addColumn('internal', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('question_messages_question').on('question_messages').columns(['question_id', 'position']).execute();

  await db.schema
    .createTable('ask_events')
    // AUTOINCREMENT: a seq is never reused, even after the newest row is deleted, so a client's
    // Last-Event-ID always means the same point in the log.
    .addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('asker_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    // Who receives it: `all` (asker and experts), `experts` (an internal note, an escalation), `asker`.
    .addColumn('audience', 'text', (col) => col.notNull())
    // The question as an expert sees it (every message), JSON; the asker's view is derived from it.
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('question_id', 'text', (col) => col.notNull())
    // `asked` or `escalated`.
    .addColumn('kind', 'text', (col) => col.notNull())
    // The JSON body as it will be POSTed (Slack or Teams shape, fixed when queued).
    .addColumn('body', 'text', (col) => col.notNull())
    // `pending` → `sent`, or `failed` (refused, or out of attempts).
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['state', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['webhook_deliveries', 'ask_events', 'question_messages', 'questions', 'ask_experts', 'ask_topics']) await db.schema.dropTable(table).execute();
}
