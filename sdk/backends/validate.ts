/** Parse what a backend (or a host) handed us; failures become readable `BackendError`s. */
import * as z from 'zod/mini';
import { formatIssues } from '../../src/protocol/index.js';
import { BackendError } from '../types.js';

/** "title: Too small; articles.3.id: must be a slug" — at most `max` issues, then "and N more". */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const issues = formatIssues(error);
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`and ${issues.length - max} more`);
  return shown.join('; ');
}

/** Validate `data` with `schema`, or throw `BackendError('invalid-response')` naming who sent what. */
export function parseResponse<T extends z.ZodMiniType>(schema: T, data: unknown, what: string, source: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new BackendError('invalid-response', `${source} sent an invalid ${what} (${describeIssues(result.error)})`, undefined, result.error);
}
