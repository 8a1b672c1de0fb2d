/**
 * One question and its thread: status, who is answering, the messages — an expert's through the
 * sanitised markdown pipeline (shown as plain text for the moment it renders), the asker's own as
 * plain text — then a follow-up box and "Mark as solved" while it is open. Links in an expert's
 * reply to another article open that article (see the element's click handler).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Message, Question } from '../../../src/protocol/index.js';
import type { MarkdownBodies } from '../../shared/markdown-bodies.js';
import { sanitisedHtml } from '../../shared/sanitised-html.js';
import type { AskLocalizeController } from '../controllers/localize.js';

export interface ThreadOptions {
  question: Question;
  topicName: string | undefined;
  localize: AskLocalizeController;
  bodies: MarkdownBodies;
  queued: boolean;
  followUp: string;
  followUpError: string;
  busy: boolean;
  articleUrl: string | undefined;
  on: {
    followUpText: (text: string) => void;
    followUp: () => void;
    solve: () => void;
    bodyClick: (event: MouseEvent) => void;
    article: (id: string) => void;
  };
}

function renderMessage(message: Message, options: ThreadOptions): TemplateResult {
  const { localize, bodies } = options;
  const expert = message.role === 'expert';
  const shown = expert ? bodies.get(message.id, message) : undefined;
  return html`<li class="message" part="message" data-role=${message.role}>
    <p class="message-meta">
      <span class="message-author">${expert ? message.author.name : localize.strings.you}</span>
      <span class="muted">${localize.age(message.createdAt)}</span>
    </p>
    ${shown
      ? html`<div class="prose" part="message-body" dir="auto" ${sanitisedHtml(shown)} @click=${options.on.bodyClick}></div>`
      : html`<div class="plain" part="message-body" dir="auto">${message.body}</div>`}
  </li>`;
}

export function renderThread(options: ThreadOptions): TemplateResult {
  const { question: q, localize, on } = options;
  const s = localize.strings;
  const open = q.status !== 'solved' && q.status !== 'closed';
  const answered = q.messages.some((m) => m.role === 'expert' && !m.internal);
  const meta = [s.asked(localize.age(q.createdAt)), options.topicName].filter(Boolean).join(' · ');
  return html`<article class="thread" part="thread" aria-labelledby="thread-title">
    <h2 id="thread-title" class="title" part="thread-title" tabindex="-1" data-focus>${s.question}</h2>
    <p part="status"><span class="status" data-status=${q.status}><span class="status-dot" aria-hidden="true"></span>${s.status[q.status]}</span></p>
    <p class="muted">${meta}</p>
    ${options.queued ? html`<p class="notice" part="queued">${s.queued}</p>` : nothing}
    ${q.assignee && q.status === 'claimed' ? html`<p class="muted" part="assignee">${s.answering(q.assignee.name)}</p>` : nothing}
    ${q.escalated && q.status === 'open' ? html`<p class="muted">${s.escalated}</p>` : nothing}
    <ol class="messages" part="messages">
      <li class="message" part="message" data-role="asker">
        <p class="message-meta"><span class="message-author">${s.you}</span></p>
        <div class="plain" part="question-text" dir="auto">${q.text}</div>
      </li>
      ${q.messages.filter((m) => !m.internal).map((m) => renderMessage(m, options))}
    </ol>
    ${!answered && open ? html`<p class="muted">${s.waitingNote}</p>` : nothing}
    ${q.articleId
      ? html`<p class="notice" part="published">
          ${s.published}
          ${options.articleUrl
            ? html`<a href=${options.articleUrl} target="_blank" rel="noopener noreferrer">${s.readArticle}</a>`
            : html`<button type="button" class="link-button" @click=${() => on.article(q.articleId!)}>${s.readArticle}</button>`}
        </p>`
      : nothing}
    ${q.status === 'solved' ? html`<p class="notice" part="solved">${s.solvedNote}</p>` : nothing}
    ${q.status === 'closed' ? html`<p class="notice" part="closed">${s.closedNote}</p>` : nothing}
    ${open ? renderFollowUp(options, answered) : nothing}
  </article>`;
}

function renderFollowUp(options: ThreadOptions, answered: boolean): TemplateResult {
  const { localize, on, followUpError, busy } = options;
  const s = localize.strings;
  const submit = (event: Event) => {
    event.preventDefault();
    on.followUp();
  };
  return html`<form class="form follow-up" part="follow-up" novalidate @submit=${submit}>
      <label for="follow-up" class="label">${s.followUp}</label>
      <textarea
        id="follow-up"
        part="follow-up-input"
        rows="3"
        dir="auto"
        aria-invalid=${followUpError ? 'true' : 'false'}
        aria-describedby=${followUpError ? 'follow-up-error' : nothing}
        .value=${options.followUp}
        @input=${(e: Event) => on.followUpText((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${followUpError ? html`<p id="follow-up-error" class="error-text">${followUpError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="button" part="follow-up-button" aria-disabled=${busy ? 'true' : 'false'}>${s.followUpSend}</button>
        ${answered ? html`<button type="button" class="button-quiet" part="solve-button" @click=${on.solve}>${s.markSolved}</button>` : nothing}
      </div>
    </form>`;
}
