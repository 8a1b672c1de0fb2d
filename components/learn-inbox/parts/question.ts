/**
 * One question as the expert sees it: who asked and when, the question itself — someone else's
 * words, so only ever through the sanitised pipeline (or as plain text while that renders) — what
 * they attached (screen, page, record, selection, what they already read and did), and the thread,
 * internal notes visibly marked as such.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AskContext, Catalog, Message, Question } from '../../../src/protocol/index.js';
import type { MarkdownBodies } from '../../shared/markdown-bodies.js';
import { sanitisedHtml } from '../../shared/sanitised-html.js';
import type { InboxStrings } from '../i18n/en.js';

const ORDER: readonly (keyof AskContext)[] = ['app', 'screen', 'url', 'recordType', 'selection', 'read', 'lessons'];

function contextValue(key: keyof AskContext, context: AskContext, catalog: Catalog | null): string {
  if (key === 'read') return (context.read ?? []).map((id) => catalog?.articles.find((a) => a.id === id)?.title ?? id).join(', ');
  if (key === 'lessons') return (context.lessons ?? []).map((id) => catalog?.lessons.find((l) => l.id === id)?.title ?? id).join(', ');
  return String(context[key] ?? '');
}

export interface QuestionViewOptions {
  question: Question;
  topicName: string;
  catalog: Catalog | null;
  strings: InboxStrings;
  age: (iso: string) => string;
  bodies: MarkdownBodies;
}

function body(key: string, source: { html?: string | undefined; body: string }, bodies: MarkdownBodies, part: string): TemplateResult {
  const shown = bodies.get(key, source);
  return shown
    ? html`<div class="prose" part=${part} dir="auto" ${sanitisedHtml(shown)}></div>`
    : html`<div class="plain" part=${part} dir="auto">${source.body}</div>`;
}

function renderMessage(m: Message, o: QuestionViewOptions): TemplateResult {
  return html`<li class="message" part="message" data-role=${m.role} data-internal=${m.internal ? 'true' : 'false'}>
    <p class="message-meta">
      <span class="message-author">${m.author.name}</span><span class="muted">${o.age(m.createdAt)}</span>
      ${m.internal ? html`<strong class="internal-label" part="internal-label">${o.strings.internalNote}</strong>` : nothing}
    </p>
    ${body(m.id, m, o.bodies, 'message-body')}
  </li>`;
}

export function renderQuestion(o: QuestionViewOptions): TemplateResult {
  const { question: q, strings: s } = o;
  const keys = ORDER.filter((k) => {
    const v = q.context[k];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  const source = { html: q.html, body: q.text };
  return html`<h2 id="question-title" class="title" tabindex="-1" data-focus>${s.from(q.asker.name)}</h2>
    <p class="muted">
      <span class="status" data-status=${q.status}><span class="status-dot" aria-hidden="true"></span>${s.questionStatus[q.status]}</span>
      · ${o.topicName} · ${o.age(q.createdAt)}${q.assignee ? ` · ${s.claimedBy(q.assignee.name)}` : nothing}
    </p>
    ${body(`q-${q.id}`, source, o.bodies, 'question-body')}
    <section class="context" part="context" aria-labelledby="context-heading">
      <h3 id="context-heading" class="label">${s.contextHeading}</h3>
      ${keys.length === 0
        ? html`<p class="muted">${s.noContext}</p>`
        : html`<dl class="context-list">
            ${keys.map((k) => html`<div><dt>${s.contextLabels[k]}</dt><dd dir="auto">${contextValue(k, q.context, o.catalog)}</dd></div>`)}
          </dl>`}
    </section>
    ${q.messages.length > 0
      ? html`<section aria-labelledby="thread-heading">
          <h3 id="thread-heading" class="label">${s.thread}</h3>
          <ol class="messages" part="messages">${q.messages.map((m) => renderMessage(m, o))}</ol>
        </section>`
      : nothing}`;
}
