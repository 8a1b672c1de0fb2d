/**
 * Ask an expert's requests, with what can go wrong turned into the BackendError kinds the elements
 * branch on: no user or token (`unauthorized`, before any request), 401 `unauthorized`, 403
 * `forbidden`, 404 `not-found`, 409 `conflict`, 400/413/422 `invalid-input`. Reads go through
 * `Backend.userData`, actions whose answer the caller needs now (claim, close, solve, publish)
 * straight through `Backend.send` with a key of their own; writes that must survive offline and
 * reloads (questions, messages, read marks) go through the outbox instead (questions.ts).
 */
import type * as z from 'zod/mini';
import { Uuid } from '../../src/protocol/index.js';
import { toBackendError } from '../errors.js';
import { parseResponse } from '../backends/validate.js';
import type { FrontDeps } from '../learning/front.js';
import { BackendError, type BackendErrorKind, type LearnUser, type UserDataPath } from '../types.js';

export function kindOf(status: number): BackendErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413 || status === 422) return 'invalid-input';
  return 'http';
}

/** A backend's error with the ask kinds (fetchJson maps only 404; a host's backend may throw anything). */
export function askError(error: unknown, source: string): BackendError {
  const e = toBackendError(error, source);
  return e.kind === 'http' && e.status ? new BackendError(kindOf(e.status), e.message, e.status, e) : e;
}

/** Question ids are UUIDs: anything else cannot exist (and never reaches a URL). */
export function questionPath(id: string, rest = ''): `/v1/questions/${string}` {
  if (!Uuid.safeParse(id).success) throw new BackendError('not-found', `There is no question "${String(id).slice(0, 60)}".`, 404);
  return `/v1/questions/${id}${rest}`;
}

export class AskRequests {
  constructor(readonly deps: FrontDeps) {}

  /** The signed-in user (with a token when `token`), or BackendError `unauthorized`. */
  user(token?: boolean): LearnUser {
    const user = this.deps.user();
    if (!user) throw new BackendError('unauthorized', 'Sign in to ask an expert: there is no signed-in user.');
    if (token && !user.token) throw new BackendError('unauthorized', 'The expert inbox needs a signed-in user with a token (LearnUser.token).');
    return user;
  }

  /** GET `path`, validated with `schema`. */
  async read<S extends z.ZodMiniType>(path: UserDataPath, schema: S, what: string, signal?: AbortSignal): Promise<z.infer<S>> {
    const { backend } = this.deps;
    const userData = backend.userData?.bind(backend);
    if (!userData) throw new BackendError('http', `${backend.describe} cannot answer ${what}: it is a read-only content backend.`);
    const data = await this.call((s) => userData(path, { signal: s, locale: this.deps.locale }), signal);
    return parseResponse(schema, data, what, backend.describe);
  }

  /** One backend read: a failure becomes a BackendError of the kinds above; connectivity hears how it went. */
  async call<T>(run: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const { backend, connectivity } = this.deps;
    let value: T;
    try {
      value = await run(this.deps.signal(signal));
    } catch (error) {
      const e = askError(error, backend.describe);
      connectivity.reportFailure(e);
      throw e;
    }
    connectivity.reportSuccess();
    return value;
  }

  /** POST `path` now (not through the outbox), the answer validated with `schema`. */
  async act<S extends z.ZodMiniType>(path: string, body: unknown, schema: S, what: string): Promise<z.infer<S>> {
    const { backend, connectivity } = this.deps;
    if (!backend.send) throw new BackendError('http', `${backend.describe} cannot ${what}: it is a read-only content backend.`);
    let result;
    try {
      result = await backend.send({ method: 'POST', path, body, idempotencyKey: crypto.randomUUID(), signal: this.deps.signal() });
    } catch (error) {
      const e = askError(error, backend.describe);
      connectivity.reportFailure(e);
      throw e;
    }
    connectivity.reportSuccess();
    const { status, message } = result;
    if (status < 200 || status > 299) throw new BackendError(kindOf(status), `Could not ${what} (HTTP ${status}${message ? `: ${message}` : ''}).`, status);
    return parseResponse(schema, result.body, `answer to "${what}"`, backend.describe);
  }
}
