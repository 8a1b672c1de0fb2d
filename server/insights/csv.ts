/**
 * CSV (RFC 4180) for the insights export. Cells with a quote, comma or line break are quoted with
 * quotes doubled; a cell starting with = + - @ (or a tab / carriage return) is prefixed with a
 * single quote, so a spreadsheet shows a search someone typed as text instead of running it as a
 * formula (OWASP "CSV injection"). Numbers are written as they are.
 */
export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
