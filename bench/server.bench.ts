/**
 * Reference server throughput: cached catalog GET on the real server (Hono, every middleware,
 * demo content in SQLite) against a bare `node:http` server answering the same bytes with the
 * same headers, in the same run. Budget (DESIGN.md): ≥ 50 % of bare.
 *
 *   node --import tsx bench/server.bench.ts        (BENCH_SECONDS=2 per measurement by default)
 *
 * Each server runs in a child process (one core); the load generator runs here (the other core):
 * keep-alive connections over raw sockets, one request in flight per connection, precomputed
 * request bytes and a minimal response parser, so the generator costs far less per request than
 * either server and the two are measured the same way. Two workloads: revalidation (If-None-Match
 * → 304, what every SDK does on load) and a plain 200 with the full catalog. The two servers are
 * measured in alternating half-second slices, so a busy neighbour on a shared machine slows both
 * rather than whichever happened to run at that moment.
 * Ends with `BENCH {"server":{"ratioPercent":…, "learnRps":…, "bareRps":…, …}}`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Measured time per server and workload, split in alternating slices (see `compare`). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const SLICE_SECONDS = 0.5;
const WARMUP_SECONDS = 0.5;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

// ── child mode: one server per process, prints "READY <url>" ─────────────────────────────────

/** The parent asks each child for its CPU time around every slice (over the IPC channel). */
function answerCpuQueries(): void {
  process.on('message', () => {
    const { user, system } = process.cpuUsage();
    process.send?.((user + system) / 1000);
  });
}

async function runLearnChild(work: string): Promise<void> {
  const { startServer } = await import('../server/main.js');
  const server = await startServer({ port: 0, dbFile: join(work, 'learn.db'), contentDir: join(ROOT, 'demo/content'), quiet: true });
  answerCpuQueries();
  console.log(`READY ${server.url}`);
}

function runBareChild(catalogFile: string): void {
  const body = readFileSync(catalogFile);
  const etag = process.argv[process.argv.indexOf('--etag') + 1] as string;
  // The same headers the real server sends, so both write comparable bytes.
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.byteLength),
    ETag: etag,
    'Cache-Control': 'no-cache',
    Vary: 'Origin',
    'X-Content-Type-Options': 'nosniff',
  };
  const server = createServer((req, res) => {
    if (req.url === '/v1/catalog' && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Origin' });
      res.end();
    } else {
      res.writeHead(200, headers);
      res.end(body);
    }
  });
  answerCpuQueries();
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') console.log(`READY http://127.0.0.1:${address.port}`);
  });
}


// ── load generator ───────────────────────────────────────────────────────────────────────────

interface Load {
  requests: number;
  statuses: Map<number, number>;
  seconds: number;
}

/** One keep-alive connection sending `request` again as soon as each response is complete. */
class Connection {
  #socket: Socket;
  #pending: Buffer | undefined;
  #bodyLeft = 0;
  #inBody = false;

  constructor(
    port: number,
    private readonly request: Buffer,
    private readonly onResponse: (status: number) => boolean,
  ) {
    this.#socket = connect({ port, host: '127.0.0.1', noDelay: true }, () => this.#socket.write(this.request));
    this.#socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    this.#socket.on('error', () => {});
  }

  #status = 0;

  #onData(chunk: Buffer): void {
    let data = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    while (data.length > 0) {
      if (this.#inBody) {
        const take = Math.min(this.#bodyLeft, data.length);
        this.#bodyLeft -= take;
        data = data.subarray(take);
        if (this.#bodyLeft > 0) return;
        this.#complete();
        continue;
      }
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) {
        this.#pending = data;
        return;
      }
      const head = data.toString('latin1', 0, end);
      if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) throw new Error('chunked responses are not supported by this generator');
      this.#status = Number(head.slice(9, 12));
      // 304 and 204 never have a body, whatever Content-Length says (RFC 9110 §8.6).
      const bodyless = this.#status === 304 || this.#status === 204;
      this.#bodyLeft = bodyless ? 0 : Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      data = data.subarray(end + 4);
      if (this.#bodyLeft > 0) this.#inBody = true;
      else this.#complete();
    }
  }

  #complete(): void {
    this.#inBody = false;
    if (this.onResponse(this.#status)) this.#socket.write(this.request);
  }

  close(): void {
    this.#socket.destroy();
  }
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  const { port, pathname } = new URL(url);
  const lines = [`GET ${pathname} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: keep-alive', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  const statuses = new Map<number, number>();
  let requests = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let open = CONNECTIONS;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const connections: Connection[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    connections.push(
      new Connection(Number(port), request, (status) => {
        requests++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (performance.now() < deadline) return true;
        if (--open === 0) finish();
        return false;
      }),
    );
  }
  await done;
  const elapsed = (performance.now() - start) / 1000;
  for (const c of connections) c.close();
  return { requests, statuses, seconds: elapsed };
}

// ── parent: start both servers, measure alternately, print the result ───────────────────────

function startChild(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) resolve({ child, url: line.slice(6) });
    });
    child.on('exit', (code) => reject(new Error(`bench server (${args[0]}) exited with ${code} before it was ready`)));
  });
}

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
}

interface Measured {
  /** Requests per second. */
  rps: number;
  /** The server process's own CPU time per request, in microseconds: unlike req/s it does not
   * depend on how much of the machine the server got, so it is the steadier figure on a busy box. */
  cpuMicros: number;
}

function cpuTime(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (ms) => resolve(Number(ms)));
    child.send('cpu');
  });
}

async function slice(target: Target, headers: Record<string, string>, expected: number, seconds: number): Promise<Load & { cpuMs: number }> {
  const before = await cpuTime(target.child);
  const result = await load(target.url, headers, seconds);
  const cpuMs = (await cpuTime(target.child)) - before;
  const wrong = [...result.statuses].filter(([status]) => status !== expected);
  if (wrong.length) throw new Error(`${target.name}: expected only ${expected}, got ${JSON.stringify(Object.fromEntries(result.statuses))}`);
  return { ...result, cpuMs };
}

/** Each target measured in alternating slices (a, b, b, a, a, b, …) after a warm-up. */
async function compare(a: Target, b: Target, headers: Record<string, string>, expected: number): Promise<[Measured, Measured]> {
  await slice(a, headers, expected, WARMUP_SECONDS);
  await slice(b, headers, expected, WARMUP_SECONDS);
  const totals = [
    { requests: 0, seconds: 0, cpuMs: 0 },
    { requests: 0, seconds: 0, cpuMs: 0 },
  ];
  const slices = Math.max(1, Math.round(SECONDS / SLICE_SECONDS));
  for (let i = 0; i < slices; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const result = await slice(which === 0 ? a : b, headers, expected, SLICE_SECONDS);
      totals[which]!.requests += result.requests;
      totals[which]!.seconds += result.seconds;
      totals[which]!.cpuMs += result.cpuMs;
    }
  }
  const measured = (t: (typeof totals)[number]): Measured => ({ rps: t.requests / t.seconds, cpuMicros: (t.cpuMs * 1000) / t.requests });
  return [measured(totals[0]!), measured(totals[1]!)];
}

async function runParent(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'learnflow-bench-server-'));
  const children: ChildProcess[] = [];
  try {
    const learn = await startChild(['learn', work]);
    children.push(learn.child);
    const first = await fetch(`${learn.url}/v1/catalog`);
    const etag = first.headers.get('etag');
    if (!etag || first.status !== 200) throw new Error(`catalog GET failed: ${first.status}`);
    const catalogFile = join(work, 'catalog.json');
    writeFileSync(catalogFile, Buffer.from(await first.arrayBuffer()));
    const bare = await startChild(['bare', catalogFile, '--etag', etag]);
    children.push(bare.child);

    const workloads = [
      { key: 'revalidate304', headers: { 'If-None-Match': etag }, status: 304 },
      { key: 'full200', headers: {}, status: 200 },
    ] as const;
    const figures: Record<string, { learnRps: number; bareRps: number; ratioPercent: number; learnCpuMicros: number; bareCpuMicros: number; cpuRatioPercent: number }> = {};
    for (const w of workloads) {
      const [l, b] = await compare(
        { name: `learnflow ${w.key}`, url: `${learn.url}/v1/catalog`, child: learn.child },
        { name: `bare ${w.key}`, url: `${bare.url}/v1/catalog`, child: bare.child },
        w.headers,
        w.status,
      );
      const f = {
        learnRps: Math.round(l.rps),
        bareRps: Math.round(b.rps),
        ratioPercent: Math.round((l.rps / b.rps) * 100),
        learnCpuMicros: Math.round(l.cpuMicros),
        bareCpuMicros: Math.round(b.cpuMicros),
        cpuRatioPercent: Math.round((b.cpuMicros / l.cpuMicros) * 100),
      };
      figures[w.key] = f;
      console.log(
        `${w.key.padEnd(14)} learnflow ${String(f.learnRps).padStart(7)} req/s (${f.learnCpuMicros} µs CPU/req)   ` +
          `bare node:http ${String(f.bareRps).padStart(7)} req/s (${f.bareCpuMicros} µs CPU/req)   ${f.ratioPercent} % of bare req/s, ${f.cpuRatioPercent} % by CPU per request`,
      );
    }
    // The headline is the workload every client runs on every load: revalidation (304).
    const headline = figures.revalidate304!;
    const catalogBytes = readFileSync(catalogFile).byteLength;
    console.log(`(${CONNECTIONS} keep-alive connections, ${SECONDS} s per server and workload in ${SLICE_SECONDS} s slices, catalog ${catalogBytes} bytes)`);
    console.log(`BENCH ${JSON.stringify({ server: { ...headline, full200: figures.full200, connections: CONNECTIONS, seconds: SECONDS, catalogBytes } })}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

// ── entry: the children re-run this file with --child ──────────────────────────────────────────

const childMode = process.argv.indexOf('--child');
if (childMode >= 0) {
  const kind = process.argv[childMode + 1];
  const arg = process.argv[childMode + 2] as string;
  if (kind === 'learn') await runLearnChild(arg);
  else runBareChild(arg);
} else {
  await runParent();
}
