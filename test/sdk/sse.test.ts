/// <reference types="mocha" />
/**
 * The server-sent events parser (sdk/ask/sse.ts) and the reconnect delay of the live client: the
 * same messages however the bytes are split into chunks (inside a line, a field name, between CR
 * and LF), every line ending, comments, multi-line data, ids that persist, `retry:`.
 */
import { expect } from '@open-wc/testing';
import { SseParser, type SseMessage } from '../../sdk/ask/sse.js';
import { DEFAULT_RETRY_MS, MAX_RETRY_MS, reconnectDelay } from '../../sdk/ask/live.js';

function parse(chunks: string[]): { messages: SseMessage[]; retries: number[]; lastEventId: string } {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = new SseParser((m) => messages.push(m), (ms) => retries.push(ms));
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries, lastEventId: parser.lastEventId };
}

const STREAM = [
  ': connected',
  'retry: 2500',
  '',
  'id: 1',
  'event: question',
  'data: {"a":1}',
  '',
  ': keep-alive',
  '',
  'data: first line',
  'data:second line',
  'data',
  '',
  'id: 7',
  '',
  'event: question',
  'data:  two spaces keep one',
  '',
  'id: bad\0id',
  'retry: soon',
  'data: last',
  '',
  'data: incomplete at the end',
].join('\n');

const EXPECTED: SseMessage[] = [
  { type: 'question', data: '{"a":1}', id: '1' },
  { type: 'message', data: 'first line\nsecond line\n', id: '1' },
  { type: 'question', data: ' two spaces keep one', id: '7' },
  { type: 'message', data: 'last', id: '7' },
];

describe('SseParser', () => {
  it('parses fields, comments, multi-line data, ids that persist and retry', () => {
    const { messages, retries, lastEventId } = parse([STREAM]);
    expect(messages).to.deep.equal(EXPECTED);
    expect(retries).to.deep.equal([2500]);
    expect(lastEventId).to.equal('7');
  });

  it('gives the same messages however the stream is split into chunks', () => {
    for (const ending of ['\n', '\r\n', '\r']) {
      const text = STREAM.replaceAll('\n', ending);
      for (let i = 0; i <= text.length; i++) {
        expect(parse([text.slice(0, i), text.slice(i)]).messages, `split at ${i} with ${JSON.stringify(ending)}`).to.deep.equal(EXPECTED);
      }
      expect(parse([...text]).messages, `one character at a time with ${JSON.stringify(ending)}`).to.deep.equal(EXPECTED);
    }
  });

  it('treats a CR at the end of one chunk and a LF at the start of the next as one line end', () => {
    const { messages } = parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']);
    expect(messages).to.deep.equal([{ type: 'message', data: 'a\nb', id: '' }]);
  });

  it('skips a byte order mark at the start and starts from a given last event id', () => {
    const messages: SseMessage[] = [];
    const parser = new SseParser((m) => messages.push(m), undefined, '41');
    parser.push('\uFEFFdata: x\n\n');
    expect(messages).to.deep.equal([{ type: 'message', data: 'x', id: '41' }]);
  });

  it('dispatches nothing for a block without data, but takes its id', () => {
    const { messages, lastEventId } = parse(['id: 3\nevent: question\n\n']);
    expect(messages).to.deep.equal([]);
    expect(lastEventId).to.equal('3');
  });
});

describe('reconnectDelay', () => {
  it('waits at least the server’s retry, doubles per failure up to a minute, and adds jitter', () => {
    expect(reconnectDelay(0, DEFAULT_RETRY_MS, () => 0)).to.equal(DEFAULT_RETRY_MS);
    expect(reconnectDelay(0, DEFAULT_RETRY_MS, () => 1)).to.equal(DEFAULT_RETRY_MS * 1.5);
    expect(reconnectDelay(2, 1000, () => 0)).to.equal(4000);
    expect(reconnectDelay(20, 1000, () => 0)).to.equal(MAX_RETRY_MS);
    expect(reconnectDelay(3, 120_000, () => 0), 'a longer retry: is honoured').to.equal(120_000);
  });
});
