/**
 * Helpers for the ask-an-expert tests: a small content folder (two experts on one topic, so
 * routing and claim conflicts can be seen), tokens, JSON calls, and a reader for the live stream
 * over fetch streaming, as the SDK reads it.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { AskEvent, type AskRequest } from '../../src/protocol/index.js';
import { signUserToken } from '../../server/auth/token.js';
import { TEST_SECRET, writeArticle } from './support.js';

export const TOPICS = [
  { id: 'discounts', name: 'Discounts', description: 'Who approves which discount.', screens: ['crm/quote', 'crm/opportunity'], tags: ['discounts', 'approval'], owner: 'anna-lindqvist' },
  { id: 'pipeline', name: 'Pipeline and stages', screens: ['crm/opportunity'], tags: ['pipeline'], owner: 'omar-haddad' },
];

export const EXPERTS = [
  { id: 'anna-lindqvist', name: 'Anna Lindqvist', title: 'Pricing desk lead', topics: ['discounts'], languages: ['sv', 'en'], hours: 'Mon–Fri 08–17 CET' },
  { id: 'markus-weber', name: 'Markus Weber', title: 'Service team lead', topics: ['discounts'], languages: ['de', 'en'] },
  { id: 'omar-haddad', name: 'Omar Haddad', title: 'Sales operations', topics: ['pipeline'], languages: ['en', 'ar', 'sv'] },
];

/** A content folder with one article and the two topics above. */
export function writeAskContent(root: string): void {
  writeArticle(join(root, 'articles'), 'discount-approval.md', { id: 'discount-approval', title: 'Discount approval', summary: 'Who approves which discount.', tags: ['discounts'], contexts: ['crm/quote'], locale: 'en', updatedAt: '2026-10-01T09:00:00Z' }, 'Up to 10 % you decide.\n');
  mkdirSync(join(root, 'ask'), { recursive: true });
  writeFileSync(join(root, 'ask', 'topics.yaml'), stringify(TOPICS));
  writeFileSync(join(root, 'ask', 'experts.yaml'), stringify(EXPERTS));
}

export interface People {
  erik: string;
  maja: string;
  anna: string;
  markus: string;
  omar: string;
  /** Role `owner`, no expert profile. */
  karin: string;
  /** Role `expert` but no profile in experts.yaml. */
  ghost: string;
}

export async function people(): Promise<People> {
  const sign = (sub: string, name: string, roles: string[] = []) => signUserToken(TEST_SECRET, { sub, name, roles }, 600);
  return {
    erik: await sign('erik-nilsson', 'Erik Nilsson'),
    maja: await sign('maja-sjoberg', 'Maja Sjöberg'),
    anna: await sign('anna-lindqvist', 'Anna Lindqvist', ['expert']),
    markus: await sign('markus-weber', 'Markus Weber', ['expert']),
    omar: await sign('omar-haddad', 'Omar Haddad', ['expert']),
    karin: await sign('karin-holm', 'Karin Holm', ['owner']),
    ghost: await sign('ghost-expert', 'Nobody', ['expert']),
  };
}

export function askRequest(overrides: Partial<AskRequest> = {}): AskRequest {
  return {
    id: randomUUID(),
    topic: 'discounts',
    text: 'Can I give a 25 % discount on a renewal?',
    context: { screen: 'crm/quote', recordType: 'quote', app: 'Helm CRM', url: 'https://crm.fjordhall.example/quotes/1042' },
    locale: 'en',
    ...overrides,
  };
}

export class Api {
  constructor(private readonly base: string) {}

  send(method: string, path: string, token: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const all: Record<string, string> = { ...headers };
    if (token) all.authorization = `Bearer ${token}`;
    if (body !== undefined) all['content-type'] ??= 'application/json';
    return fetch(this.base + path, { method, headers: all, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  }

  /** A keyed write (a fresh Idempotency-Key unless given). */
  write(path: string, token: string, body: unknown, key: string = randomUUID()): Promise<Response> {
    return this.send('POST', path, token, body, { 'idempotency-key': key });
  }

  get(path: string, token?: string): Promise<Response> {
    return this.send('GET', path, token);
  }

  ask(token: string, overrides: Partial<AskRequest> = {}): Promise<Response> {
    return this.write('/v1/questions', token, askRequest(overrides));
  }

  reply(token: string, questionId: string, body: string, internal?: boolean): Promise<Response> {
    return this.write(`/v1/questions/${questionId}/messages`, token, { id: randomUUID(), body, ...(internal === undefined ? {} : { internal }) });
  }
}

/** One server-sent event as parsed off the wire. */
export interface Received {
  id: string;
  event: string;
  data: AskEvent;
}

/**
 * A live stream read with fetch (no EventSource: the token goes in a header). `next()` waits for
 * the next event (no sleeping: it resolves when bytes arrive); `close()` drops the connection.
 */
export class EventStream {
  readonly received: Received[] = [];
  retry: number | undefined;
  #waiters: ((event: Received) => void)[] = [];
  #buffer = '';
  readonly #abort = new AbortController();
  #done: Promise<void> = Promise.resolve();

  static async open(base: string, token: string, lastEventId?: string): Promise<EventStream> {
    const stream = new EventStream();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    const response = await fetch(`${base}/v1/events`, { headers, signal: stream.#abort.signal });
    if (response.status !== 200 || !response.body) throw new Error(`GET /v1/events answered ${response.status}: ${await response.text()}`);
    if (!response.headers.get('content-type')?.startsWith('text/event-stream')) throw new Error(`not an event stream: ${response.headers.get('content-type')}`);
    stream.#done = stream.#read(response.body);
    return stream;
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.#buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.#buffer.indexOf('\n\n')) >= 0) {
          const block = this.#buffer.slice(0, end);
          this.#buffer = this.#buffer.slice(end + 2);
          this.#frame(block);
        }
      }
    } catch {
      // aborted by close()
    }
  }

  #frame(block: string): void {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      fields[name] = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    }
    if (fields.retry !== undefined) this.retry = Number(fields.retry);
    if (fields.data === undefined) return;
    const event: Received = { id: fields.id ?? '', event: fields.event ?? 'message', data: AskEvent.parse(JSON.parse(fields.data)) };
    this.received.push(event);
    const waiter = this.#waiters.shift();
    waiter?.(event);
  }

  #taken = 0;

  /** The next event not yet taken by next(). */
  next(): Promise<Received> {
    const ready = this.received[this.#taken];
    if (ready) {
      this.#taken++;
      return Promise.resolve(ready);
    }
    return new Promise((resolve) => {
      this.#waiters.push((event) => {
        this.#taken++;
        resolve(event);
      });
    });
  }

  get lastId(): string | undefined {
    return this.received.at(-1)?.id;
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }
}
