/**
 * Table shapes as Kysely sees them. Arrays are stored as JSON text so the same columns work on
 * SQLite today and PostgreSQL later (where they could become jsonb without changing callers).
 */
import type { Generated } from 'kysely';

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

export interface DatabaseSchema {
  articles: ArticleTable;
  catalog_state: CatalogStateTable;
  lessons: LessonTable;
  idempotency_keys: IdempotencyKeyTable;
  progress: ProgressTable;
  review_states: ReviewStateTable;
  statements: StatementTable;
}
