/**
 * Webhook notices for new and escalated questions: queued with the question, POSTed by the
 * background sender (never in the asker's request), retried after a timeout and after a 5xx until
 * delivered; the Slack and Teams shapes; counts in /v1/health.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookBody } from '../../server/ask/webhook-body.js';
import { Api, people, writeAskContent, type People } from './ask-support.js';
import { startTestServer, TEST_SECRET, tempDir, type TempDir, type TestServer } from './support.js';

/** A webhook endpoint that hangs on the first request, fails the second with 500, then accepts. */
class FlakyHook {
  readonly bodies: unknown[] = [];
  readonly accepted: unknown[] = [];
  hanging: ServerResponse | undefined;
  #server: Server;
  #waiters: { count: number; resolve: () => void }[] = [];
  #firstArrived!: () => void;
  readonly firstArrived = new Promise<void>((resolve) => (this.#firstArrived = resolve));
  url = '';

  constructor() {
    this.#server = createServer((req, res) => this.#handle(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hook`;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      this.bodies.push(JSON.parse(text));
      const n = this.bodies.length;
      if (n === 1) {
        this.hanging = res; // never answered
        this.#firstArrived();
        return;
      }
      if (n === 2) {
        res.writeHead(500).end('oops');
        return;
      }
      this.accepted.push(JSON.parse(text));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      for (const waiter of this.#waiters.filter((w) => this.accepted.length >= w.count)) waiter.resolve();
    });
  }

  /** Resolves once `count` notices were accepted. */
  acceptedAtLeast(count: number): Promise<void> {
    if (this.accepted.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  async close(): Promise<void> {
    this.hanging?.destroy();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

describe('ask an expert: webhook notices', () => {
  let hook: FlakyHook;
  let server: TestServer;
  let content: TempDir;
  let api: Api;
  let p: People;

  before(async () => {
    hook = new FlakyHook();
    await hook.listen();
    content = tempDir('learnflow-ask-hooks-');
    writeAskContent(content.path);
    server = await startTestServer({
      tokenSecret: TEST_SECRET,
      contentDir: content.path,
      // Short timeout and backoff so the retries happen within the test; the defaults are 5 s and 5 s doubling.
      ask: { webhook: { url: hook.url, format: 'slack', timeoutMs: 300, retryBaseMs: 20, maxRetryMs: 100 } },
    });
    api = new Api(server.url);
    p = await people();
  });
  after(async () => {
    await server?.close();
    await hook?.close();
    content?.remove();
  });

  it('never makes the asker wait for a hanging endpoint, and retries a timeout and a 500 until delivered', async () => {
    const first = await api.ask(p.erik, { text: 'Can I give a 25 % discount on a renewal? <!channel>' });
    assert.equal(first.status, 201);
    await hook.firstArrived;
    // The endpoint is holding the first notice open right now; asking again is not held up by it.
    const second = await api.ask(p.maja, { topic: 'pipeline', text: 'Who merges duplicate accounts?' });
    assert.equal(second.status, 201);
    assert.ok(hook.hanging && !hook.hanging.writableEnded, 'the first POST was still hanging when the asker got the answer');

    await hook.acceptedAtLeast(2);
    const texts = hook.accepted.map((b) => (b as { text: string }).text).sort();
    assert.equal(texts.length, 2);
    assert.match(texts[0] ?? '', /^\*New question on Discounts from Erik Nilsson \(on crm\/quote\)\*\n> Can I give a 25 % discount on a renewal\? &lt;!channel&gt;/);
    assert.match(texts[0] ?? '', /Routed to Anna Lindqvist/);
    assert.match(texts[1] ?? '', /New question on Pipeline and stages from Maja Sjöberg/);
    // 1 hung (timed out), 1 got a 500, then each went through: four POSTs for two notices.
    assert.equal(hook.bodies.length, 4);
    await server.ask.webhooks?.flush();
    const health = (await (await api.get('/v1/health')).json()) as { ask: { webhooks: { pending: number; sent: number; failed: number } } };
    assert.deepEqual(health.ask.webhooks, { pending: 0, sent: 2, failed: 0 });
  });

  it('queues a notice naming the topic owner when a question escalates', async () => {
    const asked = (await (await api.ask(p.maja, { topic: 'pipeline', text: 'Nobody has claimed this yet' })).json()) as { id: string };
    await hook.acceptedAtLeast(3);
    // All three questions so far are unclaimed: each escalates once.
    const escalated = await server.ask.escalator.pass(new Date(Date.now() + 241 * 60_000));
    assert.equal(escalated.length, 3);
    assert.ok(escalated.includes(asked.id));
    await hook.acceptedAtLeast(6);
    const texts = hook.accepted.map((b) => (b as { text: string }).text);
    assert.ok(texts.includes('*Unclaimed question on Pipeline and stages from Maja Sjöberg escalated to Omar Haddad*\n> Nobody has claimed this yet'), texts.join('\n'));
    assert.ok(texts.some((t) => t.startsWith('*Unclaimed question on Discounts from Erik Nilsson escalated to Anna Lindqvist*')));
  });

  it('shapes a notice for Slack ({ text }) and for Teams (a MessageCard)', () => {
    const notice = { kind: 'escalated' as const, topicName: 'Discounts', askerName: 'Erik <Nilsson>', text: 'Line one\n\nline two', expertName: 'Anna Lindqvist' };
    assert.deepEqual(webhookBody('slack', notice), { text: '*Unclaimed question on Discounts from Erik &lt;Nilsson&gt; escalated to Anna Lindqvist*\n> Line one line two' });
    const teams = webhookBody('teams', notice) as Record<string, string>;
    assert.equal(teams['@type'], 'MessageCard');
    assert.equal(teams['@context'], 'https://schema.org/extensions');
    assert.equal(teams.summary, 'Unclaimed question on Discounts from Erik &lt;Nilsson&gt; escalated to Anna Lindqvist');
    assert.equal(teams.text, '&gt; Line one line two');
  });
});
