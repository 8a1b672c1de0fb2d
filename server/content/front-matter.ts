/**
 * Split a markdown file into YAML front matter and body. Front matter is the block between a
 * first line `---` and the next line `---` (or `...`), as Jekyll, Hugo and most editors write it.
 */
import { parseDocument } from 'yaml';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; reason: string };

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `text` as read from disk; a BOM and CRLF line ends are tolerated (Windows editors write both). */
export function splitFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!OPEN.test(lines[0] ?? '')) {
    return { ok: false, reason: 'no front matter: the file must start with a "---" line, then YAML (id, title, summary, …), then a "---" line' };
  }
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) return { ok: false, reason: 'front matter is not closed: add a "---" line after the YAML' };

  const yaml = lines.slice(1, end).join('\n');
  // Unique keys are enforced by default (a repeated `title:` is an error, not a silent override).
  const doc = parseDocument(yaml, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    // +1: the opening `---` is line 1 of the file, so YAML line n is file line n + 1.
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
    return { ok: false, reason: `invalid YAML in front matter (line ${line}): ${message}` };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || data === undefined) return { ok: true, data: {}, body: bodyAfter(lines, end) };
  if (!isRecord(data)) return { ok: false, reason: 'front matter must be YAML "key: value" lines (a mapping), not a list or a single value' };
  return { ok: true, data, body: bodyAfter(lines, end) };
}

function bodyAfter(lines: string[], end: number): string {
  return lines.slice(end + 1).join('\n').replace(/^\n+/, '').replace(/\s+$/, '\n');
}
