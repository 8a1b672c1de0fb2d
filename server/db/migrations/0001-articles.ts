import { sql, type Kysely } from 'kysely';

/** Articles and the catalog state row. Frozen: later changes are new migrations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_file', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('contexts', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('owner', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('headings', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('articles_source').on('articles').column('source').execute();

  await db.schema
    .createTable('catalog_state')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('version', 'text', (col) => col.notNull())
    .addColumn('generated_at', 'text', (col) => col.notNull())
    .execute();
  // An empty catalog has a version too, so clients can cache "nothing yet" like anything else.
  await sql`insert into catalog_state (id, version, generated_at) values (1, 'empty', ${new Date().toISOString()})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('catalog_state').execute();
  await db.schema.dropTable('articles').execute();
}
