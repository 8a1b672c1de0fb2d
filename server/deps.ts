/** What the routes need, built once by `startServer` (or a test) and passed to `buildApp`. */
import type { AskService } from './ask/service.js';
import type { CatalogStore } from './catalog/store.js';
import type { Db } from './db/database.js';
import type { FeedbackSettings } from './feedback/config.js';
import type { LrsForwarder } from './lrs/forwarder.js';
import type { Logger } from './log.js';
import type { IdempotentWrites } from './writes/idempotency.js';

export interface AppDeps {
  db: Db;
  catalog: CatalogStore;
  log: Logger;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Folder served at `/` (the demo or a host's site); none → API only. */
  staticDir?: string;
  /** HS256 secret user tokens are verified with; none → every per-user request is 401. */
  tokenSecret?: string;
  /** Demo mode: `/demo/people` and `/demo/session` sign tokens for the demo's people. */
  demo?: boolean;
  writes: IdempotentWrites;
  /** Forwarding to an LRS, when configured (its counts are in /v1/health). */
  forwarder?: LrsForwarder;
  /** Ask an expert: live event hub, webhook sender, escalation (ask/service.ts). */
  ask: AskService;
  /** Feedback, search events, prompt state and insights: the write limiter, the target answer time. */
  feedback: FeedbackSettings;
}
