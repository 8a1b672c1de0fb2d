/**
 * Question rows ↔ the protocol's `Question`. What comes out is the FULL question (internal notes
 * included, the asker's unread count); ask/views.ts cuts it down to what each receiver may see.
 * Rows are re-validated on the way out, as articles and lessons are.
 */
import '../validation.js';
import { formatIssues, Question, type Message } from '../../src/protocol/index.js';
import type { MessageRow, QuestionRow } from '../db/schema.js';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function person(id: string | null, name: string | null): { id: string; name: string } | undefined {
  return id === null ? undefined : { id, name: name ?? id };
}

function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    author: { id: row.author_id, name: row.author_name },
    role: row.role,
    body: row.body,
    html: row.html,
    internal: row.internal === 1,
    createdAt: row.created_at,
  };
}

/** `messages` in thread order (by `position`). Throws when a row no longer validates (changed outside Learnflow). */
export function toQuestion(row: QuestionRow, messages: readonly MessageRow[]): Question {
  const candidate = {
    id: row.id,
    topic: row.topic,
    text: row.text,
    html: row.html,
    context: parseJson(row.context),
    locale: row.locale ?? undefined,
    asker: { id: row.asker_id, name: row.asker_name },
    status: row.status,
    assignee: person(row.assignee_id, row.assignee_name),
    routedTo: person(row.routed_id, row.routed_name),
    escalated: row.escalated === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    unread: row.unread,
    articleId: row.article_id ?? undefined,
    messages: messages.map(toMessage),
  };
  const parsed = Question.safeParse(candidate);
  if (!parsed.success) throw new Error(`question ${row.id} in the database is invalid: ${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
