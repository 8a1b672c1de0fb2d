/**
 * Ask an expert, live: the answer reaching the asker over GET /v1/events, what each receiver may
 * see in an event, resuming with Last-Event-ID after a drop without loss or duplicates, and
 * escalation of an unclaimed question to its topic's owner.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Question, QuestionList } from '../../src/protocol/index.js';
import { Api, EventStream, people, writeAskContent, type People } from './ask-support.js';
import { startTestServer, TEST_SECRET, tempDir, type TempDir, type TestServer } from './support.js';

async function question(response: Response, status = 201): Promise<Question> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return Question.parse(JSON.parse(text));
}

describe('ask an expert, live', () => {
  let server: TestServer;
  let content: TempDir;
  let api: Api;
  let p: People;
  const streams: EventStream[] = [];
  const open = async (token: string, lastEventId?: string) => {
    const stream = await EventStream.open(server.url, token, lastEventId);
    streams.push(stream);
    return stream;
  };

  before(async () => {
    content = tempDir('learnflow-ask-live-');
    writeAskContent(content.path);
    server = await startTestServer({ tokenSecret: TEST_SECRET, contentDir: content.path });
    api = new Api(server.url);
    p = await people();
  });
  after(async () => {
    for (const stream of streams) await stream.close();
    await server?.close();
    content?.remove();
  });

  it('needs a token and says how long to wait before reconnecting', async () => {
    assert.equal((await api.get('/v1/events')).status, 401);
    assert.equal((await api.send('GET', '/v1/events', p.erik, undefined, { 'last-event-id': 'abc' })).status, 400);
    const head = await api.send('HEAD', '/v1/events', p.erik);
    assert.equal(head.status, 200);
    assert.equal(server.ask.hub.size, 0, 'a HEAD opens no stream');
    const stream = await open(p.erik);
    // The retry hint arrives before any event; wait for it by asking a question of our own.
    const asked = await question(await api.ask(p.erik));
    const event = await stream.next();
    assert.equal(stream.retry, 3000);
    assert.equal(event.event, 'question');
    assert.equal(event.data.kind, 'asked');
    assert.equal(event.data.question.id, asked.id);
    assert.equal(event.id, String(event.data.seq));
    await stream.close();
  });

  it('brings the answer to the asker live, without internal notes, and the notes to the experts', async () => {
    const erik = await open(p.erik);
    const anna = await open(p.anna);
    const omar = await open(p.omar);
    const asked = await question(await api.ask(p.erik));
    assert.equal((await erik.next()).data.kind, 'asked');
    assert.equal((await anna.next()).data.question.id, asked.id, 'the topic\'s expert is told of a new question');

    await question(await api.reply(p.markus, asked.id, 'Check the contract term first.', true));
    const note = await anna.next();
    assert.equal(note.data.question.messages.at(-1)?.internal, true, 'experts see internal notes');

    await question(await api.reply(p.anna, asked.id, 'Renewals above **15 %** go to the Pricing desk.'));
    const answer = await erik.next();
    assert.equal(answer.data.kind, 'message', 'the note never reached the asker: the next event is the answer');
    assert.equal(answer.data.question.status, 'answered');
    assert.equal(answer.data.question.unread, 1);
    assert.deepEqual(answer.data.question.messages.map((m) => [m.role, m.internal]), [['expert', false]]);
    assert.match(answer.data.question.messages[0]?.html ?? '', /<strong>15 %<\/strong>/);
    const annaSees = await anna.next();
    assert.equal(annaSees.data.question.messages.length, 2);
    assert.equal(annaSees.data.question.unread, 0, 'unread is the asker\'s alone');

    // Omar answers another topic: nothing of this question reached him. His own topic's question does.
    const pipeline = await question(await api.ask(p.maja, { topic: 'pipeline' }));
    assert.equal((await omar.next()).data.question.id, pipeline.id);
    assert.ok(omar.received.every((e) => e.data.question.topic === 'pipeline'));
  });

  it('resumes after a drop with Last-Event-ID: everything missed, once, in order, and nothing of anyone else', async () => {
    const first = await open(p.erik);
    const asked = await question(await api.ask(p.erik));
    await first.next();
    await question(await api.reply(p.anna, asked.id, 'First answer.'));
    const seen = await first.next();
    await first.close();

    // While Erik is away: another answer, a note, a status change, and Maja's own question.
    await question(await api.reply(p.anna, asked.id, 'Second answer.'));
    await question(await api.reply(p.anna, asked.id, 'Internal: he asked this before.', true));
    await question(await api.ask(p.maja));
    await question(await api.send('POST', `/v1/questions/${asked.id}/close`, p.anna), 200);

    const resumed = await open(p.erik, seen.id);
    const missed = [await resumed.next(), await resumed.next()];
    assert.deepEqual(missed.map((e) => e.data.kind), ['message', 'status']);
    assert.deepEqual(missed.map((e) => e.data.question.messages.length), [2, 2], 'no internal note in any of them');
    assert.equal(missed[1]?.data.question.status, 'closed');
    const seqs = missed.map((e) => e.data.seq);
    assert.ok((seqs[0] ?? 0) > seen.data.seq && (seqs[1] ?? 0) > (seqs[0] ?? 0), 'after the last one seen, in order');

    // Live again on the same stream: the next event is the next change, not a repeat.
    await question(await api.send('POST', `/v1/questions/${asked.id}/read`, p.erik), 200);
    const live = await resumed.next();
    assert.equal(live.data.question.unread, 0);
    assert.ok(live.data.seq > (seqs[1] ?? 0));
    assert.equal(new Set(resumed.received.map((e) => e.id)).size, resumed.received.length, 'no duplicates');

    // ?lastEventId= works too, for a client that cannot set headers.
    const byQuery = await fetch(`${server.url}/v1/events?lastEventId=${seen.id}`, { headers: { authorization: `Bearer ${p.erik}` } });
    assert.equal(byQuery.status, 200);
    await byQuery.body?.cancel();
  });

  it('sends the newest event id with the asker\'s list, so a first stream resumes from the list without a gap', async () => {
    const asked = await question(await api.ask(p.erik));
    const list = QuestionList.parse(await (await api.get('/v1/questions', p.erik)).json());
    assert.ok(list.items.some((q) => q.id === asked.id));
    assert.ok(typeof list.seq === 'number' && list.seq > 0, `seq: ${list.seq}`);
    // Answered after the list was read and before any stream was open: the stream from `seq` brings exactly that.
    await question(await api.reply(p.anna, asked.id, 'Yes, within 10 % you decide.'));
    const erik = await open(p.erik, String(list.seq));
    const event = await erik.next();
    assert.equal(event.data.question.id, asked.id);
    assert.equal(event.data.kind, 'message');
    assert.ok(event.data.seq > (list.seq ?? 0));
    await erik.close();
  });

  it('lets go of a stream when the client disconnects', async () => {
    const before = ((await (await api.get('/v1/health')).json()) as { ask: { streams: number } }).ask.streams;
    const stream = await EventStream.open(server.url, p.maja);
    await stream.close();
    // The server notices the closed socket asynchronously: wait for the hub to forget the stream.
    for (let i = 0; i < 200; i++) {
      await server.ask.hub.settled();
      if (server.ask.hub.size <= before) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(server.ask.hub.size <= before);
  });

  it('escalates a question nobody claimed in time to the topic\'s owner, once', async () => {
    const owner = await open(p.omar);
    const asker = await open(p.maja);
    const waiting = await question(await api.ask(p.maja, { topic: 'pipeline' }));
    const claimed = await question(await api.ask(p.maja, { topic: 'pipeline' }));
    await question(await api.send('POST', `/v1/questions/${claimed.id}/claim`, p.omar), 200);
    while (owner.received.length < 3) await owner.next();
    const taken = owner.received.length;

    assert.deepEqual(await server.ask.escalator.pass(new Date(Date.now() + 60_000)), [], 'not yet: the default is 240 minutes');
    const escalated = await server.ask.escalator.pass(new Date(Date.now() + 241 * 60_000));
    assert.ok(escalated.includes(waiting.id));
    assert.ok(!escalated.includes(claimed.id), 'a claimed question does not escalate');
    let event = await owner.next();
    while (event.data.question.id !== waiting.id) event = await owner.next();
    assert.equal(event.data.kind, 'status');
    assert.equal(event.data.question.escalated, true);
    assert.ok(owner.received.length > taken);
    assert.deepEqual(await server.ask.escalator.pass(new Date(Date.now() + 500 * 60_000)), [], 'escalated once');

    const mine = await question(await api.get(`/v1/questions/${waiting.id}`, p.maja), 200);
    assert.equal(mine.escalated, true);
    const health = (await (await api.get('/v1/health')).json()) as { ask: { waiting: number; escalated: number } };
    assert.ok(health.ask.escalated >= 1);
    assert.ok(health.ask.waiting >= 2);
    assert.ok(asker.received.every((e) => !(e.data.kind === 'status' && e.data.question.escalated)), 'escalation is for the experts');
  });
});
