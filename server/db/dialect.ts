/**
 * The one place that knows which database engine we talk to. Today: SQLite through
 * better-sqlite3 (a file, zero set-up). PostgreSQL (`DATABASE_URL`) is planned for a later issue
 * and will be a second branch here; nothing else in `server/` names an engine.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, type Dialect } from 'kysely';

export interface DialectConfig {
  /** SQLite file path, or `:memory:`. Parent folders are created. */
  file: string;
}

export function createDialect(config: DialectConfig): Dialect {
  const inMemory = config.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(config.file)), { recursive: true });
  const sqlite = new Database(config.file);
  if (!inMemory) {
    // WAL lets readers (the API) keep reading while an import writes, and lets the CLI import
    // into the file of a running server.
    sqlite.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; FULL would fsync every commit.
    sqlite.pragma('synchronous = NORMAL');
  }
  // Another process (a CLI import) may hold the write lock briefly; wait instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: sqlite });
}
