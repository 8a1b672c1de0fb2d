/**
 * One lesson file (`lessons/<id>.yaml`, the `Lesson` shape in YAML, step bodies in markdown) → a
 * validated `Lesson`, or the reason it was refused. Reasons name the step (its position and id)
 * and say what to do, for the person who edits the file.
 */
import '../validation.js';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { formatIssues, Lesson, MAX_LESSON_STEPS, MAX_STEP_BODY } from '../../src/protocol/index.js';

/** Every step at the body cap, plus room for the rest: a larger file cannot be a valid lesson. */
export const MAX_LESSON_FILE_BYTES = MAX_LESSON_STEPS * MAX_STEP_BODY + 256 * 1024;

export const STEP_KINDS = ['text', 'image', 'video', 'checklist', 'quiz', 'try-it'] as const;

export type ParsedLesson = { ok: true; lesson: Lesson; warnings: string[] } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `tags: pricing, discounts` is as natural to write as `[pricing, discounts]`; accept both (as articles do). */
function asList(value: unknown): unknown {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
}

/** A date without a time means midnight UTC; absent → the file's modification time (as articles). */
function asDateTime(value: unknown, fallback: Date): unknown {
  if (value === undefined || value === null) return fallback.toISOString();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return value;
}

/** `steps.2.choices` → `step 3 ("q-discount") choices`: people count from one and know steps by id. */
function describePath(path: string, steps: unknown[]): string {
  const match = /^steps\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!match) return path;
  const index = Number(match[1]);
  const step = steps[index];
  const id = isRecord(step) && typeof step.id === 'string' ? ` ("${step.id}")` : '';
  return `step ${index + 1}${id}${match[2] ? ` ${match[2]}` : ''}`;
}

/** The one mistake zod reports poorly (a discriminated union says "Invalid input"): say it plainly first. */
function stepKindProblem(steps: unknown[]): string | undefined {
  for (const [index, step] of steps.entries()) {
    if (!isRecord(step)) return `step ${index + 1}: must be a mapping with "kind", "id" and the kind's fields`;
    const where = describePath(`steps.${index}`, steps);
    if (step.kind === undefined) return `${where}: missing "kind" (one of ${STEP_KINDS.join(', ')})`;
    if (!(STEP_KINDS as readonly unknown[]).includes(step.kind)) return `${where}: unknown step kind "${String(step.kind)}"; use one of ${STEP_KINDS.join(', ')}`;
  }
  return undefined;
}

export async function parseLessonFile(dir: string, file: string): Promise<ParsedLesson> {
  const path = join(dir, file);
  const info = await stat(path);
  if (info.size > MAX_LESSON_FILE_BYTES) return { ok: false, reason: `file is ${Math.round(info.size / 1024)} KB, over the ${Math.round(MAX_LESSON_FILE_BYTES / 1024)} KB limit for one lesson` };
  const doc = parseDocument((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? 0;
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
    return { ok: false, reason: `invalid YAML (line ${line}): ${message}` };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (!isRecord(data)) return { ok: false, reason: 'a lesson file must be a YAML mapping (id, title, minutes, steps, …), not a list or a single value' };

  const steps = data.steps;
  if (steps === undefined || steps === null || (Array.isArray(steps) && steps.length === 0)) return { ok: false, reason: 'steps: a lesson needs at least one step' };
  if (!Array.isArray(steps)) return { ok: false, reason: 'steps: must be a list of steps' };
  const kindProblem = stepKindProblem(steps);
  if (kindProblem) return { ok: false, reason: kindProblem };

  const candidate = {
    ...data,
    // The file name is the id when none is given: `crm-forecasting-basics.yaml` → `crm-forecasting-basics`.
    id: data.id ?? basename(file, extname(file)),
    tags: asList(data.tags),
    contexts: asList(data.contexts),
    updatedAt: asDateTime(data.updatedAt, info.mtime),
    // `html` is the server's to render; a file's own would bypass the pipeline.
    steps: steps.map((step: Record<string, unknown>) => (step.kind === 'text' ? { ...step, html: undefined } : step)),
  };
  const parsed = Lesson.safeParse(candidate);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error).map(({ path, message }) => `${describePath(path, steps)}: ${/received undefined$/.test(message) ? 'missing (required)' : message}`);
    return { ok: false, reason: issues.join('; ') };
  }
  const known = new Set(['id', 'title', 'summary', 'minutes', 'tags', 'contexts', 'locale', 'owner', 'updatedAt', 'passMark', 'review', 'related', 'steps']);
  const warnings = Object.keys(data).filter((key) => !known.has(key)).map((key) => `unknown key "${key}" ignored`);
  return { ok: true, lesson: parsed.data, warnings };
}
