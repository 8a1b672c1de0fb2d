/**
 * `requireUser`: Hono middleware for the per-user routes (writes and per-user reads). It reads
 * `Authorization: Bearer <token>`, verifies it (auth/token.ts) and puts the user on the context
 * (`c.get('user')`), or answers 401 with the reason. Public routes (catalog, articles, lessons)
 * never look at the header.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { requestHeader } from '../http/request-header.js';
import { secretKey, unauthorized, verifyUserToken, type AuthUser } from './token.js';

declare module 'hono' {
  interface ContextVariableMap {
    user: AuthUser;
  }
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_.~+/-]+=*)[ \t]*$/i;

/** `secret` undefined: every per-user request is refused, saying that the server is not set up for them. */
export function requireUser(secret: string | undefined): MiddlewareHandler {
  // Checked once here (startServer checks it too, with a start-up error).
  const key = secret === undefined ? undefined : secretKey(secret);
  return async (c, next) => {
    // A plain OPTIONS asks what the path allows (routes/resource.ts); it carries no token.
    if (c.req.method === 'OPTIONS') return next();
    if (!key) throw unauthorized('this server has no token secret configured (LEARN_TOKEN_SECRET), so it cannot accept signed-in requests');
    const header = requestHeader(c, 'authorization');
    if (!header) throw unauthorized('sign-in required: send "Authorization: Bearer <token>" with a token from the host app');
    const match = BEARER.exec(header);
    if (!match?.[1]) throw unauthorized('the Authorization header must be "Bearer <token>"');
    c.set('user', await verifyUserToken(key, match[1]));
    await next();
  };
}

/** The user `requireUser` put on the context; a route without the middleware is a bug. */
export function currentUser(c: Context): AuthUser {
  const user = c.get('user');
  if (!user) throw new Error(`${c.req.path}: route reads the user without requireUser in front of it`);
  return user;
}
