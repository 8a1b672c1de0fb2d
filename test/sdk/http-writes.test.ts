/// <reference types="mocha" />
/**
 * httpBackend's writes and per-user reads against a `fetch` we pass in: JSON body with
 * Idempotency-Key and the bearer token, the status and Retry-After handed to the outbox as they
 * came, an unreachable server as a `network` BackendError, and GET /v1/progress with the token.
 */
import { expect } from '@open-wc/testing';
import { httpBackend } from '../../sdk/index.js';
import { backendFailure } from './helpers.js';

interface Seen {
  url: string;
  init: RequestInit;
}

function backendAnswering(respond: () => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const backend = httpBackend({
    url: 'https://help.example.com/api',
    fetch: (url, init = {}) => {
      seen.push({ url, init });
      return Promise.resolve(respond());
    },
  });
  backend.setUser?.({ id: 'ann', token: 'jwt-ann' });
  return { backend, seen };
}

const KEY = '9b2f1c3e-8a4d-4f6b-9c1e-2d3f4a5b6c7d';

describe('httpBackend writes', () => {
  it('sends JSON with Idempotency-Key and the bearer token, and returns the answer', async () => {
    const { backend, seen } = backendAnswering(() => new Response(JSON.stringify({ stored: 2, duplicates: 0 }), { status: 200 }));
    const result = await backend.send!({ method: 'POST', path: '/v1/statements', body: { statements: [] }, idempotencyKey: KEY });
    expect(result).to.deep.include({ status: 200, body: { stored: 2, duplicates: 0 } });
    expect(seen[0]!.url).to.equal('https://help.example.com/api/v1/statements');
    expect(seen[0]!.init.method).to.equal('POST');
    const headers = new Headers(seen[0]!.init.headers);
    expect(headers.get('Idempotency-Key')).to.equal(KEY);
    expect(headers.get('Authorization')).to.equal('Bearer jwt-ann');
    expect(headers.get('Content-Type')).to.equal('application/json');
    expect(seen[0]!.init.body).to.equal('{"statements":[]}');
  });

  it('hands over a refusal with the server message and Retry-After', async () => {
    const { backend } = backendAnswering(
      () => new Response(JSON.stringify({ error: { code: 'rate-limited', message: 'slow down' } }), { status: 429, headers: { 'Retry-After': '30' } }),
    );
    const result = await backend.send!({ method: 'PUT', path: '/v1/review', body: { cards: [] }, idempotencyKey: KEY });
    expect(result).to.deep.include({ status: 429, retryAfterMs: 30_000, message: 'slow down' });
  });

  it('rejects with a network BackendError when the server cannot be reached', async () => {
    const { backend } = backendAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await backendFailure(backend.send!({ method: 'PUT', path: '/v1/review', body: {}, idempotencyKey: KEY }));
    expect(error.kind).to.equal('network');
  });

  it('reads the user data with the token', async () => {
    const { backend, seen } = backendAnswering(() => new Response(JSON.stringify({ items: [] }), { status: 200 }));
    expect(await backend.userData!('/v1/progress')).to.deep.equal({ items: [] });
    expect(seen[0]!.url).to.equal('https://help.example.com/api/v1/progress');
    expect(new Headers(seen[0]!.init.headers).get('Authorization')).to.equal('Bearer jwt-ann');
  });
});
