/** What the routes need, built once by `startServer` (or a test) and passed to `buildApp`. */
import type { CatalogStore } from './catalog/store.js';
import type { Db } from './db/database.js';
import type { Logger } from './log.js';

export interface AppDeps {
  db: Db;
  catalog: CatalogStore;
  log: Logger;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Folder served at `/` (the demo or a host's site); none → API only. */
  staticDir?: string;
}
