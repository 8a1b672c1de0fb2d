/// <reference types="mocha" />
/**
 * Nothing asked is lost: a question asked while the server cannot be reached is in the outbox
 * before send() resolves, shown as pending, kept through a reload (destroy + a new runtime on the
 * same IndexedDB), and stored exactly once when the server is back — one POST key on every try,
 * also when the server stored it but its answer was lost.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createLearn, staticBackend } from '../../sdk/index.js';
import { BackendError } from '../../sdk/types.js';
import { ARTICLES, cleanup, freshTenant, nextEvent, track } from './helpers.js';
import { outboxRows } from './lesson-fixtures.js';
import { askMemory, EMPLOYEE, QUESTION, startAsk } from './ask-fixtures.js';

const posts = (backend: ReturnType<typeof askMemory>) => backend.writes.received.filter((r) => r.method === 'POST' && r.path === '/v1/questions');

describe('asking offline', () => {
  afterEach(cleanup);

  it('keeps the question through a reload and sends it once when the server is back', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    backend.writes.hook = () => 'network';
    const first = startAsk(backend, tenant);
    await first.questions.topics();
    const q = await first.questions.send({ topic: 'pricing', text: QUESTION, context: first.questions.context() });
    expect(q.context.screen).to.equal('crm/opportunity');
    expect(q).to.include({ status: 'open', pending: true });
    // In IndexedDB by the time send() resolved.
    const rows = await outboxRows(tenant, EMPLOYEE.id);
    expect(rows.map((r) => `${r.method} ${r.path}`)).to.deep.equal(['POST /v1/questions']);
    await waitUntil(() => posts(backend).length >= 1, 'tried while the server was unreachable');
    expect((await first.questions.mine()).map((x) => [x.id, x.pending])).to.deep.equal([[q.id, true]]);
    first.destroy();

    backend.writes.hook = null;
    // The next page: the idle check of a user with a token sends what the outbox holds.
    const second = startAsk(backend, tenant);
    await waitUntil(() => backend.ask.questions.length === 1, 'stored after the reload');
    expect(backend.ask.questions[0]).to.include({ id: q.id, text: QUESTION });
    expect(new Set(posts(backend).map((r) => r.idempotencyKey)).size, 'one key on every try').to.equal(1);
    await waitUntil(async () => (await outboxRows(tenant, EMPLOYEE.id)).length === 0, 'row removed once sent');
    const mine = await second.questions.mine();
    expect(mine.map((x) => [x.id, x.pending])).to.deep.equal([[q.id, undefined]]);
  });

  it('stores the question once when the server got it but its answer was lost', async () => {
    const backend = askMemory();
    const send = backend.send!.bind(backend);
    let lost = 0;
    backend.send = async (request) => {
      const result = await send(request);
      if (request.path === '/v1/questions' && lost++ === 0) throw new BackendError('network', 'The connection dropped before the answer.');
      return result;
    };
    const learn = startAsk(backend, freshTenant());
    await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => lost >= 1, 'first answer lost');
    await learn.sync.flush();
    await waitUntil(() => learn.sync.pending === 0, 'sent on the retry');
    expect(posts(backend)).to.have.length(2);
    expect(new Set(posts(backend).map((r) => r.idempotencyKey)).size).to.equal(1);
    expect(backend.ask.questions).to.have.length(1);
  });

  it('shows a question the server refused as failed, kept rather than lost', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    // A topic the server does not know (deleted since the form loaded): 422, never retried.
    await learn.questions.send({ topic: 'retired-topic', text: QUESTION, context: {} });
    await waitUntil(() => learn.sync.failed === 1, 'refused');
    const [q] = await learn.questions.mine();
    expect(q).to.include({ pending: true, text: QUESTION });
    expect(q!.failed).to.contain('unknown topic');
  });

  it('over a read-only staticBackend: the question waits in the outbox, shown as pending, with a warning', async () => {
    const catalog = { version: 'pack-1', generatedAt: '2026-10-03T09:00:00Z', articles: ARTICLES.map(({ body: _b, ...m }) => m), topics: [{ id: 'pricing', name: 'Pricing' }] };
    const pack = { format: 'learnflow-pack', formatVersion: 1, catalog, articles: ARTICLES };
    const fetch = async () => new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } });
    const tenant = freshTenant();
    const learn = track(createLearn({ backend: staticBackend({ url: '/pack.json', fetch }), tenant, user: EMPLOYEE }));
    const topics = await learn.questions.topics();
    expect(topics.map((t) => [t.id, t.experts.length])).to.deep.equal([['pricing', 0]]);
    const warning = nextEvent(learn, 'warning', (w) => w.source === 'ask');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const q = await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
      expect((await warning).message).to.contain('read-only');
      expect((await learn.questions.mine()).map((x) => [x.id, x.pending])).to.deep.equal([[q.id, true]]);
      expect(await outboxRows(tenant, EMPLOYEE.id)).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
