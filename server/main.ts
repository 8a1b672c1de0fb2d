/**
 * `startServer`: the reference server as a function, used by the CLI, the end-to-end test and the
 * benchmarks. Migrates the database, imports `contentDir` when given, serves the API under `/v1`,
 * article pages under `/articles/`, and `staticDir` at `/`; verifies user tokens for the per-user
 * routes, forwards statements to an LRS when one is configured, and in demo mode signs tokens for
 * the demo's people.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { buildApp } from './app.js';
import type { AskOptions } from './ask/config.js';
import { resolveAsk } from './ask/config.js';
import { AskService } from './ask/service.js';
import { CatalogStore } from './catalog/store.js';
import { importArticles, type ImportReport } from './content/import.js';
import { openDatabase } from './db/database.js';
import { DEFAULT_BODY_LIMIT } from './http/body-limit.js';
import { parseOrigins } from './http/cors.js';
import { frontDoor, type FrontDoorOptions } from './http/front-door.js';
import { createLogger, type Logger } from './log.js';
import { describeImport } from './content/describe.js';
import { seedDemoAsk } from './demo/ask-seed.js';
import { seedDemoLearning } from './demo/seed.js';
import { seedDemoUsage } from './demo/usage-seed.js';
import { secretKey } from './auth/token.js';
import { resolveLrs, type LrsOptions } from './lrs/config.js';
import { LrsForwarder } from './lrs/forwarder.js';
import { IdempotentWrites } from './writes/idempotency.js';
import { resolveFeedback, type FeedbackOptions } from './feedback/config.js';

export interface StartServerOptions {
  /** TCP port; 0 picks a free one (tests). Default 8080. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (loopback only; set 0.0.0.0 to expose). */
  host?: string;
  /** SQLite file, created and migrated on start. */
  dbFile: string;
  /** Content folder imported at start (its `articles/` or its own `.md` files). */
  contentDir?: string;
  /** Folder served at `/`. */
  staticDir?: string;
  /** No info lines on stdout (warnings and errors still go to stderr). */
  quiet?: boolean;
  /** Extra origins allowed by CORS, exactly as `https://crm.example.com`. */
  corsOrigins?: string[];
  /** Largest request body in bytes. Default 64 KB. */
  bodyLimit?: number;
  /**
   * HS256 secret (≥ 32 bytes) the host app signs user tokens with (`LEARN_TOKEN_SECRET`). Without
   * one, per-user routes (progress, review, statements) answer 401 saying so. In demo mode a
   * random one is made per start when none is given.
   */
  tokenSecret?: string;
  /** Demo mode: `GET /demo/people` and `GET /demo/session?user=<id>` sign tokens for the demo's people. */
  demo?: boolean;
  /** Forward stored xAPI statements to this LRS (`LRS_ENDPOINT`, `LRS_USERNAME`, `LRS_PASSWORD`). */
  lrs?: LrsOptions;
  /** Ask an expert: escalation time, webhook, live-stream timings (`ASK_ESCALATE_MINUTES`, `ASK_WEBHOOK_URL`, `ASK_WEBHOOK_FORMAT`). */
  ask?: AskOptions;
  /** Feedback and insights: per-user write rate, target answer time (`WRITE_RATE`, `WRITE_BURST`, `INSIGHTS_TARGET_MINUTES`). */
  feedback?: FeedbackOptions;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** The import done at start, when `contentDir` was given. */
  imported?: ImportReport;
  /** The LRS forwarder, when `lrs` was given: `counts()`, and `flush()` to forward now. */
  lrs?: LrsForwarder;
  /** Ask an expert's hub, webhook sender and escalator (tests run an escalation pass at a chosen time). */
  ask: AskService;
  /** Stops accepting connections, closes idle keep-alive ones, closes the database. */
  close(): Promise<void>;
}

/** How long requests in flight may take to finish once close() is called. */
const CLOSE_GRACE_MS = 5_000;

function listen(app: ReturnType<typeof buildApp>, options: FrontDoorOptions & { port: number; hostname: string }): Promise<{ server: Server; address: AddressInfo }> {
  const { port, hostname } = options;
  // Tighter than Node's defaults (60 s for headers, 300 s per request): no request here needs
  // long, and a client trickling bytes should not hold a connection for minutes.
  const server = createServer({ headersTimeout: 15_000, requestTimeout: 30_000 }, frontDoor(getRequestListener(app.fetch, { hostname }), options));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${hostname} is already in use: stop the other server or choose another port (PORT or --port)`, { cause: error }));
      else reject(error);
    });
    server.listen(port, hostname, () => resolve({ server, address: server.address() as AddressInfo }));
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const log: Logger = createLogger({ quiet: opts.quiet });
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1) throw new Error(`bodyLimit must be a positive number of bytes, got ${bodyLimit}`);
  const corsOrigins = parseOrigins(opts.corsOrigins ?? []);
  // A per-start secret: demo tokens are only ever signed and checked by this process.
  const tokenSecret = opts.tokenSecret ?? (opts.demo ? randomBytes(32).toString('base64url') : undefined);
  if (tokenSecret !== undefined) secretKey(tokenSecret); // throws when too short: refuse to start
  const lrs = opts.lrs ? resolveLrs(opts.lrs) : undefined;
  resolveAsk(opts.ask); // throws on a bad setting: refuse to start
  const feedback = resolveFeedback(opts.feedback);

  const db = await openDatabase({ file: opts.dbFile });
  try {
    let imported: ImportReport | undefined;
    if (opts.contentDir) {
      imported = await importArticles(db, opts.contentDir);
      const { summary, problems } = describeImport(imported);
      log.info(summary);
      for (const line of problems) log.warn(line);
    }
    const catalog = await CatalogStore.open(db, { log });
    if (opts.demo) {
      await seedDemoLearning(db, log);
      await seedDemoAsk(db, log);
      await seedDemoUsage(db, log);
    }
    const forwarder = lrs ? new LrsForwarder(db, lrs, { log }) : undefined;
    const writes = new IdempotentWrites(db);
    const ask = await AskService.start(db, log, opts.ask);
    const app = buildApp({ db, catalog, log, bodyLimit, staticDir: opts.staticDir, tokenSecret, demo: opts.demo, writes, forwarder, ask, feedback });
    const host = opts.host ?? '127.0.0.1';
    let listening: Awaited<ReturnType<typeof listen>>;
    try {
      listening = await listen(app, { port: opts.port ?? 8080, hostname: host, bodyLimit, corsOrigins });
    } catch (error) {
      await ask.stop();
      throw error;
    }
    const { server, address } = listening;
    const url = `http://${urlHost(host)}:${address.port}`;
    if (forwarder) {
      forwarder.start();
      log.info(`Forwarding xAPI statements to ${lrs?.endpoint}`);
    }

    let closing: Promise<void> | undefined;
    return {
      url,
      imported,
      lrs: forwarder,
      ask,
      close() {
        // Live streams first: they are requests that never end by themselves.
        closing ??= ask.stop().then(() => new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open until they time out; requests in
          // flight get a grace period to finish, then their sockets are closed too.
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        }))
          .then(() => forwarder?.stop())
          .then(() => db.destroy());
        return closing;
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
