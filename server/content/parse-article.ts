/**
 * One markdown file → a validated `Article`, or the reason it was refused. The reasons are
 * written for the person who edits the file: what is wrong, in which field, and what to do.
 */
import '../validation.js';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Article, formatIssues, MAX_ARTICLE_BODY } from '../../src/protocol/index.js';
import { splitFrontMatter } from './front-matter.js';
import { extractHeadings } from './headings.js';

/** A file this large cannot hold a valid body (MAX_ARTICLE_BODY characters) plus front matter. */
export const MAX_FILE_BYTES = MAX_ARTICLE_BODY * 4 + 64 * 1024;

/** Front matter keys we read; others are ignored with a warning (usually a typo). */
const KNOWN_KEYS = new Set(['id', 'title', 'summary', 'tags', 'contexts', 'locale', 'owner', 'updatedAt']);

export type ParsedFile =
  | { ok: true; article: Article; warnings: string[] }
  | { ok: false; reason: string };

/** `tags: pricing, discounts` is as natural to write as `[pricing, discounts]`; accept both. */
function asList(value: unknown): unknown {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
}

/** A date without a time (`2026-09-22`) means midnight UTC; anything else is validated as given. */
function asDateTime(value: unknown, fallback: Date): unknown {
  if (value === undefined || value === null) return fallback.toISOString();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return value;
}

/** zod says "expected string, received undefined" for a missing field; say "missing" instead. */
function describeIssues(issues: { path: string; message: string }[]): string {
  return issues
    .map(({ path, message }) => (/received undefined$/.test(message) ? `${path}: missing (required)` : `${path}: ${message}`))
    .join('; ');
}

export async function parseArticleFile(dir: string, file: string): Promise<ParsedFile> {
  const path = join(dir, file);
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    return { ok: false, reason: `file is ${Math.round(info.size / 1024)} KB, over the ${Math.round(MAX_FILE_BYTES / 1024)} KB limit for one article` };
  }
  const split = splitFrontMatter(await readFile(path, 'utf8'));
  if (!split.ok) return split;

  const { body } = split;
  // An empty YAML value (`summary:`) is null; treat it as absent so defaults and "missing" apply.
  const data = Object.fromEntries(Object.entries(split.data).filter(([, value]) => value !== null));
  const warnings = Object.keys(data)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) => (key === 'headings' ? 'front matter "headings" ignored: headings are taken from the body' : `unknown front matter key "${key}" ignored`));

  const candidate = {
    // The file name is the id when none is given: `close-dates.md` → `close-dates`.
    id: data.id ?? basename(file, '.md'),
    title: data.title,
    summary: data.summary,
    tags: asList(data.tags),
    contexts: asList(data.contexts),
    locale: data.locale,
    owner: data.owner,
    // Without updatedAt the file's modification time stands in (documented in docs/server.md).
    updatedAt: asDateTime(data.updatedAt, info.mtime),
    headings: extractHeadings(body),
    body,
  };
  const parsed = Article.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: describeIssues(formatIssues(parsed.error)) };
  if (parsed.data.body.trim() === '') warnings.push('the body is empty');
  return { ok: true, article: parsed.data, warnings };
}
