/** User tokens on the per-user routes (missing, forged, expired, wrong algorithm, no secret), and demo mode's sessions. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, UnsecuredJWT } from 'jose';
import { ApiError } from '../../src/protocol/index.js';
import { signUserToken, verifyUserToken, secretKey } from '../../server/auth/token.js';
import { DEMO_PEOPLE } from '../../server/demo/people.js';
import { progress } from './learner-fixtures.js';
import { startTestServer, TEST_SECRET, writeHeaders, type TestServer } from './support.js';

async function unauthorized(response: Response, pattern: RegExp): Promise<void> {
  assert.equal(response.status, 401);
  assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
  const body = ApiError.parse(await response.json());
  assert.equal(body.error.code, 'unauthorized');
  assert.match(body.error.message, pattern);
}

describe('user tokens', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ tokenSecret: TEST_SECRET });
  });
  after(async () => server?.close());

  const put = (headers: Record<string, string>) => fetch(`${server.url}/v1/progress/crm-close-dates`, { method: 'PUT', headers, body: JSON.stringify(progress('crm-close-dates')) });

  it('accepts a token signed with the secret, and the user is the token\'s sub', async () => {
    const token = await signUserToken(TEST_SECRET, { sub: 'erik-nilsson', name: 'Erik Nilsson', roles: [] }, 60);
    assert.equal((await put(writeHeaders(token))).status, 200);
    const list = await fetch(`${server.url}/v1/progress`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(list.status, 200);
    assert.equal(((await list.json()) as { items: unknown[] }).items.length, 1);
  });

  it('refuses a write without a token, saying sign-in is required', async () => {
    const { authorization: _, ...headers } = writeHeaders('x');
    await unauthorized(await put(headers), /sign-in required/);
    await unauthorized(await fetch(`${server.url}/v1/progress`), /sign-in required/);
    await unauthorized(await fetch(`${server.url}/v1/review`), /sign-in required/);
  });

  it('refuses a token forged with another secret', async () => {
    const forged = await signUserToken('another-secret-that-is-long-enough-0123456789', { sub: 'erik-nilsson', name: 'Erik', roles: ['owner'] }, 60);
    await unauthorized(await put(writeHeaders(forged)), /signature does not match/);
  });

  it('refuses an expired token, saying when it expired', async () => {
    const expired = await new SignJWT({ name: 'Erik', roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('erik-nilsson')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secretKey(TEST_SECRET));
    await unauthorized(await put(writeHeaders(expired)), /expired at \d{4}-\d\d-\d\dT/);
  });

  it('refuses an unsigned token (alg none), one without exp, and a header that is not Bearer', async () => {
    const none = new UnsecuredJWT({ name: 'Erik' }).setSubject('erik-nilsson').setExpirationTime('1h').encode();
    await unauthorized(await put(writeHeaders(none)), /not signed with HS256|malformed/);
    const noExp = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('erik-nilsson').sign(secretKey(TEST_SECRET));
    await unauthorized(await put(writeHeaders(noExp)), /"exp" claim is missing/);
    await unauthorized(await put({ ...writeHeaders('x'), authorization: 'Basic ZXJpazpw' }), /must be "Bearer <token>"/);
    await unauthorized(await put(writeHeaders('not.a.jwt')), /malformed/);
  });

  it('verifies the claims: sub, name, roles, exp', async () => {
    const token = await signUserToken(TEST_SECRET, { sub: 'karin-holm', name: 'Karin Holm', roles: ['owner'] }, 120);
    const user = await verifyUserToken(secretKey(TEST_SECRET), token);
    assert.deepEqual({ sub: user.sub, name: user.name, roles: user.roles }, { sub: 'karin-holm', name: 'Karin Holm', roles: ['owner'] });
    assert.ok(user.expiresAt.getTime() > Date.now() + 100_000);
  });

  it('refuses a secret shorter than 32 bytes at start, not at the first request', async () => {
    await assert.rejects(startTestServer({ tokenSecret: 'short' }), /at least 32/);
  });
});

describe('a server without a token secret', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server?.close());

  it('says it has no secret configured, and serves no demo sessions', async () => {
    const token = await signUserToken(TEST_SECRET, { sub: 'erik-nilsson', name: 'Erik', roles: [] }, 60);
    await unauthorized(await fetch(`${server.url}/v1/progress`, { headers: { authorization: `Bearer ${token}` } }), /no token secret configured \(LEARN_TOKEN_SECRET\)/);
    assert.equal((await fetch(`${server.url}/demo/people`)).status, 404);
    assert.equal((await fetch(`${server.url}/demo/session?user=erik-nilsson`)).status, 404);
  });
});

describe('demo mode', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ demo: true });
  });
  after(async () => server?.close());

  it('lists the demo\'s people with roles: experts are experts, Karin Holm owns content', async () => {
    const { people } = (await (await fetch(`${server.url}/demo/people`)).json()) as { people: typeof DEMO_PEOPLE };
    assert.equal(people.length, 11);
    const byId = new Map(people.map((p) => [p.id, p]));
    assert.deepEqual(byId.get('karin-holm')?.roles, ['owner']);
    assert.deepEqual(byId.get('anna-lindqvist')?.roles, ['expert']);
    assert.deepEqual(byId.get('erik-nilsson')?.roles, []);
    assert.equal(people.filter((p) => p.roles.includes('expert')).length, 6);
  });

  it('signs a session token (with a per-start secret) that the write routes accept', async () => {
    const response = await fetch(`${server.url}/demo/session?user=maja-sjoberg`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { user } = (await response.json()) as { user: { id: string; name: string; token: string } };
    assert.deepEqual({ id: user.id, name: user.name }, { id: 'maja-sjoberg', name: 'Maja Sjöberg' });
    const put = await fetch(`${server.url}/v1/progress/crm-close-dates`, { method: 'PUT', headers: writeHeaders(user.token), body: JSON.stringify(progress('crm-close-dates')) });
    assert.equal(put.status, 200);
    // Not signed with anything a test knows: the secret is random per start.
    await assert.rejects(verifyUserToken(secretKey(TEST_SECRET), user.token), /signature/);
  });

  it('answers 404 for someone who is not in the demo', async () => {
    const response = await fetch(`${server.url}/demo/session?user=mallory`);
    assert.equal(response.status, 404);
    assert.match(ApiError.parse(await response.json()).error.message, /no demo person "mallory".*erik-nilsson/);
  });
});
