/**
 * A real LRS for the forwarding tests: Learning Locker's statement service (npm `xapi-statements`,
 * GPL-3.0, a dev dependency used only here) run as a child process on loopback, all in memory
 * (`AUTH_REPO=test EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=local`), routes under /xAPI.
 * It tells us it listens over the IPC channel (`process.send('ready')`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, tempDir, type TempDir } from './support.js';

const ENTRY = join(ROOT, 'node_modules/xapi-statements/dist/server.js');
const START_TIMEOUT_MS = 30_000;

export interface TestLrs {
  /** `http://127.0.0.1:PORT/xAPI`: what Learnflow's `lrs.endpoint` is set to. */
  endpoint: string;
  port: number;
  /** Every statement the LRS holds (GET /xAPI/statements). */
  statements(): Promise<{ id: string; verb: { id: string } }[]>;
  /** POST statements straight to the LRS (to set up a conflict). */
  post(statements: unknown[]): Promise<Response>;
  /** Stop the process (its memory goes with it). */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the LRS takes its port from the environment, not 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from('learnflow:secret').toString('base64')}` };

export async function startLrs(port?: number): Promise<TestLrs> {
  const dir: TempDir = tempDir('learnflow-lrs-');
  const chosen = port ?? (await freePort());
  const child: ChildProcess = fork(ENTRY, [], {
    cwd: dir.path,
    // Not the test runner's loader flags (tsx): the LRS is plain CommonJS.
    execArgv: [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      PATH: process.env.PATH,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      EXPRESS_PORT: String(chosen),
      FS_LOCAL_STORAGE_DIR: join(dir.path, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(dir.path, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      // Statement writes finish before the POST answers, so a GET right after sees them.
      SERVICE_AWAIT_UPDATES: 'true',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start within ${START_TIMEOUT_MS} ms: ${stderr}`)), START_TIMEOUT_MS);
    child.once('message', (message) => {
      if (message !== 'ready') return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the LRS exited (${code}) before it was ready: ${stderr}`));
    });
  });
  const endpoint = `http://127.0.0.1:${chosen}/xAPI`;
  return {
    endpoint,
    port: chosen,
    async statements() {
      const response = await fetch(`${endpoint}/statements?limit=1000`, { headers: HEADERS });
      if (!response.ok) throw new Error(`LRS GET /statements: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { statements: { id: string; verb: { id: string } }[] }).statements;
    },
    post(statements) {
      return fetch(`${endpoint}/statements`, { method: 'POST', headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(statements) });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      dir.remove();
    },
  };
}
