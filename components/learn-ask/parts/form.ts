/**
 * The ask form: topic, who answers it, the question with a live character count and its problem
 * (too long: at once; empty: after Send) tied to the field with aria-describedby, help found while
 * typing, what is sent along, and Send. Send is never disabled — a disabled button cannot say why —
 * it explains instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AskSuggestion } from '../../../sdk/types.js';
import type { AskContext, AskTopic, Catalog } from '../../../src/protocol/index.js';
import { QUESTION_MAX } from '../limits.js';
import type { AskDraft } from '../controllers/draft.js';
import type { AskLocalizeController } from '../controllers/localize.js';
import type { ContextKey } from '../i18n/en.js';
import { renderContextList } from './context-list.js';
import { renderExpert } from './expert.js';
import { renderSuggestions } from './suggestions.js';

export interface FormOptions {
  topics: AskTopic[];
  topic: AskTopic | undefined;
  draft: AskDraft;
  context: AskContext;
  catalog: Catalog | null;
  localize: AskLocalizeController;
  sending: boolean;
  sendError: string;
  pageUrl: (id: string) => string | undefined;
  on: {
    topic: (id: string) => void;
    text: (text: string) => void;
    remove: (key: ContextKey, label: string) => void;
    share: (share: boolean) => void;
    suggestion: (item: AskSuggestion) => void;
    send: () => void;
  };
}

export function renderForm({ topics, topic, draft, context, catalog, localize, sending, sendError, pageUrl, on }: FormOptions): TemplateResult {
  const s = localize.strings;
  const problem = draft.shownProblem;
  const over = draft.length - QUESTION_MAX;
  const message = problem === 'too-long' ? s.tooLong(localize.number(over), localize.number(QUESTION_MAX)) : problem === 'empty' ? s.empty : '';
  const submit = (event: Event) => {
    event.preventDefault();
    on.send();
  };
  return html`<form class="form" part="form" novalidate @submit=${submit}>
    <div class="field">
      <label for="topic" class="label">${s.topic}</label>
      <select id="topic" part="topic-select" aria-describedby=${ifDefined(topic?.description ? 'topic-description' : undefined)} @change=${(e: Event) => on.topic((e.target as HTMLSelectElement).value)}>
        ${topics.map((t) => html`<option value=${t.id} ?selected=${t.id === topic?.id}>${t.name}</option>`)}
      </select>
      ${topic?.description ? html`<p id="topic-description" class="muted hint">${topic.description}</p>` : nothing}
    </div>
    ${topic ? renderExpert(topic, localize) : nothing}
    <div class="field">
      <label for="question" class="label">${s.question}</label>
      <p id="question-hint" class="muted hint">${s.questionHint}</p>
      <textarea
        id="question"
        part="question-input"
        rows="5"
        dir="auto"
        aria-describedby="question-hint question-count${message ? ' question-error' : ''}"
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${draft.text}
        @input=${(e: Event) => on.text((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="question-count" class="count" part="count" data-over=${over > 0 ? 'true' : 'false'}>
        ${s.count(localize.number(draft.length), localize.number(QUESTION_MAX))}
      </p>
      ${message ? html`<p id="question-error" class="error-text" part="question-error">${message}</p>` : nothing}
    </div>
    ${renderSuggestions({ items: draft.suggestions, strings: s, pageUrl, onOpen: on.suggestion })}
    ${renderContextList({ context, catalog, share: draft.share, strings: s, onRemove: on.remove, onShare: on.share })}
    <div class="actions">
      <button type="submit" class="button" part="send-button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? s.sending : s.send}</button>
      ${sendError ? html`<p class="error-text" part="send-error">${sendError}</p>` : nothing}
    </div>
  </form>`;
}
