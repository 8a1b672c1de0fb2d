/**
 * Demo mode only (`startServer({ demo: true })`, `learnflow demo`): the user switcher's list and
 * a signed token for any of the demo's people. A real host app signs tokens on its own server
 * with the shared secret; this stands in for that server. Never enabled by `serve`.
 *
 *   GET /demo/people               → { people: [{ id, name, role, roles }] }
 *   GET /demo/session?user=<id>    → { user: { id, name, roles, token }, expiresAt }
 */
import type { Hono } from 'hono';
import { signUserToken } from '../auth/token.js';
import { DEMO_PEOPLE, demoPerson } from '../demo/people.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { resource } from './resource.js';

/**
 * Longer than the ≤ 15 min a host app should issue (docs/server.md): the demo pages fetch a token
 * when a person is picked and do not refresh it, and a demo left open over lunch should still save.
 */
export const DEMO_TOKEN_TTL_SECONDS = 8 * 60 * 60;

export function demoRoutes(app: Hono, deps: AppDeps): void {
  const secret = deps.tokenSecret;
  if (!secret) throw new Error('demo mode needs a token secret to sign its people\'s tokens');
  const NO_STORE = { 'Cache-Control': 'no-store' };

  resource(app, '/demo/people', {
    GET: (c) => c.json({ people: DEMO_PEOPLE }, 200, { 'Cache-Control': 'no-cache' }),
  });

  resource(app, '/demo/session', {
    GET: async (c) => {
      const id = c.req.query('user') ?? '';
      const person = demoPerson(id);
      if (!person) throw new ApiProblem(404, 'not_found', `no demo person "${id}"; GET /demo/people lists them (${DEMO_PEOPLE.map((p) => p.id).join(', ')})`);
      const token = await signUserToken(secret, { sub: person.id, name: person.name, roles: person.roles }, DEMO_TOKEN_TTL_SECONDS);
      const expiresAt = new Date(Date.now() + DEMO_TOKEN_TTL_SECONDS * 1000).toISOString();
      return c.json({ user: { id: person.id, name: person.name, roles: person.roles, token }, expiresAt }, 200, NO_STORE);
    },
  });
}
