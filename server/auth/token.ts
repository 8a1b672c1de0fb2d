/**
 * User tokens: HS256 JWTs signed by the host app's server with the shared secret
 * (`LEARN_TOKEN_SECRET`). Claims: `sub` (user id), `name`, `roles` (string[]), `exp` (and `iat`).
 * The algorithm is pinned to HS256, so a token that names another one (`none`, RS256 with the
 * secret as a "public key") is refused before its signature is looked at.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import { ApiProblem } from '../http/errors.js';

export interface UserClaims {
  /** The user's id in the host app; progress, review and statements are kept under it. */
  sub: string;
  name: string;
  roles: string[];
}

/** The signed-in user a route works for. */
export interface AuthUser extends UserClaims {
  /** When the token stops being accepted. */
  expiresAt: Date;
}

/** HS256 needs a key at least as long as its hash (RFC 7518 §3.2): 32 bytes. */
export const MIN_SECRET_BYTES = 32;
const ALGORITHM = 'HS256';
const MAX_SUB = 200;

/** Throws an Error naming the problem when `secret` cannot sign tokens safely. */
export function secretKey(secret: string): Uint8Array {
  const key = new TextEncoder().encode(secret);
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`the token secret (LEARN_TOKEN_SECRET) is ${key.byteLength} bytes; HS256 needs at least ${MIN_SECRET_BYTES} (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** A token for `claims`, valid for `ttlSeconds`. The demo signs its people's tokens with it; a host app does the same on its server. */
export async function signUserToken(secret: string, claims: UserClaims, ttlSeconds: number): Promise<string> {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) throw new Error(`ttlSeconds must be a positive number, got ${ttlSeconds}`);
  return new SignJWT({ name: claims.name, roles: claims.roles })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + Math.ceil(ttlSeconds))
    .sign(secretKey(secret));
}

/** 401 with the reason; every token refusal (here and in auth/middleware.ts) goes through it. */
export function unauthorized(message: string): ApiProblem {
  // RFC 6750 §3: a 401 names the scheme it expects.
  return new ApiProblem(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="learnflow"' });
}

/** What went wrong with a token, in words the host app's developer can act on. */
function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return `the token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; ask the host app for a fresh one`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not match: it was not signed with this server\'s LEARN_TOKEN_SECRET';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with HS256, the only algorithm this server accepts';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is ${error.reason === 'missing' ? 'missing' : `invalid (${error.message})`}`;
  if (error instanceof errors.JOSEError) return `the token is malformed (${error.message})`;
  return 'the token could not be read';
}

/** Verify a compact JWT; throws a 401 ApiProblem saying why it is refused. */
export async function verifyUserToken(key: Uint8Array, token: string): Promise<AuthUser> {
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], requiredClaims: ['sub', 'exp'] }));
  } catch (error) {
    throw unauthorized(describeFailure(error));
  }
  const { sub, name, roles, exp } = payload;
  if (typeof sub !== 'string' || sub === '' || sub.length > MAX_SUB) throw unauthorized(`the token's "sub" claim must be the user id (1–${MAX_SUB} characters)`);
  if (name !== undefined && typeof name !== 'string') throw unauthorized('the token\'s "name" claim must be a string');
  if (roles !== undefined && !(Array.isArray(roles) && roles.every((r) => typeof r === 'string'))) throw unauthorized('the token\'s "roles" claim must be an array of strings');
  return { sub, name: name ?? sub, roles: (roles as string[] | undefined) ?? [], expiresAt: new Date(Number(exp) * 1000) };
}
