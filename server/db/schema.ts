/**
 * Table shapes as Kysely sees them. Arrays are stored as JSON text so the same columns work on
 * SQLite today and PostgreSQL later (where they could become jsonb without changing callers).
 */
import type { Generated, Selectable } from 'kysely';

export interface ArticleTable {
  id: string;
  /** Absolute path of the folder the article was imported from; an import replaces its folder's set. */
  source: string;
  /** File path relative to `source`, so a refused file can keep its previously imported version. */
  source_file: string;
  title: string;
  summary: string;
  /** JSON array of strings. */
  tags: string;
  /** JSON array of screen keys. */
  contexts: string;
  locale: string;
  owner: string | null;
  updated_at: string;
  /** JSON array of h2/h3 texts. */
  headings: string;
  body: string;
  /**
   * The body rendered at import (sanitised, undecorated), sent as `Article.html`. Derived from the
   * body, so it is not part of `content_hash`. Null for rows imported before migration 0002.
   */
  html: string | null;
  /** Hash of the validated article; the article's ETag and an input of the catalog version. */
  content_hash: string;
  imported_at: string;
}

/** One row (id = 1): the catalog version and when it last changed. */
export interface CatalogStateTable {
  id: Generated<number>;
  version: string;
  generated_at: string;
}

export interface LessonTable {
  id: string;
  /** Absolute path of the lessons folder it was imported from. */
  source: string;
  /** File path relative to `source`. */
  source_file: string;
  /** The validated `Lesson` as JSON, text steps with their rendered `html`. */
  data: string;
  /** Hash of the validated lesson without html: its ETag and an input of the catalog version. */
  content_hash: string;
  imported_at: string;
}

export type IdempotencyState = 'in_flight' | 'done';

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  state: IdempotencyState;
  claim: string;
  response_status: number | null;
  response_body: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgressTable {
  user_id: string;
  lesson_id: string;
  /** `LessonProgress` JSON. */
  data: string;
  updated_at: string;
}

export interface ReviewStateTable {
  user_id: string;
  /** `ReviewState` JSON. */
  data: string;
  updated_at: string;
}

export type ForwardState = 'pending' | 'sent' | 'rejected';

export interface StatementTable {
  id: string;
  user_id: string;
  /** `XapiStatement` JSON, exactly as forwarded. */
  data: string;
  stored_at: string;
  state: Generated<ForwardState>;
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  /** Why the last attempt failed, or the LRS's message for a rejected statement. */
  error: string | null;
}

export interface AskTopicTable {
  id: string;
  source: string;
  position: number;
  /** `AskTopicConfig` JSON. */
  data: string;
  imported_at: string;
}

export interface AskExpertTable {
  id: string;
  source: string;
  /** `Expert` JSON. */
  data: string;
  imported_at: string;
}

export type QuestionStatusColumn = 'open' | 'claimed' | 'answered' | 'solved' | 'closed';

export interface QuestionTable {
  id: string;
  asker_id: string;
  asker_name: string;
  topic: string;
  text: string;
  html: string;
  /** `AskContext` JSON. */
  context: string;
  locale: string | null;
  status: QuestionStatusColumn;
  assignee_id: string | null;
  assignee_name: string | null;
  routed_id: string | null;
  routed_name: string | null;
  /** 0 or 1. */
  escalated: Generated<number>;
  unread: Generated<number>;
  article_id: string | null;
  created_at: string;
  updated_at: string;
  first_reply_at: string | null;
}

export interface QuestionMessageTable {
  id: string;
  question_id: string;
  position: number;
  author_id: string;
  author_name: string;
  role: 'asker' | 'expert';
  body: string;
  html: string;
  /** 0 or 1. */
  internal: Generated<number>;
  created_at: string;
}

/** Rows as read (Generated columns resolved). */
export type QuestionRow = Selectable<QuestionTable>;
export type MessageRow = Selectable<QuestionMessageTable>;

export type AskEventKind = 'asked' | 'message' | 'status';
export type AskAudience = 'all' | 'experts' | 'asker';

export interface AskEventTable {
  seq: Generated<number>;
  question_id: string;
  topic: string;
  asker_id: string;
  kind: AskEventKind;
  audience: AskAudience;
  /** The expert's view of the question, JSON. */
  question: string;
  created_at: string;
}

export type DeliveryState = 'pending' | 'sent' | 'failed';

export interface WebhookDeliveryTable {
  id: Generated<number>;
  question_id: string;
  kind: 'asked' | 'escalated';
  body: string;
  state: Generated<DeliveryState>;
  attempts: Generated<number>;
  next_attempt_at: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

export interface FeedbackTable {
  id: string;
  user_id: string;
  subject: string;
  kind: 'thumbs' | 'stars' | 'nps' | 'text' | 'survey';
  value: number | null;
  reason: string | null;
  comment: string | null;
  /** `SurveyAnswer[]` JSON. */
  answers: string | null;
  prompt: string | null;
  screen: string | null;
  /** `WorkContext` JSON. */
  context: string;
  given_at: string;
  stored_at: string;
}

export interface SearchEventTable {
  id: string;
  user_id: string;
  /** Normalised query text. */
  query: string;
  results: number;
  opened: string | null;
  screen: string | null;
  at: string;
  stored_at: string;
}

export interface PromptStateTable {
  user_id: string;
  /** `PromptState` JSON. */
  data: string;
  updated_at: string;
}

export interface DatabaseSchema {
  articles: ArticleTable;
  catalog_state: CatalogStateTable;
  lessons: LessonTable;
  idempotency_keys: IdempotencyKeyTable;
  progress: ProgressTable;
  review_states: ReviewStateTable;
  statements: StatementTable;
  ask_topics: AskTopicTable;
  ask_experts: AskExpertTable;
  questions: QuestionTable;
  question_messages: QuestionMessageTable;
  ask_events: AskEventTable;
  webhook_deliveries: WebhookDeliveryTable;
  feedback: FeedbackTable;
  search_events: SearchEventTable;
  prompt_states: PromptStateTable;
}
