/**
 * The queue: filters (topic, status, age) as plain labelled selects, then the questions grouped by
 * topic, oldest first, each with who asked, how long it has waited and its status.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../../src/protocol/index.js';
import type { QueueController } from '../controllers/queue.js';
import type { InboxStatus, InboxStrings } from '../i18n/en.js';

const STATUSES: readonly InboxStatus[] = ['waiting', 'mine', 'answered', 'done', 'all'];
export const AGES: readonly number[] = [0, 60, 240, 1440];
const TITLE_CHARS = 140;

export interface QueueOptions {
  queue: QueueController;
  strings: InboxStrings;
  age: (iso: string) => string;
  duration: (minutes: number) => string;
  onFilter: () => void;
  onOpen: (question: Question) => void;
}

export function renderFilters({ queue, strings: s, duration, onFilter }: QueueOptions): TemplateResult {
  const set = (apply: (value: string) => void) => (event: Event) => {
    apply((event.target as HTMLSelectElement).value);
    onFilter();
  };
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${s.filters}</legend>
    <label class="field"><span class="label">${s.topic}</span>
      <select part="filter-topic" @change=${set((v) => (queue.topic = v))}>
        <option value="" ?selected=${queue.topic === ''}>${s.allTopics}</option>
        ${queue.topics.map((t) => html`<option value=${t.id} ?selected=${queue.topic === t.id}>${t.name}</option>`)}
      </select>
    </label>
    <label class="field"><span class="label">${s.status}</span>
      <select part="filter-status" @change=${set((v) => (queue.status = v as InboxStatus))}>
        ${STATUSES.map((v) => html`<option value=${v} ?selected=${queue.status === v}>${s.statuses[v]}</option>`)}
      </select>
    </label>
    <label class="field"><span class="label">${s.age}</span>
      <select part="filter-age" @change=${set((v) => (queue.olderThanMinutes = Number(v)))}>
        ${AGES.map((m) => html`<option value=${m} ?selected=${queue.olderThanMinutes === m}>${m ? s.olderThan(duration(m)) : s.anyAge}</option>`)}
      </select>
    </label>
  </fieldset>`;
}

export function renderQueue(options: QueueOptions): TemplateResult {
  const { queue, strings: s, age, onOpen } = options;
  const items = queue.items ?? [];
  return html`<p class="muted" part="queue-count">${s.count(items.length)}</p>
    ${items.length === 0
      ? html`<p class="state" part="empty">${s.empty}</p>`
      : queue.groups().map(
          ([topic, questions]) => html`<section class="group" aria-labelledby="group-${topic}">
            <h3 id="group-${topic}" class="label">${queue.topicName(topic)} <span class="muted">(${questions.length})</span></h3>
            <ul class="item-list" part="queue">
              ${questions.map(
                (q) => html`<li>
                  <button type="button" class="item" part="queue-item" data-question=${q.id} data-status=${q.status} @click=${() => onOpen(q)}>
                    <span class="status-dot" aria-hidden="true"></span>
                    <span class="item-text">
                      <span class="item-title" dir="auto">${q.text.length > TITLE_CHARS ? `${q.text.slice(0, TITLE_CHARS)}…` : q.text}</span>
                      <span class="item-summary">
                        ${s.from(q.asker.name)} · ${age(q.createdAt)} · ${s.questionStatus[q.status]}${q.assignee ? ` · ${s.claimedBy(q.assignee.name)}` : nothing}
                      </span>
                    </span>
                  </button>
                </li>`,
              )}
            </ul>
          </section>`,
        )}`;
}
