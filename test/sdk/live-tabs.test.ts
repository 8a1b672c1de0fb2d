/// <reference types="mocha" />
/**
 * One live stream per user and browser: two runtimes of the same user in one page stand for two
 * tabs (they share Web Locks and BroadcastChannel as tabs do). One holds the stream and relays what
 * it receives; when it goes, the other takes over and resumes after the last event. Also: a first
 * stream resumes from the event sequence the list of questions was read at, and a connection that
 * stays silent past the heartbeat timeout is dropped and reopened.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { createLearn, type MemoryBackend } from '../../sdk/index.js';
import { databaseName } from '../../sdk/cache/db.js';
import { LiveClient } from '../../sdk/ask/live.js';
import type { AskEvent } from '../../src/protocol/index.js';
import type { Backend, Learn, StreamOptions } from '../../sdk/types.js';
import { cleanup, freshTenant, nextEvent, track } from './helpers.js';
import { askMemory, EMPLOYEE, QUESTION, startAsk } from './ask-fixtures.js';

/** A second "tab": the same user and tenant, provided on an element of its own. */
function tab(backend: MemoryBackend, tenant: string): Learn {
  const root = document.body.appendChild(document.createElement('div'));
  return track(createLearn({ backend, tenant, user: EMPLOYEE, root, context: { screen: 'crm/opportunity' } }));
}

/**
 * Waits until a second tab queues for the stream's lock. It listens to the holder's relays from
 * then on (its channel opens before it queues); an answer sent before that would never reach it.
 */
async function waitsInLine(tenant: string): Promise<void> {
  const name = `learnflow-live:${databaseName(tenant, EMPLOYEE.id)}`;
  await waitUntil(async () => (await navigator.locks.query()).pending?.some((lock) => lock.name === name) ?? false, 'the second tab waits in line');
}

/** Records the Last-Event-ID of every stream opened; `gate`, when set, holds each open until it resolves. */
function watchStreams(backend: MemoryBackend, gate?: Promise<void>): (string | undefined)[] {
  const opened: (string | undefined)[] = [];
  const stream = backend.stream!.bind(backend);
  backend.stream = async (path, options: StreamOptions) => {
    opened.push(options.lastEventId);
    await gate;
    return stream(path, options);
  };
  return opened;
}

describe('live stream shared by the tabs of a user', () => {
  afterEach(cleanup);

  it('holds one stream for two tabs and relays the answer to the other', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const a = tab(backend, tenant);
    const b = tab(backend, tenant);
    const q = await a.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1, 'stored');
    await b.questions.mine(); // b uses the API too: it wants live updates
    await waitUntil(() => backend.ask.streams === 1, 'one tab connected');
    await waitsInLine(tenant);
    const inA = nextEvent(a, 'question-change', (e) => e.question.status === 'answered');
    const inB = nextEvent(b, 'question-change', (e) => e.question.status === 'answered');
    const unreadB = nextEvent(b, 'unread-change');
    backend.ask.reply(q.id, 'maria', 'Up to 20 % on your own.');
    expect((await inA).question.messages.map((m) => m.body)).to.deep.equal(['Up to 20 % on your own.']);
    expect((await inB).question.messages.map((m) => m.body)).to.deep.equal(['Up to 20 % on your own.']);
    expect(await unreadB).to.deep.equal({ unread: 1 });
    expect(backend.ask.streams, 'still one stream').to.equal(1);
  });

  it('hands the stream to the other tab when the holder closes, resuming after the last event', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const opened = watchStreams(backend);
    const a = tab(backend, tenant);
    const q = await a.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.streams === 1 && backend.ask.questions.length === 1, 'a connected, the question stored');
    const b = tab(backend, tenant);
    await b.questions.mine();
    await waitsInLine(tenant);
    const relayed = nextEvent(b, 'question-change', (e) => e.question.messages.length === 1);
    backend.ask.reply(q.id, 'maria', 'First answer.');
    await relayed;
    expect(opened.length, 'b waits in line').to.equal(1);

    a.destroy();
    await waitUntil(() => opened.length === 2 && backend.ask.streams === 1, 'b took over');
    const second = nextEvent(b, 'question-change', (e) => e.question.messages.length === 2);
    backend.ask.reply(q.id, 'maria', 'Second answer, on b’s own stream.');
    await second;
    // Events so far: asked (1), the first answer (2).
    expect(opened[1], 'resumed after the last event b was relayed').to.equal('2');
    expect(backend.ask.streams).to.equal(1);
  });

  it('ignores a relayed message that is not a valid event', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    const a = tab(backend, tenant);
    await a.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.streams === 1, 'a connected');
    const b = tab(backend, tenant);
    await b.questions.mine();
    await waitsInLine(tenant);
    const seen: string[] = [];
    b.on('question-change', (e) => seen.push(e.question.id));
    const forged = new BroadcastChannel(`learnflow-live:${databaseName(tenant, EMPLOYEE.id)}`);
    forged.postMessage({ type: 'event', id: '99', event: { kind: 'message', question: { id: 'x' } } });
    forged.postMessage({ type: 'event', id: 100 });
    forged.close();
    // A valid relay after the forged ones: once it has arrived, the forged ones were handled before it.
    const valid = nextEvent(b, 'question-change');
    const probe = new BroadcastChannel(`learnflow-live:${databaseName(tenant, EMPLOYEE.id)}`);
    const question = (await b.questions.mine())[0]!;
    probe.postMessage({ type: 'event', id: '3', event: { seq: 3, kind: 'status', question } satisfies AskEvent });
    probe.close();
    await valid;
    expect(seen).to.deep.equal([question.id]);
  });
});

describe('where a live stream starts, and a silent one', () => {
  afterEach(cleanup);

  it('resumes a first stream from the sequence the list of questions was read at', async () => {
    const backend = askMemory();
    // Asked on another device (another database): nothing stored here to resume from.
    const elsewhere = startAsk(backend, freshTenant());
    await elsewhere.questions.send({ topic: 'pricing', text: QUESTION, context: {} });
    await waitUntil(() => backend.ask.questions.length === 1, 'stored');
    elsewhere.destroy();
    await waitUntil(() => backend.ask.streams === 0, 'closed');
    const id = backend.ask.questions[0]!.id;

    let open!: () => void;
    const opened = watchStreams(backend, new Promise<void>((resolve) => (open = resolve)));
    const learn = startAsk(backend, freshTenant());
    // The idle check reads the list (sequence 1: the question was asked), then connects.
    await waitUntil(() => opened.length === 1, 'connecting');
    expect(opened[0]).to.equal('1');
    // An answer between the list and the stream: without the list's sequence it would be lost.
    backend.ask.reply(id, 'maria', 'Answered in the gap.');
    const answered = nextEvent(learn, 'question-change', (e) => e.question.status === 'answered');
    open();
    expect((await answered).question.messages.map((m) => m.body)).to.deep.equal(['Answered in the gap.']);
  });

  it('drops a connection silent for longer than the heartbeat timeout and opens another', async () => {
    const opened: (string | undefined)[] = [];
    const backend = {
      describe: 'silent server',
      stream: async (_path: string, options: StreamOptions) => {
        opened.push(options.lastEventId);
        return new ReadableStream<Uint8Array>({
          start(controller) {
            // One event, then nothing: not even the heartbeat comment.
            controller.enqueue(new TextEncoder().encode('retry: 10\nid: 5\nevent: ping\ndata: {}\n\n'));
          },
        });
      },
    } as unknown as Backend;
    let live = true;
    const client = new LiveClient({ backend, live: () => live, load: async () => undefined, save: () => {}, event: () => {}, warn: () => {}, fatal: () => {} });
    client.heartbeatMs = 150;
    const run = client.start();
    await waitUntil(() => opened.length >= 2, 'reconnected after the silence', { timeout: 5000 });
    expect(opened.slice(0, 2)).to.deep.equal([undefined, '5']);
    live = false;
    client.stop();
    await run;
  });
});
