/// <reference types="mocha" />
/**
 * `learn.inbox` over memoryBackend: the queue with filters, claim (409 → `conflict` when another
 * expert holds it), a reply and an internal note through the outbox (the asker sees the reply,
 * never the note), close, the article draft and publish (then found by search). Without a token:
 * `unauthorized` before any request; an employee's token: `forbidden`.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { backendFailure, cleanup, freshTenant } from './helpers.js';
import { askMemory, EMPLOYEE, EXPERT, OTHER_EXPERT, QUESTION, startAsk } from './ask-fixtures.js';
import type { MemoryBackend } from '../../sdk/index.js';

/** An employee asks on one backend; returns the question id once "the server" has it. */
async function askedBy(backend: MemoryBackend, text = QUESTION): Promise<string> {
  const employee = startAsk(backend, freshTenant());
  await employee.questions.topics();
  const q = await employee.questions.send({ topic: 'pricing', text, context: employee.questions.context() });
  await waitUntil(() => backend.ask.questions.some((x) => x.id === q.id), 'stored');
  employee.destroy();
  return q.id;
}

describe('learn.inbox', () => {
  afterEach(cleanup);

  it('lists the queue, filters it, and refuses a claim another expert holds with conflict', async () => {
    const backend = askMemory();
    const id = await askedBy(backend);
    const maria = startAsk(backend, freshTenant(), EXPERT);
    const queue = await maria.inbox.queue();
    expect(queue.map((q) => q.id)).to.deep.equal([id]);
    expect(queue[0]!.context).to.include({ screen: 'crm/opportunity', app: 'Helm CRM' });
    expect(await maria.inbox.queue({ topic: 'accounts' })).to.deep.equal([]);
    expect(await maria.inbox.queue({ olderThanMinutes: 60 })).to.deep.equal([]);

    const claimed = await maria.inbox.claim(id);
    expect(claimed).to.include({ status: 'claimed' });
    expect(claimed.assignee?.id).to.equal('maria');
    expect((await maria.inbox.queue({ status: 'mine' })).map((q) => q.id)).to.deep.equal([id]);

    await maria.setUser(OTHER_EXPERT);
    const conflict = await backendFailure(maria.inbox.claim(id));
    expect(conflict.kind).to.equal('conflict');
    expect(conflict.status).to.equal(409);
    expect(conflict.message).to.contain('already claimed');
  });

  it('replies through the outbox; the asker sees the answer but never the internal note', async () => {
    const backend = askMemory();
    const id = await askedBy(backend);
    const maria = startAsk(backend, freshTenant(), EXPERT);
    await maria.inbox.reply(id, 'Renewals: up to 20 % with your manager.');
    await maria.inbox.reply(id, 'He asked the same last quarter.', { internal: true });
    await waitUntil(() => backend.ask.questions[0]!.messages.length === 2, 'both stored');
    expect((await maria.inbox.get(id)).messages.map((m) => m.internal)).to.deep.equal([false, true]);
    maria.destroy();

    const erik = startAsk(backend, freshTenant());
    const thread = await erik.questions.thread(id);
    expect(thread.status).to.equal('answered');
    expect(thread.messages.map((m) => m.body)).to.deep.equal(['Renewals: up to 20 % with your manager.']);
    expect((await backendFailure(erik.inbox.queue())).kind, 'an employee is not an expert').to.equal('forbidden');
  });

  it('closes a question, after which it takes no more messages', async () => {
    const backend = askMemory();
    const id = await askedBy(backend);
    const maria = startAsk(backend, freshTenant(), EXPERT);
    expect(await maria.inbox.close(id)).to.include({ status: 'closed' });
    await maria.inbox.reply(id, 'One more thing.');
    await waitUntil(() => maria.sync.failed === 1, 'refused (409 without Retry-After, not retried): the question is closed');
    maria.destroy();
    const erik = startAsk(backend, freshTenant());
    expect((await erik.questions.thread(id)).status).to.equal('closed');
    expect((await backendFailure(erik.questions.followUp(id, 'Why?'))).kind).to.equal('conflict');
  });

  it('drafts an article from the answer and publishes it into the catalog, where search finds it', async () => {
    const backend = askMemory();
    const id = await askedBy(backend, 'Renewal discount over twenty percent');
    backend.ask.reply(id, 'maria', 'Over 20 % on a renewal goes to the Pricing desk with the renewal form.');
    const maria = startAsk(backend, freshTenant(), EXPERT);
    const draft = await maria.inbox.draft(id);
    expect(draft.contexts).to.deep.equal(['crm/opportunity']);
    expect(draft.body).to.contain('Pricing desk');
    const edited = { ...draft, title: 'Renewal discounts over 20 %' };
    const published = await maria.inbox.publish(id, edited);
    expect(published.articleId).to.equal(draft.id);
    expect(published.question.articleId).to.equal(draft.id);
    await waitUntil(async () => (await maria.search('renewal discounts')).some((h) => h.id === draft.id), 'found by search');
    expect((await backendFailure(maria.inbox.publish(id, { ...draft, title: '' }))).kind).to.equal('invalid-input');
  });

  it('needs a token: unauthorized before any request without one', async () => {
    const backend = askMemory();
    const noToken = startAsk(backend, freshTenant(), { id: 'maria', name: 'Maria Berg' });
    const calls = backend.calls.userData;
    const error = await backendFailure(noToken.inbox.queue());
    expect(error.kind).to.equal('unauthorized');
    expect(error.message).to.contain('token');
    expect((await backendFailure(noToken.inbox.claim('2b6f2c1e-8a4d-4f6b-9c1e-2d3f4a5b6c7d'))).kind).to.equal('unauthorized');
    expect(backend.calls.userData).to.equal(calls);
    const anonymous = startAsk(backend, freshTenant(), null);
    expect((await backendFailure(anonymous.inbox.queue())).kind).to.equal('unauthorized');
    expect(EMPLOYEE.token).to.be.a('string');
  });
});
