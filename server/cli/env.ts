/**
 * Server settings from the environment, checked up front so a typo stops the start with a message
 * instead of a server that runs with the wrong limits.
 */
import { askFromEnv, type AskOptions } from '../ask/config.js';
import { feedbackFromEnv, type FeedbackOptions } from '../feedback/config.js';
import { parseOrigins } from '../http/cors.js';
import { lrsFromEnv, type LrsOptions } from '../lrs/config.js';
import { parsePort, parseSize, UsageError } from './args.js';

export interface EnvSettings {
  port?: number;
  host?: string;
  dbFile: string;
  corsOrigins: string[];
  bodyLimit?: number;
  /** LEARN_TOKEN_SECRET: the HS256 secret user tokens are signed with. */
  tokenSecret?: string;
  /** LRS_ENDPOINT, LRS_USERNAME, LRS_PASSWORD. */
  lrs?: LrsOptions;
  /** ASK_ESCALATE_MINUTES, ASK_WEBHOOK_URL, ASK_WEBHOOK_FORMAT. */
  ask: AskOptions;
  /** WRITE_RATE, WRITE_BURST, INSIGHTS_TARGET_MINUTES. */
  feedback: FeedbackOptions;
}

export const DEFAULT_DB_FILE = './data/learn.db';

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  if (env.DATABASE_URL) {
    // Refuse rather than fall back: silently using a local file where PostgreSQL was expected
    // splits data between instances.
    throw new UsageError('DATABASE_URL is set, but PostgreSQL is not supported yet (a later release adds it). Unset DATABASE_URL to use the SQLite file in LEARN_DB_FILE (default ./data/learn.db).');
  }
  let corsOrigins: string[];
  try {
    corsOrigins = parseOrigins((env.CORS_ORIGINS ?? '').split(','));
  } catch (error) {
    throw new UsageError(`CORS_ORIGINS: ${(error as Error).message}`);
  }
  let ask: AskOptions;
  try {
    ask = askFromEnv(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let feedback: FeedbackOptions;
  try {
    feedback = feedbackFromEnv(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    ask,
    feedback,
    port: env.PORT ? parsePort(env.PORT, 'PORT') : undefined,
    host: env.HOST || undefined,
    dbFile: env.LEARN_DB_FILE || DEFAULT_DB_FILE,
    corsOrigins,
    bodyLimit: env.BODY_LIMIT ? parseSize(env.BODY_LIMIT, 'BODY_LIMIT') : undefined,
    tokenSecret: env.LEARN_TOKEN_SECRET || undefined,
    lrs: lrsFromEnv(env),
  };
}
