/// <reference types="mocha" />
/**
 * Live answers over memoryBackend's event stream: connected only while it matters (a token, and an
 * open question or the ask API in use), the answer arriving as `question-change` with the unread
 * count, resumed with Last-Event-ID after a drop and after a reload, malformed events skipped with a
 * warning, stopped for good on 401, paused while offline, closed with the session.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { MemoryBackend } from '../../sdk/index.js';
import { BackendError, type Learn, type StreamOptions } from '../../sdk/types.js';
import { cleanup, freshTenant, nextEvent } from './helpers.js';
import { askMemory, EMPLOYEE, QUESTION, startAsk } from './ask-fixtures.js';

/** Records the Last-Event-ID of every stream the client opens. */
function watchStreams(backend: MemoryBackend): (string | undefined)[] {
  const opened: (string | undefined)[] = [];
  const stream = backend.stream!.bind(backend);
  backend.stream = (path, options: StreamOptions) => {
    opened.push(options.lastEventId);
    return stream(path, options);
  };
  return opened;
}

/** Runs after idle work requested before it (requestIdleCallback runs callbacks in order). */
const afterIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

async function asked(learn: Learn, backend: MemoryBackend): Promise<string> {
  const q = await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
  await waitUntil(() => backend.ask.questions.length === 1, 'stored');
  await waitUntil(() => backend.ask.streams === 1, 'connected');
  // Reconnect quickly in these tests (the client honours the server's retry:).
  backend.ask.pushRaw('retry: 20\n\n');
  return q.id;
}

describe('live answers', () => {
  afterEach(cleanup);

  it('delivers the expert’s answer as question-change and unread-change', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const id = await asked(learn, backend);
    const changed = nextEvent(learn, 'question-change', (e) => e.question.status === 'answered');
    const unread = nextEvent(learn, 'unread-change');
    backend.ask.reply(id, 'maria', 'Over 20 % goes to the Pricing desk.');
    expect((await changed).question.messages.map((m) => m.body)).to.deep.equal(['Over 20 % goes to the Pricing desk.']);
    expect(await unread).to.deep.equal({ unread: 1 });
    expect(learn.questions.unread).to.equal(1);
  });

  it('resumes with Last-Event-ID after a drop, getting what happened meanwhile', async () => {
    const backend = askMemory();
    const opened = watchStreams(backend);
    const learn = startAsk(backend, freshTenant());
    const id = await asked(learn, backend);
    const first = nextEvent(learn, 'question-change', (e) => e.question.messages.length === 1);
    backend.ask.reply(id, 'maria', 'First answer.');
    await first;
    backend.ask.dropStreams();
    // While the client is away.
    const second = nextEvent(learn, 'question-change', (e) => e.question.messages.length === 2);
    backend.ask.reply(id, 'maria', 'Second answer.');
    await second;
    expect(opened.length).to.equal(2);
    expect(opened[1], 'resumed after the last event seen').to.equal(String(2));
    expect(learn.questions.unread).to.equal(2);
  });

  it('resumes after a reload from the last event id stored for the user, and finds an answer that came while the page was closed', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const first = startAsk(backend, tenant);
    const id = await asked(first, backend);
    first.destroy();
    await waitUntil(() => backend.ask.streams === 0, 'closed with the runtime');
    backend.ask.reply(id, 'maria', 'Answered while you were away.');

    const opened = watchStreams(backend);
    const second = startAsk(backend, tenant);
    // No API call: the idle check reads the questions for the badge, and connects (a question is open).
    await waitUntil(() => second.questions.unread === 1, 'badge on the next open');
    await waitUntil(() => opened.length === 1, 'connected again');
    expect(opened[0], 'the id stored by the first page').to.equal('1');
  });

  it('skips malformed events with a warning and keeps going', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    const id = await asked(learn, backend);
    const warnings: string[] = [];
    learn.on('warning', (w) => warnings.push(`${w.source}: ${w.message}`));
    const warn = console.warn;
    console.warn = () => {};
    try {
      backend.ask.pushRaw('id: 50\nevent: question\ndata: {not json\n\n');
      backend.ask.pushRaw(`id: 51\nevent: question\ndata: ${JSON.stringify({ seq: 51, kind: 'message', question: { id } })}\n\n`);
      const answered = nextEvent(learn, 'question-change', (e) => e.question.status === 'answered');
      backend.ask.reply(id, 'maria', 'Still here.');
      await answered;
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^live: ignored a live event that is not JSON/);
    expect(warnings[1]).to.match(/^live: ignored an invalid live event/);
  });

  it('stops on 401 with an error event, and starts again with a new token', async () => {
    const backend = askMemory();
    const stream = backend.stream!.bind(backend);
    let refuse = true;
    let tries = 0;
    backend.stream = (path, options) => {
      tries++;
      return refuse ? Promise.reject(new BackendError('unauthorized', 'token expired (401)', 401)) : stream(path, options);
    };
    const learn = startAsk(backend, freshTenant());
    const error = nextEvent(learn, 'error', (e) => e.source === 'live');
    await learn.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    expect(await error).to.include({ kind: 'unauthorized' });
    expect(tries).to.equal(1);
    refuse = false;
    await learn.setUser({ ...EMPLOYEE, token: 'token-erik-2' });
    await waitUntil(() => backend.ask.streams === 1, 'connected with the new token');
    expect(tries).to.equal(2);
  });

  it('pauses while the browser is offline and resumes on online', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    await asked(learn, backend);
    dispatchEvent(new Event('offline'));
    await waitUntil(() => backend.ask.streams === 0, 'disconnected while offline');
    dispatchEvent(new Event('online'));
    await waitUntil(() => backend.ask.streams === 1, 'connected again');
    expect(learn.connectivity).to.equal('online');
  });

  it('does not connect without a token, nor for a user whose questions are all done and who has not used the API', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const noToken = startAsk(backend, tenant, { id: 'erik', name: 'Erik' });
    const q = await noToken.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1);
    backend.ask.reply(q.id, 'maria', 'Over 20 % goes to the Pricing desk.');
    await noToken.questions.solve(q.id);
    expect(backend.calls.stream, 'no token: no stream').to.equal(0);
    noToken.destroy();

    // With a token: the idle check reads the questions (the badge), finds nothing open, does not connect.
    const learn = startAsk(backend, tenant);
    expect(await nextEvent(learn, 'unread-change')).to.deep.equal({ unread: 1 });
    await afterIdle();
    await afterIdle();
    expect(backend.calls.stream).to.equal(0);
    // Using the API (a form or an inbox on screen) makes live updates matter.
    await learn.questions.topics();
    await waitUntil(() => backend.ask.streams === 1, 'connected once used');
  });

  it('closes the stream on setUser and destroy', async () => {
    const backend = askMemory();
    const learn = startAsk(backend, freshTenant());
    await asked(learn, backend);
    await learn.setUser({ id: 'anna', name: 'Anna', token: 'token-anna' });
    await waitUntil(() => backend.ask.streams === 0, 'closed on setUser');
    learn.destroy();
    expect(backend.ask.streams).to.equal(0);
  });
});
