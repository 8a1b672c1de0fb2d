/**
 * `learn.questions` and `learn.inbox`: one object each per runtime, so an element may keep a
 * reference across `setUser` — every call goes to the current session's `LearningFront` and the
 * ask engine it loads lazily (the method of the same name and arguments). `unread` is the front's
 * own; `count`, `context()` and `topicFor()` answer from the engine once it has loaded (0, `{}` and
 * undefined before: see AskApi.context). In the runtime chunk, whose bytes are budgeted.
 */
import { forward } from '../forward.js';
import type { LearningFront } from '../learning/front.js';
import type { AskApi, InboxApi } from '../types.js';

export function askApis(front: () => LearningFront): { questions: AskApi; inbox: InboxApi } {
  return {
    questions: forward(() => front().ask(true).then((e) => e.questions), 'topics suggest send mine thread followUp solve markRead', {
      get unread() {
        return front().unread;
      },
      get count() {
        return front().asked?.count ?? 0;
      },
      topicFor: (topics) => front().asked?.topicFor(topics),
      context: (options) => front().asked?.context(options) ?? {},
    } as AskApi),
    inbox: forward(() => front().ask(true).then((e) => e.inbox), 'queue get claim reply close draft publish', {} as InboxApi),
  };
}
