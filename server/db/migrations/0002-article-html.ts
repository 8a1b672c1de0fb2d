import type { Kysely } from 'kysely';

/**
 * Each article's body rendered at import (`Article.html`): the drawer then only sanitises and
 * decorates it, without loading marked. Nullable: rows imported before this migration get theirs
 * on the next import of their folder (content/import.ts), and until then are served without it.
 * Frozen like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('html', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('html').execute();
}
