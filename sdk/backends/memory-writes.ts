/**
 * What the reference server does with writes, in memory, for memoryBackend: per-user progress
 * (merged, furthest wins), review schedules (merged card by card), statements (stored once per id),
 * and idempotency keys — the same key with the same body answers the saved result, with another
 * body 422. Tests reach in through `MemoryWrites` to see what "the server" holds, to fail requests
 * on purpose, or to play another device.
 */
import { mergeProgress } from '../../src/lesson/progress.js';
import { mergeReview } from '../../src/lesson/review.js';
import { LessonProgress, ReviewState, StatementBatch, type ErrorCode, type XapiStatement } from '../../src/protocol/index.js';
import { PromptState } from '../../src/protocol/prompts.js';
import { EMPTY_PROMPT_STATE, mergePromptState } from '../../src/prompts/state.js';
import type { SendRequest, SendResult } from '../types.js';
import { describeIssues } from './validate.js';

/** A hook's verdict for one request: answer with this instead, `'network'` (no answer), or undefined (proceed). */
export type WriteHook = (request: SendRequest) => SendResult | 'network' | undefined;

export interface UserRecord {
  progress: Map<string, LessonProgress>;
  review: ReviewState;
  statements: XapiStatement[];
  /** Prompt caps (`/v1/prompt-state`), merged like the server does. */
  prompts: PromptState;
}

const apiError = (status: number, code: ErrorCode, message: string): SendResult => ({ status, body: { error: { code, message } }, message });

export class MemoryWrites {
  readonly #users = new Map<string, UserRecord>();
  readonly #keys = new Map<string, { body: string; result: SendResult }>();
  /** Every request received, in order (also those a hook failed): tests check keys and bodies. */
  readonly received: SendRequest[] = [];
  hook: WriteHook | null = null;
  /** Routes of another part of "the server" (memory-ask.ts): an answer, or undefined when the path is not theirs. */
  routes: ((request: SendRequest) => SendResult | undefined) | null = null;

  /** What "the server" holds for a user (created empty on first use). */
  user(id: string): UserRecord {
    let record = this.#users.get(id);
    if (!record) this.#users.set(id, (record = { progress: new Map(), review: { cards: [] }, statements: [], prompts: EMPTY_PROMPT_STATE }));
    return record;
  }

  /** GET /v1/progress, /v1/review or /v1/prompt-state. */
  read(userId: string | null, path: string): unknown {
    if (!userId) return undefined;
    const user = this.user(userId);
    if (path === '/v1/progress') return structuredClone({ items: [...user.progress.values()] });
    if (path === '/v1/review') return structuredClone(user.review);
    if (path === '/v1/prompt-state') return structuredClone(user.prompts);
    return undefined;
  }

  /** A write; `undefined` means "no answer" (the caller throws a network error). */
  send(userId: string | null, request: SendRequest): SendResult | undefined {
    this.received.push(structuredClone({ ...request, signal: undefined }));
    const hooked = this.hook?.(request);
    if (hooked === 'network') return undefined;
    if (hooked) return hooked;
    if (!userId) return apiError(401, 'unauthorized', 'no signed-in user (missing token)');
    const body = JSON.stringify(request.body);
    const idem = `${userId}\n${request.idempotencyKey}`;
    const seen = this.#keys.get(idem);
    if (seen) return seen.body === body ? structuredClone(seen.result) : apiError(422, 'conflict', 'this Idempotency-Key was used with another body');
    const result = this.#apply(this.user(userId), request);
    if (result.status < 500) this.#keys.set(idem, { body, result: structuredClone(result) });
    return structuredClone(result);
  }

  #apply(user: UserRecord, request: SendRequest): SendResult {
    const progressPath = /^\/v1\/progress\/([a-z0-9][a-z0-9-]*)$/.exec(request.path);
    if (request.method === 'PUT' && progressPath) {
      const parsed = LessonProgress.safeParse(request.body);
      if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
      if (parsed.data.lessonId !== progressPath[1]) return apiError(400, 'validation_failed', 'lessonId does not match the path');
      const stored = user.progress.get(parsed.data.lessonId);
      const merged = stored ? mergeProgress(stored, parsed.data) : parsed.data;
      user.progress.set(merged.lessonId, merged);
      return { status: 200, body: { progress: merged } };
    }
    if (request.method === 'PUT' && request.path === '/v1/review') {
      const parsed = ReviewState.safeParse(request.body);
      if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
      user.review = mergeReview(user.review, parsed.data);
      return { status: 200, body: user.review };
    }
    if (request.method === 'PUT' && request.path === '/v1/prompt-state') {
      const parsed = PromptState.safeParse(request.body);
      if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
      user.prompts = mergePromptState(user.prompts, parsed.data);
      return { status: 200, body: user.prompts };
    }
    if (request.method === 'POST' && request.path === '/v1/statements') {
      const parsed = StatementBatch.safeParse(request.body);
      if (!parsed.success) return apiError(400, 'validation_failed', describeIssues(parsed.error));
      const ids = new Set(user.statements.map((s) => s.id));
      let stored = 0;
      for (const statement of parsed.data.statements) {
        if (ids.has(statement.id)) continue;
        ids.add(statement.id);
        user.statements.push(statement);
        stored++;
      }
      return { status: 200, body: { stored, duplicates: parsed.data.statements.length - stored } };
    }
    return this.routes?.(request) ?? apiError(404, 'not_found', `no route ${request.method} ${request.path}`);
  }
}
