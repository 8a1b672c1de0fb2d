/**
 * The runtime chunk's side of lessons, review, the outbox and ask an expert — kept tiny, because the drawer's
 * open+search+article bytes are counted against a budget and the learning code is not needed for
 * that. Everything heavy (the outbox, lesson cache, progress, xAPI, the review scheduler) is in
 * `engine.ts`, loaded with a dynamic import on the first call that needs it. The review badge's
 * summary, its timer and the idle sync with the server are in `review-watch.ts`, loaded at idle
 * only when there is something to do: a stored review schedule, or a user with a token (the server
 * keeps per-user data only for them, and answers 401 without one); for a user with a token the
 * watch also runs the ask engine's check (the unread badge, the live stream). So a page whose visitor has
 * neither loads none of it; when a token arrives later (`setUser`), the watch runs then.
 *
 * What must be answered synchronously is here: `review.dueCount`/`paused` from the summary the
 * watch or the engine sets, and the outbox's counts once it has started (`outbox()`).
 */
import type { LessonMeta, WorkContext } from '../../src/protocol/index.js';
import type { AskEngine } from '../ask/engine.js';
import type { Session } from '../session.js';
import type { StoreDeps } from '../store-deps.js';
import type { LearnEventType, LearnUser, SyncState, XapiOptions } from '../types.js';
import type { Outbox } from '../outbox/outbox.js';
import type { LearningEngine } from './engine.js';
import type { ReviewSummary } from './review-watch.js';

export interface FrontDeps extends StoreDeps {
  /** IndexedDB namespace: with the user id it names the database (and the outbox's sending lock). */
  readonly tenant: string;
  user(): LearnUser | null;
  context(): WorkContext;
  /** Lessons of the cached catalog (empty until it has loaded). */
  catalogLessons(): LessonMeta[];
  listening(type: LearnEventType): boolean;
  readonly xapi: XapiOptions | undefined;
  /** The session (the ask engine reads its catalog, search index and recently viewed list). */
  readonly session: Session;
}

export class LearningFront {
  /** The outbox's counts (the outbox reports them). */
  sync: SyncState = { pending: 0, failed: 0 };
  /** The review summary and the timer for its next card: review-watch.ts `setReview` keeps both. */
  review: ReviewSummary = { v: 1, due: [], paused: false };
  timer: ReturnType<typeof setTimeout> | undefined;
  #engine: Promise<LearningEngine> | undefined;
  #loaded: LearningEngine | undefined;
  #outbox: Promise<Outbox> | undefined;
  /**
   * Ask an expert lives here too, for the same reason: answers not seen yet (the badge; the ask
   * engine sets it and emits `unread-change`), and the engine (ask/engine.ts) once it has loaded —
   * `learn.questions.context()`/`topicFor()` answer from it synchronously.
   */
  unread = 0;
  asked: AskEngine | undefined;
  #ask: Promise<AskEngine> | undefined;

  constructor(readonly deps: FrontDeps) {
    // A stored schedule (the `review` store is empty until a lesson enrols a card) or a token: work for the watch.
    void deps.records.then(async (records) => {
      if (deps.user()?.token || (await records.keys('review')).length > 0) this.#watch();
    });
  }

  #watch(): void {
    this.deps.idle(() => void import('./review-watch.js').then((m) => m.watch(this)).catch(() => {}));
  }

  /** The engine, loaded once per session (rejects only if the chunk cannot load). */
  engine(): Promise<LearningEngine> {
    this.#engine ??= import('./engine.js')
      .then((m) => m.startLearning(this))
      .then((engine) => {
        if (!this.deps.live()) throw new DOMException('The Learnflow session ended', 'AbortError');
        return (this.#loaded = engine);
      });
    return this.#engine;
  }

  /**
   * The ask engine, loaded once per session: on the first call of `learn.questions`/`learn.inbox`
   * (`use`: live updates matter now), or by the watch at idle for a user with a token.
   */
  ask(use?: boolean): Promise<AskEngine> {
    this.#ask ??= import('../ask/engine.js').then((m) => (this.asked = m.startAsk(this)));
    return use ? this.#ask.then((e) => (e.use(), e)) : this.#ask;
  }

  /** The session's one outbox (lessons, review and questions write through it), created on first use. */
  outbox(): Promise<Outbox> {
    return (this.#outbox ??= import('../outbox/session-outbox.js').then((m) => m.openOutbox(this)));
  }

  /** Whether the engine has been asked for (it then keeps the summary itself). */
  get started(): boolean {
    return !!this.#engine;
  }

  /** The engine when it has loaded, else undefined (for the synchronous `record`). */
  get loaded(): LearningEngine | undefined {
    return this.#loaded;
  }

  get paused(): boolean {
    return this.review.paused;
  }

  dueCount(now = Date.now()): number {
    const { due, paused } = this.review;
    let n = 0;
    if (!paused) while (n < due.length && due[n]! <= now) n++;
    return n;
  }

  /** The same user with a new token: writes refused for an expired one go now; else the watch's sync. */
  tokenChanged(): void {
    if (this.#engine) {
      void this.#engine.then((engine) => engine.flush(), () => {});
      // A live stream stopped by a 401 starts again (without the engine, the watch asks it to).
      void this.#ask?.then((e) => e.check());
    } else if (this.deps.user()?.token) this.#watch();
  }

  /** Before logout clears the database: the outbox (if started) writes nothing more. */
  async stop(): Promise<void> {
    await (await this.#outbox?.catch(() => undefined))?.stop();
  }

  dispose(): void {
    clearTimeout(this.timer);
    void this.#outbox?.then((outbox) => outbox.dispose(), () => {});
    void this.#ask?.then((e) => e.dispose(), () => {});
  }
}
