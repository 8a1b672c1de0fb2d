import type { Kysely } from 'kysely';

/**
 * Lessons imported from `<content>/lessons/*.yaml`. The validated lesson (text steps with their
 * rendered `html`) is stored whole as JSON: it is always read whole (GET /v1/lessons/:id) or as
 * its `LessonMeta` for the catalog, never queried by field. Frozen like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lessons')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // Absolute path of the lessons folder; an import replaces its folder's set.
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_file', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    // Hash of the validated lesson (without html): its ETag and an input of the catalog version.
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('lessons_source').on('lessons').column('source').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lessons').execute();
}
