/**
 * Learning records: a `LessonEvent` becomes an xAPI 1.0.3 statement (`buildStatement`), attributed
 * to the signed-in user and queued in the outbox as `POST /v1/statements`. Statements recorded in
 * the same task (completed, passed, terminated at the end of a lesson) travel as one batch — one
 * row, one request. No user, no statement: nobody to attribute it to.
 */
import { MAX_STATEMENTS_PER_BATCH, type XapiAgent, type XapiStatement } from '../../src/protocol/index.js';
import { buildStatement } from '../../src/xapi/statements.js';
import type { FrontDeps } from '../learning/front.js';
import type { Outbox } from '../outbox/outbox.js';
import type { Backend, LessonEvent, XapiOptions } from '../types.js';

/** `xapi/` under the backend's own URL (http: its API root; static: beside the pack), else under the page's origin. */
export function defaultActivityBase(backend: Backend): string {
  const origin = typeof location === 'undefined' ? 'https://learnflow.invalid/' : `${location.origin}/`;
  if (backend.kind === 'memory') return new URL('xapi/', origin).href;
  try {
    const url = new URL(backend.kind === 'http' ? `${backend.describe}/` : backend.describe);
    if (url.protocol === 'http:' || url.protocol === 'https:') return new URL('xapi/', url).href;
  } catch {
    // A custom backend's description need not be a URL.
  }
  return new URL('xapi/', origin).href;
}

export function resolveXapi(options: XapiOptions | undefined, backend: Backend): Required<XapiOptions> {
  const base = options?.activityBase ?? defaultActivityBase(backend);
  return {
    activityBase: base.endsWith('/') ? base : `${base}/`,
    homePage: options?.homePage ?? (typeof location === 'undefined' ? 'https://learnflow.invalid' : location.origin),
  };
}

export class Recorder {
  #batch: XapiStatement[] | null = null;
  readonly #xapi: Required<XapiOptions>;

  constructor(
    private readonly deps: FrontDeps,
    private readonly outbox: Outbox,
  ) {
    this.#xapi = resolveXapi(deps.xapi, deps.backend);
  }

  record(event: LessonEvent): XapiStatement | null {
    const user = this.deps.user();
    if (!user) return null;
    const actor: XapiAgent = { objectType: 'Agent', account: { homePage: this.#xapi.homePage, name: user.id } };
    if (user.name) actor.name = user.name;
    const statement = buildStatement({
      event,
      actor,
      activityBase: this.#xapi.activityBase,
      screen: this.deps.context().screen,
      locale: this.deps.locale,
      id: crypto.randomUUID(),
      timestamp: new Date(),
    });
    if (!this.#batch) {
      this.#batch = [];
      // A microtask, not a timer: it runs before the page can go away, so nothing recorded is lost.
      queueMicrotask(() => void this.#queue());
    }
    this.#batch.push(statement);
    return statement;
  }

  async #queue(): Promise<void> {
    const batch = this.#batch ?? [];
    this.#batch = null;
    for (let i = 0; i < batch.length; i += MAX_STATEMENTS_PER_BATCH) {
      await this.outbox.add({ method: 'POST', path: '/v1/statements', body: { statements: batch.slice(i, i + MAX_STATEMENTS_PER_BATCH) } });
    }
  }
}
