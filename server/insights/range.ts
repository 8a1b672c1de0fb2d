/**
 * The filter every insights route takes: `?from=&to=` (inclusive UTC days, YYYY-MM-DD; default
 * the 30 days ending today), `?screen=`, `?format=json|csv`. Turned into a half-open ISO range
 * `[start, end)` that compares as text with the stored UTC timestamps, so the time index is used.
 */
import '../validation.js';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ScreenKey } from '../../src/protocol/primitives.js';
import type { InsightsRange } from '../../src/protocol/insights.js';
import { ApiProblem } from '../http/errors.js';
import { validate } from '../http/json-body.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** A bound on the work one request may ask for. */
const MAX_DAYS = 3_660;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'));
const Query = z.object({
  from: z.optional(Day),
  to: z.optional(Day),
  screen: z.optional(ScreenKey),
  format: z.optional(z.enum(['json', 'csv'])),
});

export interface InsightsFilter {
  range: InsightsRange;
  /** Inclusive start, ISO. */
  start: string;
  /** Exclusive end (the day after `to`), ISO. */
  end: string;
  screen?: string;
  format: 'json' | 'csv';
}

function dayStart(day: string, field: string): number {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new ApiProblem(422, 'validation_failed', `${field} "${day}" is not a calendar date`, [{ path: field, message: 'not a calendar date' }]);
  return ms;
}

export function insightsFilter(c: Context, now: Date = new Date()): InsightsFilter {
  const query = validate(Query, c.req.query());
  const to = query.to ?? now.toISOString().slice(0, 10);
  const toMs = dayStart(to, 'to');
  const from = query.from ?? new Date(toMs - (DEFAULT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const fromMs = dayStart(from, 'from');
  if (fromMs > toMs) throw new ApiProblem(422, 'validation_failed', `from (${from}) is after to (${to})`, [{ path: 'from', message: 'must not be after "to"' }]);
  if ((toMs - fromMs) / DAY_MS >= MAX_DAYS) throw new ApiProblem(422, 'validation_failed', `the range is longer than ${MAX_DAYS} days`, [{ path: 'from', message: `at most ${MAX_DAYS} days before "to"` }]);
  const range: InsightsRange = query.screen ? { from, to, screen: query.screen } : { from, to };
  return { range, start: new Date(fromMs).toISOString(), end: new Date(toMs + DAY_MS).toISOString(), screen: query.screen, format: query.format ?? 'json' };
}
