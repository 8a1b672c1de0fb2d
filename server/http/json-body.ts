/**
 * Read a JSON request body and validate it against a protocol schema. Each failure has its own
 * status so a client developer can tell them apart: 415 not JSON, 413 too large, 400 not parsable,
 * 422 parsable but invalid (with the field issues). Unknown fields are dropped by the schema.
 */
import '../validation.js';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { formatIssues } from '../../src/protocol/index.js';
import { readBodyWithin } from './body-limit.js';
import { ApiProblem } from './errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S, limit: number): Promise<z.infer<S>> {
  return validate(schema, await readJsonValue(c, limit));
}

/** The parsed JSON body, not yet validated (an idempotent write hashes it first: writes/idempotency.ts). */
export async function readJsonValue(c: Context, limit: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new ApiProblem(415, 'unsupported_media_type', `expected a JSON body (Content-Type: application/json), got ${type ? `"${type}"` : 'no Content-Type'}`);
  }
  const bytes = await readBodyWithin(c.req.raw, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiProblem(400, 'bad_request', 'request body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new ApiProblem(400, 'bad_request', `request body is not valid JSON${detail}`);
  }
  return value;
}

/** Validate any input (query parameters, a parsed body) or throw 422 with the field issues. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    throw new ApiProblem(422, 'validation_failed', `request is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data;
}
