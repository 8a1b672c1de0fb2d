/** requestHeader: Node's parsed headers under the adapter, Hono's accessor without it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { requestHeader } from '../../server/http/request-header.js';

describe('requestHeader', () => {
  const app = new Hono();
  app.get('/h', (c) => c.text(requestHeader(c, 'If-None-Match') ?? '(none)'));

  it('reads Hono’s request when there is no Node request (app.request in tests)', async () => {
    assert.equal(await (await app.request('/h', { headers: { 'If-None-Match': '"v1"' } })).text(), '"v1"');
    assert.equal(await (await app.request('/h')).text(), '(none)');
  });

  it('reads the Node request’s parsed headers when the adapter passes it', async () => {
    const incoming = { headers: { 'if-none-match': 'W/"v2"' } } as unknown as IncomingMessage;
    // The Fetch request says something else: the Node request is the one read.
    const response = await app.request('/h', { headers: { 'If-None-Match': '"other"' } }, { incoming });
    assert.equal(await response.text(), 'W/"v2"');
  });
});
