/**
 * The runtime chunk's side of ask an expert — kept tiny, like learning/front.ts, because the
 * drawer's open+search+article bytes are budgeted and asking is not on that path. What must answer
 * synchronously lives here: `learn.questions.unread` (the launcher's badge) and what `context()`
 * needs (the topics and completed lessons the engine has read). Everything else — requests, the
 * outbox, the employee's questions, the inbox, the live event stream — is in `engine.ts` (and
 * `live.ts`), loaded with a dynamic import on first use; or at idle after start for a user with a
 * token, to learn whether an answer arrived while
 * the page was closed (the badge) and whether live updates are worth a connection.
 */
import type { AskTopic } from '../../src/protocol/index.js';
import type { Session } from '../session.js';
import type { AskEngine } from './engine.js';

export class AskFront {
  /** Expert answers not seen yet (the engine sets it and emits `unread-change`). */
  unread = 0;
  /** Topics as last read, and the ids of completed lessons: `questions.context()` uses them. */
  topics: readonly AskTopic[] = [];
  lessons: readonly string[] = [];
  #engine: Promise<AskEngine> | undefined;

  constructor(readonly session: Session) {
    if (session.user?.token) session.learning.deps.idle(() => void this.check());
  }

  /** The engine, loaded once per session; `use`: the API was used (live updates matter now). */
  engine(use?: boolean): Promise<AskEngine> {
    this.#engine ??= import('./engine.js').then((m) => m.startAsk(this));
    return use ? this.#engine.then((e) => (e.use(), e)) : this.#engine;
  }

  /**
   * At idle after start, or with a new token: the unread badge, queued writes, the stream (a
   * stream stopped by a 401 starts again). Never rejects.
   */
  check(): Promise<void> {
    return this.engine().then((e) => e.check()).catch(() => {});
  }

  dispose(): void {
    void this.#engine?.then((e) => e.dispose(), () => {});
  }
}
