/**
 * What a question carries from where it was asked (`learn.questions.context()`), and the topic the
 * context suggests (`topicFor`). Synchronous, so in the runtime chunk, whose bytes are budgeted:
 * small on purpose (string work rather than URL parsing; no schemas — see SELECTION_LIMIT).
 */
import type { AskContext, AskTopic } from '../../src/protocol/index.js';
import type { AskFront } from './front.js';

/**
 * `SELECTION_MAX` of src/protocol/ask.ts, repeated: importing a value from that module would put all
 * of its schemas (≈ 1.9 KB gzip) into the runtime chunk. test/sdk/ask.test.ts checks they agree.
 */
export const SELECTION_LIMIT = 500;

export function topicFor(front: AskFront, topics: readonly AskTopic[]): string | undefined {
  front.topics = topics;
  const { screen, tags = [] } = front.session.learning.deps.context();
  return topics.find((t) => t.screens.includes(screen!))?.id ?? topics.find((t) => t.tags.some((tag) => tags.includes(tag)))?.id;
}

/**
 * Screen, page URL, record type, app, the selected text; with `share`, the articles read recently
 * and the lessons completed (at most 20 each — AskContext's limit; the asker removes what does not
 * belong). The URL loses its query, fragment and user info whatever the host passed: they may carry
 * secrets. Keys of unknown items are left out: every item is shown to the asker.
 */
export function askContext(front: AskFront, options: { share?: boolean } = {}): AskContext {
  const { session } = front;
  const { screen, url = location.href, record, app } = session.learning.deps.context();
  const selection = getSelection()?.toString().trim().slice(0, SELECTION_LIMIT) || undefined;
  const bare = /^https?:\/\//i.test(url) ? url.replace(/[?#].*$/s, '').replace(/\/\/[^/]*@/, '//').slice(0, 2000) : undefined;
  const shared = options.share ? { read: session.recent.ids().slice(0, 20), lessons: front.lessons.slice(0, 20) } : {};
  return JSON.parse(JSON.stringify({ screen, url: bare, recordType: record?.type, selection, app, ...shared })) as AskContext;
}
