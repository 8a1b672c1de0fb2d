/**
 * "Publish as article": the draft the server builds from the question and the answer, edited here
 * (title, summary, body, screens, tags), then published into the catalog. Screens and tags are
 * edited as comma-separated text and turned back into lists on publish.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { ArticleDraft, Question } from '../../../src/protocol/index.js';

export type PublishState = 'closed' | 'loading' | 'editing' | 'publishing' | 'published' | 'failed';

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

export class PublishController {
  state: PublishState = 'closed';
  draft: ArticleDraft | null = null;
  screens = '';
  tags = '';
  articleId = '';
  invalid = false;
  private questionId = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  async open(learn: Learn, questionId: string): Promise<void> {
    this.questionId = questionId;
    this.state = 'loading';
    this.invalid = false;
    this.host.requestUpdate();
    try {
      const draft = await learn.inbox.draft(questionId);
      if (this.questionId !== questionId) return;
      this.draft = draft;
      this.screens = draft.contexts.join(', ');
      this.tags = draft.tags.join(', ');
      this.state = 'editing';
    } catch {
      this.state = 'failed';
    }
    this.host.requestUpdate();
  }

  edit(field: 'title' | 'summary' | 'body', value: string): void {
    if (this.draft) this.draft = { ...this.draft, [field]: value };
  }

  /** Publishes; returns the updated question, or undefined when nothing was published. */
  async publish(learn: Learn): Promise<Question | undefined> {
    const draft = this.draft;
    if (!draft || this.state === 'publishing') return undefined;
    this.invalid = !draft.title.trim() || !draft.body.trim();
    if (this.invalid) {
      this.host.requestUpdate();
      return undefined;
    }
    this.state = 'publishing';
    this.host.requestUpdate();
    try {
      const result = await learn.inbox.publish(this.questionId, { ...draft, title: draft.title.trim(), contexts: list(this.screens), tags: list(this.tags) });
      this.articleId = result.articleId;
      this.state = 'published';
      return result.question;
    } catch {
      this.state = 'failed';
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  close(): void {
    this.state = 'closed';
    this.draft = null;
    this.questionId = '';
    this.host.requestUpdate();
  }
}
