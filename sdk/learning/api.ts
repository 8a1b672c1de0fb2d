/**
 * `learn.lessons`, `learn.review` and `learn.sync`: one object each per runtime, so an element may
 * keep a reference across `setUser` — every call goes to the current session's `LearningFront`
 * (and through it to the lazily loaded engine). In the runtime chunk: keep it small — a method that
 * only waits for the engine is made by `forward` (the engine's method of the same name and arguments).
 */
import { suggestForContext } from '../../src/search/index.js';
import { forward } from '../forward.js';
import type { LessonsApi, ReviewApi, SyncState } from '../types.js';
import type { LearningFront } from './front.js';

type Front = () => LearningFront;

export interface LearningApis {
  lessons: LessonsApi;
  review: ReviewApi;
  sync: SyncState & { flush(): Promise<void> };
}

export function learningApis(front: Front, locale: string): LearningApis {
  const engine = () => front().engine();
  return {
    lessons: forward(engine, 'get progress save', {
      forContext(limit = 5) {
        const { deps } = front();
        return suggestForContext(deps.catalogLessons(), deps.context(), { limit, locale });
      },
      record(event) {
        const f = front();
        if (!f.deps.user()) return null;
        if (f.loaded) return f.loaded.record(event);
        // Not loaded yet (the player normally loads it through get/progress first): the statement is
        // still recorded once it has, only the return value is lost.
        void f.engine().then((e) => e.record(event), () => {});
        return null;
      },
      navigate(request) {
        const { deps } = front();
        // Asked before emitting: a listener may remove itself while handling it.
        const heard = deps.listening('navigate');
        deps.emit('navigate', request);
        return heard;
      },
    } as LessonsApi),
    review: forward(engine, 'due answer pause resume', {
      get dueCount() {
        return front().dueCount();
      },
      get paused() {
        return front().paused;
      },
    } as ReviewApi),
    sync: {
      // The outbox is the session's, not the lesson engine's: flushing queued questions or
      // feedback must not load the lesson engine's chunk.
      flush: () => front().outbox().then((outbox) => outbox.flush()),
      get pending() {
        return front().sync.pending;
      },
      get failed() {
        return front().sync.failed;
      },
    },
  };
}
