/// <reference types="mocha" />
/**
 * `learn.questions` over memoryBackend: topics, the context a question carries (URL without secrets,
 * selection), suggestions, sending (outbox first, a local `open` question at once), the thread, follow-ups,
 * solving, the unread count and markRead, and the bad input each gets a clear BackendError for.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { QUESTION_MAX } from '../../src/protocol/index.js';
import { backendFailure, cleanup, freshTenant, nextEvent } from './helpers.js';
import { askMemory, EMPLOYEE, QUESTION, startAsk } from './ask-fixtures.js';

describe('learn.questions', () => {
  afterEach(cleanup);

  it('lists topics with their experts and preselects the one for the screen', async () => {
    const learn = startAsk(askMemory(), freshTenant(), EMPLOYEE, 'crm/quote/lines');
    const topics = await learn.questions.topics();
    expect(topics.map((t) => t.id)).to.deep.equal(['pricing', 'accounts']);
    expect(topics[0]!.experts.map((e) => e.id)).to.deep.equal(['maria', 'jonas']);
    expect(topics[0]!.likely?.id).to.be.a('string');
    expect(learn.questions.topicFor(topics)).to.equal('pricing');
    learn.setContext({ screen: 'crm/account' });
    expect(learn.questions.topicFor(topics)).to.equal('accounts');
    learn.setContext({ screen: 'erp/invoice', tags: ['discount'] });
    expect(learn.questions.topicFor(topics)).to.equal('pricing');
    learn.setContext({ screen: 'erp/invoice' });
    expect(learn.questions.topicFor(topics)).to.equal(undefined);
  });

  it('attaches the work context without the query or fragment, with the selection, and what was read when shared', async () => {
    const learn = startAsk(askMemory(), freshTenant(), { id: 'erik', name: 'Erik' });
    // Answered from the engine, which the first use of the API loads (no token here: no idle check).
    expect(learn.questions.context(), 'before the engine has loaded').to.deep.equal({});
    await learn.questions.topics();
    const p = document.createElement('p');
    p.textContent = '  Renewal discount 25 %  ';
    document.body.append(p);
    getSelection()!.selectAllChildren(p);
    try {
      expect(learn.questions.context()).to.deep.equal({
        screen: 'crm/opportunity',
        url: 'https://crm.example.com/opportunity/17',
        recordType: 'opportunity',
        app: 'Helm CRM',
        selection: 'Renewal discount 25 %',
      });
    } finally {
      getSelection()!.removeAllRanges();
      p.remove();
    }
    learn.markViewed('discount-approval');
    learn.markViewed('merge-duplicates');
    const shared = learn.questions.context({ share: true });
    expect(shared.read).to.deep.equal(['merge-duplicates', 'discount-approval']);
    expect(shared.lessons).to.deep.equal([]);
    expect(learn.questions.context()).not.to.have.property('read');
    expect(learn.questions.context()).not.to.have.property('selection');
  });

  it('sends through the outbox and returns the question as open at once; the server copy follows', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const changed = nextEvent(learn, 'question-change');
    await learn.questions.topics();
    const q = await learn.questions.send({ topic: 'pricing', text: `  ${QUESTION}  `, context: learn.questions.context() });
    expect(q).to.include({ topic: 'pricing', text: QUESTION, status: 'open', pending: true });
    expect(q.asker).to.deep.equal({ id: 'erik', name: 'Erik Nilsson' });
    expect((await changed).question.id).to.equal(q.id);
    await waitUntil(() => backend.ask.questions.length === 1, 'stored on the server');
    expect(backend.ask.questions[0]).to.include({ id: q.id, text: QUESTION });
    expect(backend.ask.questions[0]!.context.url).to.equal('https://crm.example.com/opportunity/17');
    const mine = await learn.questions.mine();
    expect(mine.map((x) => [x.id, x.pending])).to.deep.equal([[q.id, undefined]]);
  });

  it('refuses an empty or too long question, an unknown topic id, and asking with nobody signed in', async () => {
    const learn = startAsk(askMemory(), freshTenant());
    const empty = await backendFailure(learn.questions.send({ topic: 'pricing', text: '   ', context: {} }));
    expect(empty.kind).to.equal('invalid-input');
    expect(empty.message).to.match(/empty/);
    const long = await backendFailure(learn.questions.send({ topic: 'pricing', text: 'x'.repeat(QUESTION_MAX + 5), context: {} }));
    expect(long.kind).to.equal('invalid-input');
    expect(long.message).to.contain(`at most ${QUESTION_MAX}`);
    expect((await backendFailure(learn.questions.send({ topic: '', text: 'Why?', context: {} }))).kind).to.equal('invalid-input');
    expect((await backendFailure(learn.questions.thread('not-a-uuid'))).kind).to.equal('not-found');

    const anonymous = startAsk(askMemory(), freshTenant(), null);
    const error = await backendFailure(anonymous.questions.send({ topic: 'pricing', text: QUESTION, context: {} }));
    expect(error.kind).to.equal('unauthorized');
  });

  it('counts unread answers, and markRead brings the count down at once', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const q = await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1);
    backend.ask.reply(q.id, 'maria', 'Up to 20 % with your manager; 25 % goes to the Pricing desk.');
    backend.ask.reply(q.id, 'maria', 'Internal: check the renewal clause.', { internal: true });
    const mine = await learn.questions.mine();
    expect(mine[0]).to.include({ status: 'answered', unread: 1 });
    expect(mine[0]!.messages.map((m) => m.role)).to.deep.equal(['expert']);
    expect(learn.questions.unread).to.equal(1);

    // Down before the server hears of it (the read mark waits in the outbox).
    backend.writes.hook = () => 'network';
    const down = nextEvent(learn, 'unread-change');
    await learn.questions.markRead(q.id);
    expect(await down).to.deep.equal({ unread: 0 });
    expect(learn.questions.unread).to.equal(0);
    await waitUntil(() => learn.sync.pending === 1, 'the read mark waits');
    backend.writes.hook = null;
    await learn.sync.flush();
    await waitUntil(async () => (await learn.questions.mine())[0]!.unread === 0 && learn.sync.pending === 0, 'read on the server');
    expect(learn.questions.unread).to.equal(0);
  });

  it('adds a follow-up through the outbox and solves the question', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const q = await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1);
    backend.ask.reply(q.id, 'maria', 'Ask your manager first.');
    await learn.questions.followUp(q.id, 'My manager said yes, what next?');
    await waitUntil(() => backend.ask.questions[0]!.messages.length === 2, 'follow-up stored');
    const thread = await learn.questions.thread(q.id);
    expect(thread.messages.map((m) => m.body)).to.deep.equal(['Ask your manager first.', 'My manager said yes, what next?']);
    const solved = await learn.questions.solve(q.id);
    expect(solved.status).to.equal('solved');
    expect((await backendFailure(learn.questions.followUp(q.id, ' '))).kind).to.equal('invalid-input');
  });

  it('suggests articles and the employee’s own answered questions while typing', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const q = await learn.questions.send({ topic: 'pricing', text: 'Renewal discount above twenty percent?', context: {} });
    await waitUntil(() => backend.ask.questions.length === 1);
    backend.ask.reply(q.id, 'maria', 'Over 20 % goes to the Pricing desk.');
    await learn.questions.mine();
    const suggestions = await learn.questions.suggest('discount renewal approval');
    expect(suggestions.map((s) => `${s.kind}:${s.id}`)).to.include('article:discount-approval');
    expect(suggestions.map((s) => `${s.kind}:${s.id}`)).to.include(`question:${q.id}`);
    expect(await learn.questions.suggest('  ')).to.deep.equal([]);
  });

  it('answers another user’s question id as not found', async () => {
    const backend = askMemory();
    const erik = startAsk(backend, freshTenant());
    const q = await erik.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1);
    await erik.setUser({ id: 'anna', name: 'Anna', token: 'token-anna' });
    expect((await backendFailure(erik.questions.thread(q.id))).kind).to.equal('not-found');
    expect(await erik.questions.mine()).to.deep.equal([]);
  });

  it('counts the employee’s questions: 0 before the idle check, then the list it loaded, announced as questions-change', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const first = startAsk(backend, tenant);
    const changes: number[] = [];
    first.on('questions-change', ({ count }) => changes.push(count));
    expect(first.questions.count).to.equal(0);
    await first.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    expect(first.questions.count, 'a question waiting in the outbox counts').to.equal(1);
    await first.questions.send({ topic: 'pricing', text: 'And on a new contract?', context: {} });
    await waitUntil(() => backend.ask.questions.length === 2, 'stored');
    expect(changes).to.deep.equal([1, 2]);
    first.destroy();

    // A new page: no call of its own, the idle check loads the list.
    const second = startAsk(backend, tenant);
    expect(second.questions.count).to.equal(0);
    const loaded = nextEvent(second, 'questions-change');
    expect(await loaded).to.deep.equal({ count: 2 });
    expect(second.questions.count).to.equal(2);
  });

  it('opens the drawer on the ask form with learn.ask()', () => {
    const learn = startAsk(askMemory(), freshTenant());
    const opened: unknown[] = [];
    learn.on('open', (e) => opened.push(e.target));
    learn.ask({ topic: 'pricing', text: 'Renewal?' });
    learn.ask();
    expect(opened).to.deep.equal([{ ask: { topic: 'pricing', text: 'Renewal?' } }, { ask: {} }]);
    expect(learn.openTarget).to.deep.equal({ ask: {} });
    learn.open({ question: '2b6f2c1e-8a4d-4f6b-9c1e-2d3f4a5b6c7d' });
    expect(learn.openTarget).to.deep.equal({ question: '2b6f2c1e-8a4d-4f6b-9c1e-2d3f4a5b6c7d' });
  });
});
