/**
 * Durations and ages in the element's language, from the platform's own words (Intl), so "2 hours",
 * "2 Stunden" and "ساعتان" need no strings of ours. Formats are cached per language and unit.
 */
type Unit = 'minute' | 'hour' | 'day';

const formats = new Map<string, Intl.NumberFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

function unitOf(minutes: number): [number, Unit] {
  if (minutes < 60) return [Math.max(1, Math.round(minutes)), 'minute'];
  if (minutes < 48 * 60) return [Math.round(minutes / 60), 'hour'];
  return [Math.round(minutes / 1440), 'day'];
}

/** 130 → "2 hours" (long) or "2 hr" (short), in `lang`. */
export function formatDuration(minutes: number, lang: string, display: 'long' | 'short' = 'long'): string {
  const [value, unit] = unitOf(minutes);
  const key = `${lang}|${unit}|${display}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: display })));
  return format.format(value);
}

/** How long ago `iso` was: "3 hours ago", "yesterday". Empty for a date that does not parse. */
export function formatAge(iso: string, lang: string, now = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const minutes = Math.max(0, (now - at) / 60_000);
  // Under a minute is "now", not "1 minute ago" (numeric: 'auto' words 0 minutes so).
  const [value, unit] = minutes < 1 ? [0, 'minute' as const] : unitOf(minutes);
  let format = relative.get(lang);
  if (!format) relative.set(lang, (format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
  return format.format(-value, unit);
}

/** Minutes since `iso` (0 for a date that does not parse). */
export function minutesSince(iso: string, now = Date.now()): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : Math.max(0, (now - at) / 60_000);
}
