/**
 * The expert's side (`learn.inbox`). Every call needs a signed-in user with a token (the server
 * checks the role `expert`; 403 becomes `forbidden`). A reply or note goes through the outbox like
 * the employee's messages; claim, close and publish need the server's answer now.
 */
import { ArticleDraft, InboxList, MESSAGE_MAX, PublishRequest, PublishResponse, Question, type MessageRequest } from '../../src/protocol/index.js';
import { describeIssues } from '../backends/validate.js';
import type { Outbox } from '../outbox/outbox.js';
import { BackendError, type InboxApi } from '../types.js';
import type { LearningFront } from '../learning/front.js';
import { questionPath, type AskRequests } from './requests.js';
import { checkText } from './validate.js';

export function inboxCalls(front: LearningFront, req: AskRequests, outbox: () => Promise<Outbox>): InboxApi {
  const changed = (question: Question) => {
    req.deps.emit('question-change', { question });
    return question;
  };
  const act = (id: string, action: string, what: string) => (req.user(true), req.act(questionPath(id, `/${action}`), {}, Question, what)).then(changed);

  return {
    async queue(filter = {}, options) {
      req.user(true);
      const params = new URLSearchParams();
      if (filter.topic) params.set('topic', filter.topic);
      if (filter.status) params.set('status', filter.status);
      if (filter.olderThanMinutes !== undefined) params.set('age', String(filter.olderThanMinutes));
      const query = params.size ? `?${params}` : '';
      return (await req.read(`/v1/inbox${query}`, InboxList, 'the inbox', options?.signal)).items;
    },
    get: (id, options) => (req.user(true), req.read(questionPath(id), Question, 'the question', options?.signal)),
    claim: (id) => act(id, 'claim', 'claim the question'),
    close: (id) => act(id, 'close', 'close the question'),
    async reply(id, body, options = {}) {
      req.user(true);
      const path = questionPath(id, '/messages');
      const request: MessageRequest = { id: crypto.randomUUID(), body: checkText(body, MESSAGE_MAX, options.internal ? 'note' : 'reply') };
      if (options.internal) request.internal = true;
      await (await outbox()).add({ method: 'POST', path, body: request });
    },
    draft: (id) => (req.user(true), req.read(questionPath(id, '/draft'), ArticleDraft, 'the article draft')),
    async publish(id, draft) {
      req.user(true);
      const path = questionPath(id, '/publish');
      const parsed = PublishRequest.safeParse(draft);
      if (!parsed.success) throw new BackendError('invalid-input', `The article is not ready to publish (${describeIssues(parsed.error)}).`);
      const published = await req.act(path, parsed.data, PublishResponse, 'publish the article');
      changed(published.question);
      // The new article is in the catalog now: search and suggestions find it after a refresh — a
      // second one, as a refresh already running (started before the publish) is shared, not restarted.
      const { catalog } = front.deps.session;
      void catalog.refresh().then(() => catalog.refresh());
      return published;
    },
  };
}
