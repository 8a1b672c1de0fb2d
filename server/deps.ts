/** What the routes need, built once by `startServer` (or a test) and passed to `buildApp`. */
import type { CatalogStore } from './catalog/store.js';
import type { Db } from './db/database.js';
import type { Logger } from './log.js';

export interface AppDeps {
  db: Db;
  catalog: CatalogStore;
  log: Logger;
  /** Exact origins allowed to call the API from a browser (the server's own origin always is). */
  corsOrigins: readonly string[];
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Folder served at `/` (the demo or a host's site); none → API only. */
  staticDir?: string;
}
