/// <reference types="mocha" />
/**
 * httpBackend's side of ask an expert against a `fetch` we pass in: the event stream is a GET with
 * the bearer token and Last-Event-ID whose body is handed over as it streams; 401/403 are the
 * kinds the live client stops on; the inbox query reaches the server as written; the question list's
 * X-Event-Seq header becomes its seq.
 */
import { expect } from '@open-wc/testing';
import { httpBackend } from '../../sdk/index.js';
import { backendFailure } from './helpers.js';

function backendAnswering(respond: (url: string) => Response) {
  const seen: { url: string; headers: Headers }[] = [];
  const backend = httpBackend({
    url: 'https://help.example.com/api',
    fetch: (url, init = {}) => {
      seen.push({ url, headers: new Headers(init.headers) });
      return Promise.resolve(respond(url));
    },
  });
  backend.setUser?.({ id: 'erik', token: 'jwt-erik' });
  return { backend, seen };
}

describe('httpBackend ask an expert', () => {
  it('folds an X-Event-Seq header of the question list into its answer as seq (a seq field the server sent wins)', async () => {
    const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });
    expect(await backendAnswering(() => json({ items: [] }, { 'X-Event-Seq': '42' })).backend.userData!('/v1/questions')).to.deep.equal({ items: [], seq: 42 });
    expect(await backendAnswering(() => json({ items: [], seq: 7 }, { 'X-Event-Seq': '42' })).backend.userData!('/v1/questions')).to.deep.equal({ items: [], seq: 7 });
    expect(await backendAnswering(() => json({ items: [] }, { 'X-Event-Seq': 'soon' })).backend.userData!('/v1/questions')).to.deep.equal({ items: [] });
    expect(await backendAnswering(() => json({ items: [] }, { 'X-Event-Seq': '42' })).backend.userData!('/v1/inbox'), 'only the asker’s list').to.deep.equal({ items: [] });
  });

  it('opens the event stream with the token and Last-Event-ID and hands over its bytes', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('id: 8\ndata: x\n\n'));
        controller.close();
      },
    });
    const { backend, seen } = backendAnswering(() => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const stream = await backend.stream!('/v1/events', { lastEventId: '7', signal: new AbortController().signal });
    expect(await new Response(stream).text()).to.equal('id: 8\ndata: x\n\n');
    expect(seen[0]!.url).to.equal('https://help.example.com/api/v1/events');
    expect(seen[0]!.headers.get('Authorization')).to.equal('Bearer jwt-erik');
    expect(seen[0]!.headers.get('Last-Event-ID')).to.equal('7');
    expect(seen[0]!.headers.get('Accept')).to.equal('text/event-stream');
  });

  it('refuses with unauthorized on 401 and forbidden on 403, with the server’s message', async () => {
    for (const [status, kind] of [[401, 'unauthorized'], [403, 'forbidden']] as const) {
      const { backend } = backendAnswering(() => new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'token expired' } }), { status }));
      const error = await backendFailure(backend.stream!('/v1/events', { signal: new AbortController().signal }));
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.message).to.contain('token expired');
    }
  });

  it('reads the inbox with its filter as a query string', async () => {
    const { backend, seen } = backendAnswering(() => new Response(JSON.stringify({ items: [] })));
    expect(await backend.userData!('/v1/inbox?topic=pricing&status=waiting&age=30')).to.deep.equal({ items: [] });
    expect(seen[0]!.url).to.equal('https://help.example.com/api/v1/inbox?topic=pricing&status=waiting&age=30');
    expect(seen[0]!.headers.get('Authorization')).to.equal('Bearer jwt-erik');
  });
});
