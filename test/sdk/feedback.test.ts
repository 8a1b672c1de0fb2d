/// <reference types="mocha" />
/**
 * `learn.feedback.give`: checked before anything is queued (a clear `invalid-input`), written to the
 * outbox before it resolves, stored exactly once by memoryBackend with the context it was given in,
 * and — given offline — kept through a reload and sent once when the server is back.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { COMMENT_MAX, type FeedbackRequest } from '../../src/protocol/index.js';
import type { LearnEventMap } from '../../sdk/types.js';
import { askMemory, EMPLOYEE, startAsk } from './ask-fixtures.js';
import { backendFailure, cleanup, freshTenant, nextEvent } from './helpers.js';
import { outboxRows } from './lesson-fixtures.js';

const posts = (backend: ReturnType<typeof askMemory>) => backend.writes.received.filter((r) => r.method === 'POST' && r.path === '/v1/feedback');

describe('learn.feedback', () => {
  afterEach(cleanup);

  it('queues the feedback, emits `feedback`, and memoryBackend stores it once with the screen it was given on', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const heard = nextEvent(learn, 'feedback');
    const request = await learn.feedback.give({ subject: 'article:close-dates', kind: 'thumbs', value: 0, reason: 'outdated', comment: '  The stages changed.  ' });
    expect(await heard).to.deep.equal({ subject: 'article:close-dates', kind: 'thumbs', value: 0 } satisfies LearnEventMap['feedback']);
    await waitUntil(() => backend.feedback.items.length === 1, 'stored');
    expect(posts(backend)).to.have.length(1);
    const body = posts(backend)[0]!.body as FeedbackRequest;
    expect(body).to.deep.equal(request);
    expect(body).to.include({ subject: 'article:close-dates', kind: 'thumbs', value: 0, reason: 'outdated', comment: 'The stages changed.' });
    expect(body.id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(body.givenAt)).to.be.closeTo(Date.now(), 60_000);
    // The screen and the record's type — not its id, not the URL (which may carry secrets).
    expect(body.context).to.deep.equal({ screen: 'crm/opportunity', app: 'Helm CRM', record: { type: 'opportunity' } });
    expect(backend.feedback.items[0]).to.include({ id: request.id, userId: EMPLOYEE.id });
  });

  it('refuses what the server would refuse, before queueing, with a clear message', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const cases: [Parameters<typeof learn.feedback.give>[0], RegExp][] = [
      [{ subject: 'article:close-dates', kind: 'stars', value: 6 }, /stars rating is a whole number from 1 to 5/],
      [{ subject: 'article:close-dates', kind: 'nps', value: 3.5 }, /from 0 to 10/],
      [{ subject: 'article:close-dates', kind: 'thumbs' }, /from 0 to 1/],
      [{ subject: 'article:close-dates', kind: 'stars', value: 4, reason: 'unclear' }, /reason goes only with "not helpful"/],
      [{ subject: 'article:close-dates', kind: 'text', comment: '   ' }, /comment is empty/],
      [{ subject: 'article:close-dates', kind: 'text', comment: 'x'.repeat(COMMENT_MAX + 5) }, new RegExp(`at most ${COMMENT_MAX}.*Shorten it by 5`)],
      [{ subject: 'article:close-dates', kind: 'survey', answers: [] }, /at least one answer/],
      [{ subject: 'wiki:close-dates', kind: 'thumbs', value: 1 }, /subject/],
    ];
    for (const [input, message] of cases) {
      const error = await backendFailure(learn.feedback.give(input));
      expect(error.kind, JSON.stringify(input).slice(0, 80)).to.equal('invalid-input');
      expect(error.message).to.match(message);
    }
    expect(backend.writes.received).to.have.length(0);
  });

  it('needs a signed-in user with a token', async () => {
    const learn = startAsk(askMemory(), freshTenant(), { id: 'guest' });
    const error = await backendFailure(learn.feedback.give({ subject: 'article:close-dates', kind: 'thumbs', value: 1 }));
    expect(error.kind).to.equal('unauthorized');
  });

  it('a survey and NPS reach the server as given', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    await learn.feedback.give({ subject: 'product:learnflow', kind: 'nps', value: 9, prompt: 'quarterly-nps' });
    await learn.feedback.give({
      subject: 'screen:crm/opportunity',
      kind: 'survey',
      answers: [{ question: 'ease', value: 4 }, { question: 'missing', text: ' A checklist for close dates ' }],
    });
    await waitUntil(() => backend.feedback.items.length === 2, 'both stored');
    expect(backend.feedback.items.map((f) => [f.kind, f.value, f.prompt])).to.deep.equal([['nps', 9, 'quarterly-nps'], ['survey', undefined, undefined]]);
    expect(backend.feedback.items[1]!.answers).to.deep.equal([{ question: 'ease', value: 4 }, { question: 'missing', text: 'A checklist for close dates' }]);
  });

  it('memoryBackend refuses an article that does not exist (422: kept as failed, not retried)', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    await learn.feedback.give({ subject: 'article:no-such-article', kind: 'thumbs', value: 1 });
    await waitUntil(() => learn.sync.failed === 1, 'refused');
    expect(backend.feedback.items).to.have.length(0);
  });

  it('given offline: in the outbox before give() resolves, kept through a reload, stored once when back', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    backend.writes.hook = () => 'network';
    const first = startAsk(backend, tenant);
    const request = await first.feedback.give({ subject: 'article:close-dates', kind: 'stars', value: 4 });
    expect((await outboxRows(tenant, EMPLOYEE.id)).map((r) => `${r.method} ${r.path}`)).to.deep.equal(['POST /v1/feedback']);
    await waitUntil(() => posts(backend).length >= 1, 'tried while the server was unreachable');
    first.destroy();

    backend.writes.hook = null;
    // The next page. Its idle check sends what the outbox holds (ask-offline.test.ts covers that
    // path); here `sync.flush()` does it at once, so a busy test browser's late idle callback cannot time the test out.
    const second = startAsk(backend, tenant);
    await second.sync.flush();
    await waitUntil(() => backend.feedback.items.length === 1, 'stored after the reload', { timeout: 8000 });
    expect(backend.feedback.items[0]).to.include({ id: request.id, kind: 'stars', value: 4 });
    expect(new Set(posts(backend).map((r) => r.idempotencyKey)).size, 'one key on every try').to.equal(1);
    await waitUntil(async () => (await outboxRows(tenant, EMPLOYEE.id)).length === 0, 'row removed once sent');
  });
});
