/**
 * Ask an expert, live: with 200 askers connected to GET /v1/events (each with its own token and
 * its own open question), an expert answers each question (POST …/messages); measured is the time
 * from sending the answer's POST to that asker's stream delivering the event. DESIGN/issue 4:
 * "answer POST → event received by the asker, p50/p95 with 200 connected askers on this machine".
 *
 *   node --import tsx bench/ask.bench.ts        (BENCH_ASKERS=200 by default)
 *
 * The server runs in a child process (one core: the real server, demo content, SQLite file, the
 * article markdown pipeline for each reply); the askers and the expert run here over fetch
 * streaming, as the SDK reads the stream. Two rounds: one answer at a time (latency on an idle
 * server with every stream open), then all answers at once, 16 in flight (the fan-out under load).
 * Ends with `BENCH {"ask":{…}}`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASKERS = Number(process.env.BENCH_ASKERS ?? 200);
const BURST_IN_FLIGHT = 16;
const SECRET = `bench-secret-${randomUUID()}`;

// ── child: the real server ───────────────────────────────────────────────────────────────────

async function runChild(work: string): Promise<void> {
  const { startServer } = await import('../server/main.js');
  const server = await startServer({ port: 0, dbFile: join(work, 'learn.db'), contentDir: join(ROOT, 'demo/content'), quiet: true, tokenSecret: process.env.BENCH_SECRET, feedback: { writeRate: false } }); // one expert answers 400 questions: the fan-out is measured, not the per-user limit
  console.log(`READY ${server.url}`);
}

// ── parent: askers, streams, the expert ──────────────────────────────────────────────────────

function startChild(work: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', work], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_SECRET: SECRET } });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve({ child, url: line.slice(6) });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
  });
}

/** One asker's stream: resolves the waiter for a question when an event with `messages` replies arrives. */
class AskerStream {
  #waiting = new Map<string, { replies: number; resolve: (at: number) => void }>();
  #abort = new AbortController();

  static async open(url: string, token: string): Promise<AskerStream> {
    const stream = new AskerStream();
    const response = await fetch(`${url}/v1/events`, { headers: { authorization: `Bearer ${token}` }, signal: stream.#abort.signal });
    if (!response.ok || !response.body) throw new Error(`GET /v1/events answered ${response.status}`);
    void stream.#read(response.body);
    return stream;
  }

  /** Resolves with performance.now() when this question's event shows `replies` expert replies. */
  expect(questionId: string, replies: number): Promise<number> {
    return new Promise((resolve) => this.#waiting.set(questionId, { replies, resolve }));
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { kind: string; question: { id: string; messages: { role: string }[] } };
          const waiter = this.#waiting.get(event.question.id);
          if (waiter && event.question.messages.filter((m) => m.role === 'expert').length >= waiter.replies) {
            this.#waiting.delete(event.question.id);
            waiter.resolve(performance.now());
          }
        }
      }
    } catch {
      // closed
    }
  }

  close(): void {
    this.#abort.abort();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(values: number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1) ?? NaN) };
}

async function post(url: string, path: string, token: string, body: unknown): Promise<void> {
  const response = await fetch(url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

async function runParent(): Promise<void> {
  const { signUserToken } = await import('../server/auth/token.js');
  const work = mkdtempSync(join(tmpdir(), 'learnflow-ask-bench-'));
  const { child, url } = await startChild(work);
  const streams: AskerStream[] = [];
  try {
    const expert = await signUserToken(SECRET, { sub: 'anna-lindqvist', name: 'Anna Lindqvist', roles: ['expert'] }, 3600);
    const askers = await Promise.all(Array.from({ length: ASKERS }, (_, i) => signUserToken(SECRET, { sub: `bench-asker-${i}`, name: `Asker ${i}`, roles: [] }, 3600)));
    const questions: string[] = [];
    for (const [i, token] of askers.entries()) {
      streams.push(await AskerStream.open(url, token));
      const id = randomUUID();
      await post(url, '/v1/questions', token, { id, topic: 'discounts', text: `Can I give ${10 + (i % 15)} % off on quote ${1000 + i}?`, context: { screen: 'crm/quote' }, locale: 'en' });
      questions.push(id);
    }
    // Warm the server's markdown pipeline (its DOM is built on first use) on a question of our own.
    const warm = randomUUID();
    await post(url, '/v1/questions', askers[0] as string, { id: warm, topic: 'discounts', text: 'Warm-up', context: {} });
    for (let i = 0; i < 5; i++) await post(url, `/v1/questions/${warm}/messages`, expert, { id: randomUUID(), body: `Warm-up reply ${i}` });

    const answer = (i: number, round: number) => `Up to 10 % you decide; 10–20 % your **sales manager** approves it in the quote (round ${round}, question ${i}).`;

    // Round 1: one answer at a time.
    const sequential: number[] = [];
    for (const [i, id] of questions.entries()) {
      const arrived = (streams[i] as AskerStream).expect(id, 1);
      const start = performance.now();
      await post(url, `/v1/questions/${id}/messages`, expert, { id: randomUUID(), body: answer(i, 1) });
      sequential.push((await arrived) - start);
    }

    // Round 2: every question gets a second answer, 16 POSTs in flight at a time.
    const burst: number[] = [];
    let next = 0;
    const startAll = performance.now();
    await Promise.all(
      Array.from({ length: BURST_IN_FLIGHT }, async () => {
        while (next < questions.length) {
          const i = next++;
          const id = questions[i] as string;
          const arrived = (streams[i] as AskerStream).expect(id, 2);
          const start = performance.now();
          await post(url, `/v1/questions/${id}/messages`, expert, { id: randomUUID(), body: answer(i, 2) });
          burst.push((await arrived) - start);
        }
      }),
    );
    const burstSeconds = (performance.now() - startAll) / 1000;

    const one = summary(sequential);
    const many = summary(burst);
    console.log(`${ASKERS} askers connected to /v1/events; an expert answers each question`);
    console.log(`  one answer at a time:   answer POST → event at the asker  p50 ${one.p50Ms} ms  p95 ${one.p95Ms} ms  max ${one.maxMs} ms`);
    console.log(`  ${BURST_IN_FLIGHT} answers in flight: answer POST → event at the asker  p50 ${many.p50Ms} ms  p95 ${many.p95Ms} ms  max ${many.maxMs} ms  (${Math.round(ASKERS / burstSeconds)} answers/s)`);
    console.log(`BENCH ${JSON.stringify({ ask: { askers: ASKERS, ...one, burst: { inFlight: BURST_IN_FLIGHT, ...many, answersPerSecond: Math.round(ASKERS / burstSeconds) } } })}`);
  } finally {
    for (const stream of streams) stream.close();
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

const childMode = process.argv.indexOf('--child');
if (childMode >= 0) await runChild(process.argv[childMode + 1] as string);
else await runParent();
