/**
 * Forwarding statements to a real LRS (test/server/lrs-support.ts): through the API to the LRS and
 * read back from it; no duplicates after a forced resend; a stopped LRS (connection refused) and a
 * 503 are retried later with backoff; a statement the LRS refuses (4xx) is isolated, kept as
 * rejected and reported, never retried, never dropped.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { XapiStatement } from '../../src/protocol/index.js';
import { VERBS } from '../../src/xapi/index.js';
import { signUserToken } from '../../server/auth/token.js';
import { openDatabase, type Db } from '../../server/db/database.js';
import { storeStatements } from '../../server/learner/statements.js';
import type { Logger } from '../../server/log.js';
import { resolveLrs } from '../../server/lrs/config.js';
import { LrsForwarder } from '../../server/lrs/forwarder.js';
import { statement } from './learner-fixtures.js';
import { startLrs, type TestLrs } from './lrs-support.js';
import { startTestServer, tempDir, TEST_SECRET, writeHeaders, type TempDir, type TestServer } from './support.js';

const USER = 'erik-nilsson';
/** The statements of one completed lesson, in the order the player emits them. */
function lessonRun(): XapiStatement[] {
  return (['launched', 'initialized', 'answered', 'completed', 'passed', 'terminated'] as const).map((verb, i) =>
    statement(USER, { verb: VERBS[verb], timestamp: new Date(Date.UTC(2026, 10, 25, 8, 0, i)).toISOString() }),
  );
}

function capturingLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

describe('LRS forwarding through the API', () => {
  let lrs: TestLrs;
  let server: TestServer;

  before(async () => {
    lrs = await startLrs();
    // A long interval: this test drives passes with flush(), the timer must not matter.
    server = await startTestServer({ tokenSecret: TEST_SECRET, lrs: { endpoint: lrs.endpoint, username: 'learnflow', password: 'secret', intervalMs: 3_600_000 } });
  });
  after(async () => {
    await server?.close();
    await lrs?.stop();
  });

  it('forwards a lesson\'s statements, which the LRS accepts, and a forced resend duplicates none', async () => {
    const token = await signUserToken(TEST_SECRET, { sub: USER, name: 'Erik Nilsson', roles: [] }, 600);
    const run = lessonRun();
    const response = await fetch(`${server.url}/v1/statements`, { method: 'POST', headers: writeHeaders(token), body: JSON.stringify({ statements: run }) });
    assert.deepEqual(await response.json(), { stored: 6, duplicates: 0 });

    const result = await server.lrs?.flush();
    assert.deepEqual(result, { sent: 6, rejected: 0, deferred: 0 });
    const held = await lrs.statements();
    assert.deepEqual(held.map((s) => s.id).sort(), run.map((s) => s.id).sort());
    assert.deepEqual(new Set(held.map((s) => s.verb.id)), new Set(run.map((s) => s.verb.id)));
    const health = (await (await fetch(`${server.url}/v1/health`)).json()) as { lrs: unknown };
    assert.deepEqual(health.lrs, { pending: 0, sent: 6, rejected: 0 });

    // A crash after the LRS said 2xx and before we marked them sent leaves them pending: the
    // next pass sends the same statements again, and the LRS still holds each exactly once.
    const db = await openDatabase({ file: server.dbFile });
    try {
      await db.updateTable('statements').set({ state: 'pending', sent_at: null }).execute();
    } finally {
      await db.destroy();
    }
    assert.deepEqual(await server.lrs?.flush(), { sent: 6, rejected: 0, deferred: 0 });
    const after = await lrs.statements();
    assert.equal(after.length, 6);
    assert.equal(new Set(after.map((s) => s.id)).size, 6);
  });
});

describe('LRS forwarder', () => {
  let dir: TempDir;
  let db: Db;
  let now: Date;
  const clock = () => now;

  before(async () => {
    dir = tempDir();
    db = await openDatabase({ file: join(dir.path, 'learn.db') });
  });
  after(async () => {
    await db?.destroy();
    dir?.remove();
  });

  async function freshStatements(count: number): Promise<XapiStatement[]> {
    await db.deleteFrom('statements').execute();
    const list = Array.from({ length: count }, () => statement(USER));
    await storeStatements(db, USER, list, now);
    return list;
  }

  async function rows() {
    return db.selectFrom('statements').select(['id', 'state', 'attempts', 'next_attempt_at', 'error']).orderBy('stored_at').orderBy('id').execute();
  }

  it('keeps statements pending while the LRS is stopped, backs off, and sends them once it is back', async () => {
    now = new Date('2026-11-25T08:00:00Z');
    const list = await freshStatements(3);
    let lrs = await startLrs();
    const port = lrs.port;
    await lrs.stop();
    const log = capturingLog();
    const forwarder = new LrsForwarder(db, resolveLrs({ endpoint: lrs.endpoint, batchSize: 2, retryBaseMs: 10_000 }), { log, clock });
    try {
      // Connection refused: nothing is lost; the first batch waits for a retry and the pass stops
      // there (the LRS is down: the second batch is not tried in vain).
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 2 });
      const waiting = await rows();
      assert.ok(waiting.every((r) => r.state === 'pending'));
      assert.deepEqual(waiting.map((r) => r.attempts), [1, 1, 0]);
      for (const row of waiting.slice(0, 2)) {
        const delay = Date.parse(row.next_attempt_at) - now.getTime();
        assert.ok(delay >= 5_000 && delay <= 10_000, `first retry after half to all of retryBaseMs, got ${delay} ms`);
        assert.match(row.error ?? '', /could not reach the LRS/);
      }
      assert.match(log.warnings[0] ?? '', /will retry/);

      // At the same moment only the untried statement is due.
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 1 });
      // Ten seconds on, all three are due and fail again: the delay doubles.
      now = new Date(now.getTime() + 10_000);
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 2 });
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 1 });
      for (const row of await rows()) {
        assert.equal(row.attempts, 2);
        const delay = Date.parse(row.next_attempt_at) - now.getTime();
        assert.ok(delay >= 10_000 && delay <= 20_000, `second retry after 10–20 s, got ${delay} ms`);
      }

      // The LRS is back (same address): once due, everything goes, and the LRS holds each once.
      lrs = await startLrs(port);
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 0 }, 'nothing is due yet: backoff holds');
      now = new Date(now.getTime() + 60_000);
      assert.deepEqual(await forwarder.flush(), { sent: 3, rejected: 0, deferred: 0 });
      assert.deepEqual((await lrs.statements()).map((s) => s.id).sort(), list.map((s) => s.id).sort());
      assert.deepEqual(await forwarder.counts(), { pending: 0, sent: 3, rejected: 0 });
    } finally {
      await forwarder.stop();
      await lrs.stop();
    }
  });

  it('retries a 503 (an LRS behind a gateway that is down) later', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    await freshStatements(2);
    const gateway: Server = createServer((_req, res) => {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'upstream unavailable' }));
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as { port: number };
    const forwarder = new LrsForwarder(db, resolveLrs({ endpoint: `http://127.0.0.1:${port}/xAPI` }), { log: capturingLog(), clock });
    try {
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 2 });
      const waiting = await rows();
      assert.ok(waiting.every((r) => r.state === 'pending' && r.attempts === 1 && /503.*upstream unavailable/.test(r.error ?? '')));
    } finally {
      await forwarder.stop();
      await new Promise((resolve) => gateway.close(resolve));
    }
  });

  it('isolates a statement the LRS refuses (4xx): kept as rejected with the LRS\'s message, reported, never retried; the rest go through', async () => {
    now = new Date('2026-11-25T10:00:00Z');
    const list = await freshStatements(5);
    const victim = list[3] as XapiStatement;
    const lrs = await startLrs();
    // The LRS already holds another statement under the victim's id: it answers 409 for any batch carrying it.
    const clash = await lrs.post([{ ...victim, object: { objectType: 'Activity', id: 'https://elsewhere.example/activity' } }]);
    assert.equal(clash.status, 200);
    const log = capturingLog();
    const forwarder = new LrsForwarder(db, resolveLrs({ endpoint: lrs.endpoint, batchSize: 5 }), { log, clock });
    try {
      assert.deepEqual(await forwarder.flush(), { sent: 4, rejected: 1, deferred: 0 });
      const byId = new Map((await rows()).map((r) => [r.id, r]));
      const rejected = byId.get(victim.id);
      assert.equal(rejected?.state, 'rejected');
      assert.match(rejected?.error ?? '', /^409 .*conflict/i);
      assert.ok(log.warnings.some((w) => w.includes(victim.id) && /rejected by the LRS and kept/.test(w)), 'logged');
      assert.deepEqual(await forwarder.counts(), { pending: 0, sent: 4, rejected: 1 });

      // Never retried, never dropped: later passes leave it alone, and it is still stored.
      now = new Date(now.getTime() + 24 * 3_600_000);
      assert.deepEqual(await forwarder.flush(), { sent: 0, rejected: 0, deferred: 0 });
      assert.equal((await rows()).length, 5);
      const held = new Set((await lrs.statements()).map((s) => s.id));
      for (const s of list) assert.ok(held.has(s.id), s.id);
    } finally {
      await forwarder.stop();
      await lrs.stop();
    }
  });
});
