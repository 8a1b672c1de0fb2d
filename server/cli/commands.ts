/** The CLI's commands. Each returns its exit code; usage mistakes throw UsageError (exit 2). */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImport, refusedCount } from '../content/describe.js';
import { importArticles } from '../content/import.js';
import { buildPack } from '../content/pack.js';
import { openDatabase } from '../db/database.js';
import { startServer } from '../main.js';
import { parseArgs, parsePort, UsageError } from './args.js';
import { readEnv } from './env.js';
import { untilSignal } from './shutdown.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO_PAGE = '/crm.html#/opportunity/1042';

function printProblems(lines: string[]): void {
  for (const line of lines) console.error(line);
}

export async function importCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['db']);
  const [dir, ...extra] = positional;
  if (!dir || extra.length) throw new UsageError('usage: learnflow import <dir> [--db file]');
  const env = readEnv();
  const dbFile = options.get('db') ?? env.dbFile;
  const db = await openDatabase({ file: dbFile });
  try {
    const report = await importArticles(db, dir);
    const { summary, problems } = describeImport(report);
    console.log(`${summary}\nDatabase: ${dbFile}`);
    printProblems(problems);
    return refusedCount(report) > 0 ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['port', 'host', 'db', 'content', 'static']);
  if (positional.length) throw new UsageError(`serve takes no arguments, got "${positional.join(' ')}"`);
  const env = readEnv();
  const port = options.has('port') ? parsePort(options.get('port') as string, '--port') : env.port;
  const server = await startServer({
    port: port ?? 8080,
    host: options.get('host') ?? env.host,
    dbFile: options.get('db') ?? env.dbFile,
    contentDir: options.get('content'),
    staticDir: options.get('static'),
    corsOrigins: env.corsOrigins,
    bodyLimit: env.bodyLimit,
    tokenSecret: env.tokenSecret,
    lrs: env.lrs,
    ask: env.ask,
    feedback: env.feedback,
  });
  if (!env.tokenSecret) console.warn('LEARN_TOKEN_SECRET is not set: progress, review and learning records (signed-in requests) will be refused with 401.');
  console.log(`Learnflow server listening on ${server.url} (API ${server.url}/v1/health)`);
  return untilSignal(server);
}

export async function demoCommand(argv: string[]): Promise<number> {
  parseArgs(argv, []);
  const env = readEnv();
  const staticDir = resolve(ROOT, 'dist/demo');
  if (!existsSync(resolve(staticDir, 'crm.html'))) {
    console.error(`The demo is not built (${staticDir} has no crm.html). Run \`npm start\`, which builds it first, or \`npx vite build --config vite.demo.config.ts\`.`);
    return 1;
  }
  const server = await startServer({
    port: env.port ?? 8080,
    host: env.host,
    dbFile: env.dbFile,
    contentDir: resolve(ROOT, 'demo/content'),
    staticDir,
    corsOrigins: env.corsOrigins,
    bodyLimit: env.bodyLimit,
    // Demo mode signs tokens for the demo's people (/demo/session); without LEARN_TOKEN_SECRET the
    // secret is random per start, so tokens from an earlier run stop working (the pages fetch new ones).
    demo: true,
    tokenSecret: env.tokenSecret,
    lrs: env.lrs,
    ask: env.ask,
    feedback: env.feedback,
  });
  console.log(`\nLearnflow demo: open ${server.url}${DEMO_PAGE}\n(Ctrl-C to stop)`);
  return untilSignal(server);
}

export async function packCommand(argv: string[]): Promise<number> {
  const { positional } = parseArgs(argv, []);
  const [dir, out, ...extra] = positional;
  if (!dir || !out || extra.length) throw new UsageError('usage: learnflow pack <dir> <out.json>');
  const { pack, loaded, lessons, renderWarnings } = await buildPack(dir);
  await mkdir(dirname(resolve(out)), { recursive: true });
  // Write then rename: a static host never serves a half-written pack.
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(pack));
  await rename(tmp, out);
  console.log(`Wrote ${out}: ${pack.articles.length} articles, ${pack.lessons.length} lessons, catalog version ${pack.catalog.version}`);
  printProblems([
    ...[...loaded.refused, ...lessons.refused].map((r) => `refused ${r.path}: ${r.reason}`),
    ...[...loaded.accepted, ...lessons.accepted].flatMap((a) => a.warnings.map((w) => `warning ${a.path}: ${w}`)),
    ...renderWarnings,
  ]);
  return loaded.refused.length + lessons.refused.length > 0 ? 1 : 0;
}
