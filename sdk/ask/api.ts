/**
 * `learn.questions` and `learn.inbox`: one object each per runtime, so an element may keep a
 * reference across `setUser` — every call goes to the current session's `AskFront` and, but for
 * the synchronous `unread`, `topicFor` and `context`, to its lazily loaded engine (the method of the
 * same name and arguments). In the runtime chunk, whose bytes are budgeted: the forwarding methods
 * are made in a loop over their names.
 */
import type { AskApi, InboxApi } from '../types.js';
import { askContext, topicFor } from './context.js';
import type { AskFront } from './front.js';

export function askApis(front: () => AskFront): { questions: AskApi; inbox: InboxApi } {
  const lazy = <T>(part: 'questions' | 'inbox', names: string, api: object): T => {
    for (const name of names.split(' ')) {
      (api as Record<string, unknown>)[name] = (...args: unknown[]) =>
        front()
          .engine(true)
          .then((e) => (e[part] as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args));
    }
    return api as T;
  };
  return {
    questions: lazy<AskApi>('questions', 'topics suggest send mine thread followUp solve markRead', {
      get unread() {
        return front().unread;
      },
      topicFor: (topics: readonly import('../../src/protocol/index.js').AskTopic[]) => topicFor(front(), topics),
      context: (options?: { share?: boolean }) => askContext(front(), options),
    }),
    inbox: lazy<InboxApi>('inbox', 'queue get claim reply close draft publish', {}),
  };
}
