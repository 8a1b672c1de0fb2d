/** Open the database and bring its schema up to date. */
import { Kysely, Migrator, type Transaction } from 'kysely';
import { createDialect, type DialectConfig } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { DatabaseSchema } from './schema.js';

export type Db = Kysely<DatabaseSchema>;

/** Opens (creating the file if needed) and migrates to the latest schema; throws with the migration's name on failure. */
export async function openDatabase(config: DialectConfig): Promise<Db> {
  const db = new Kysely<DatabaseSchema>({ dialect: createDialect(config) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not migrate ${config.file} (migration ${failed}): ${reason}`, { cause: error });
  }
  return db;
}

/** The database or a transaction on it: reads work on either. */
export type DbReader = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
