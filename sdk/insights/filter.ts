/**
 * The insights filter as a query string, checked before anything is sent: `from`/`to` calendar
 * days as YYYY-MM-DD (inclusive, UTC; `from` not after `to`), `screen` a screen key. Anything else
 * is BackendError `invalid-input`, with the field named. Also the default range the server uses
 * (the 30 days ending today), so the element shows the same dates it asks for.
 */
import { ScreenKey } from '../../src/protocol/primitives.js';
import { BackendError, type InsightsFilter } from '../types.js';

const DAY_MS = 86_400_000;

/** A calendar day (`2026-02-30` is not one), or undefined. */
export function dayMs(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? undefined : ms;
}

/** The `days` days ending on `now`'s UTC day: `{ from, to }` as YYYY-MM-DD. */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00.000Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/** `from=…&to=…&screen=…` (only the fields given), plus `format=csv` for a download. */
export function filterQuery(filter: InsightsFilter | undefined, csv: boolean): string {
  const params = new URLSearchParams();
  const { from, to, screen } = filter ?? {};
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    if (day === undefined || day === '') continue;
    if (typeof day !== 'string' || dayMs(day) === undefined) throw new BackendError('invalid-input', `Insights: ${field} "${String(day).slice(0, 40)}" is not a date as YYYY-MM-DD.`);
    params.set(field, day);
  }
  if (from && to && dayMs(from)! > dayMs(to)!) throw new BackendError('invalid-input', `Insights: from (${from}) is after to (${to}).`);
  if (screen !== undefined && screen !== '') {
    if (!ScreenKey.safeParse(screen).success) throw new BackendError('invalid-input', `Insights: screen "${String(screen).slice(0, 60)}" is not a screen key such as "crm/opportunity".`);
    params.set('screen', screen);
  }
  if (csv) params.set('format', 'csv');
  return params.toString();
}
