/**
 * `learn.lessons`, `learn.review` and `learn.sync`: one object each per runtime, so an element may
 * keep a reference across `setUser` — every call goes to the current session's `LearningFront`
 * (and through it to the lazily loaded engine). In the runtime chunk: keep it small.
 */
import { suggestForContext } from '../../src/search/index.js';
import type { LessonsApi, ReviewApi, SyncState } from '../types.js';
import type { LearningFront } from './front.js';
import type { LearningEngine } from './engine.js';

type Front = () => LearningFront;

function run<T>(front: Front, task: (engine: LearningEngine) => Promise<T>): Promise<T> {
  return front().engine().then(task);
}

export function lessonsApi(front: Front, locale: string): LessonsApi {
  return {
    get: (id, options) => run(front, (e) => e.get(id, options?.signal)),
    forContext(limit = 5) {
      const { deps } = front();
      return suggestForContext(deps.catalogLessons(), deps.context(), { limit, locale });
    },
    progress: (lesson) => run(front, (e) => e.progress(lesson)),
    save: (lesson, progress) => run(front, (e) => e.save(lesson, progress)),
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
  };
}

export function reviewApi(front: Front): ReviewApi {
  return {
    get dueCount() {
      return front().dueCount();
    },
    get paused() {
      return front().paused;
    },
    due: (limit) => run(front, (e) => e.due(limit)),
    answer: (cardId, correct) => run(front, (e) => e.answer(cardId, correct)),
    pause: () => run(front, (e) => e.pause()),
    resume: () => run(front, (e) => e.resume()),
  };
}

export function syncApi(front: Front): SyncState & { flush(): Promise<void> } {
  return {
    get pending() {
      return front().sync.pending;
    },
    get failed() {
      return front().sync.failed;
    },
    flush: () => run(front, (e) => e.flush()),
  };
}
