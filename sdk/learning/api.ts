/**
 * `learn.lessons`, `learn.review` and `learn.sync`: one object each per runtime, so an element may
 * keep a reference across `setUser` — every call goes to the current session's `LearningFront`
 * (and through it to the lazily loaded engine). In the runtime chunk: keep it small — a method that
 * only waits for the engine is `call(name)`, the engine's method of the same name and arguments.
 */
import { suggestForContext } from '../../src/search/index.js';
import type { LessonsApi, ReviewApi, SyncState } from '../types.js';
import type { LearningFront } from './front.js';
import type { LearningEngine } from './engine.js';

type Front = () => LearningFront;
type Call = 'get' | 'progress' | 'save' | 'due' | 'answer' | 'pause' | 'resume' | 'flush';

export interface LearningApis {
  lessons: LessonsApi;
  review: ReviewApi;
  sync: SyncState & { flush(): Promise<void> };
}

export function learningApis(front: Front, locale: string): LearningApis {
  const call = <K extends Call>(name: K) =>
    ((...args: unknown[]) => front().engine().then((engine) => (engine[name] as (...a: unknown[]) => unknown)(...args))) as LearningEngine[K];
  return {
    lessons: {
      get: call('get'),
      progress: call('progress'),
      save: call('save'),
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
    },
    review: {
      get dueCount() {
        return front().dueCount();
      },
      get paused() {
        return front().paused;
      },
      due: call('due'),
      answer: call('answer'),
      pause: call('pause'),
      resume: call('resume'),
    },
    sync: {
      get pending() {
        return front().sync.pending;
      },
      get failed() {
        return front().sync.failed;
      },
      flush: call('flush'),
    },
  };
}
