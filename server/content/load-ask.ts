/**
 * Read and validate `<content>/ask/topics.yaml` and `<content>/ask/experts.yaml`: each a YAML list
 * of `AskTopicConfig` / `Expert` entries. A file with any invalid entry (or two entries with one
 * id) is refused as a whole, with its path and the reason naming the entry: half a topic list
 * would route questions to the wrong people. Cross-references (a topic's owner, an expert's
 * topics) that name nothing are warnings: a typo there should not stop the articles importing,
 * and the server copes (no escalation target, no experts listed). Nothing here touches the
 * database, so `import` and `pack` share it. A folder without `ask/` has no topics.
 */
import '../validation.js';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type * as z from 'zod/mini';
import { parseDocument } from 'yaml';
import { AskTopicConfig, Expert, formatIssues } from '../../src/protocol/index.js';
import type { RefusedFile } from './load-folder.js';

/** Far more than an organisation's topic list; a larger file is a mistake (or an attack on the parser). */
export const MAX_ASK_FILE_BYTES = 512 * 1024;

export interface AcceptedList<T> {
  path: string;
  file: string;
  items: T[];
}

export interface LoadedAsk {
  /** Absolute `ask/` folder (whether or not it exists): the import's `source`. */
  dir: string;
  /** Absent when there is no topics file or it was refused (see `refused`). */
  topics?: AcceptedList<AskTopicConfig>;
  experts?: AcceptedList<Expert>;
  /** Which files exist: an absent file removes what an earlier import took from it. */
  present: { topics: boolean; experts: boolean };
  refused: RefusedFile[];
  warnings: { path: string; message: string }[];
}

type Parsed<T> = { ok: true; items: T[] } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `tags: pricing, discounts` is as natural to write as a list (as in articles and lessons). */
function asList(value: unknown): unknown {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
}

async function findFile(dir: string, name: string): Promise<string | undefined> {
  for (const file of [`${name}.yaml`, `${name}.yml`]) {
    try {
      if ((await stat(join(dir, file))).isFile()) return file;
    } catch {
      // not there: try the other spelling
    }
  }
  return undefined;
}

async function parseList<S extends z.ZodMiniType>(path: string, schema: S, what: string, listKeys: readonly string[]): Promise<Parsed<z.infer<S>>> {
  const info = await stat(path);
  if (info.size > MAX_ASK_FILE_BYTES) return { ok: false, reason: `file is ${Math.round(info.size / 1024)} KB, over the ${MAX_ASK_FILE_BYTES / 1024} KB limit` };
  const doc = parseDocument((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? 0;
    return { ok: false, reason: `invalid YAML (line ${line}): ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable'}` };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (!Array.isArray(data)) return { ok: false, reason: `must be a YAML list of ${what} (each "- id: …"), not ${data === null || data === undefined ? 'empty' : 'a single value or mapping'}` };
  const items: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  for (const [index, entry] of data.entries()) {
    const label = `entry ${index + 1}${isRecord(entry) && typeof entry.id === 'string' ? ` ("${entry.id}")` : ''}`;
    if (!isRecord(entry)) return { ok: false, reason: `${label}: must be a mapping (id, name, …)` };
    const candidate = { ...entry, ...Object.fromEntries(listKeys.map((key) => [key, asList(entry[key])])) };
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error).map((i) => `${i.path}: ${/received undefined$/.test(i.message) ? 'missing (required)' : i.message}`);
      return { ok: false, reason: `${label}: ${issues.join('; ')}` };
    }
    const id = (parsed.data as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) return { ok: false, reason: `${label}: duplicate id "${id}" (also entry ${first + 1}); give each its own id` };
    seen.set(id, index);
    items.push(parsed.data);
  }
  return { ok: true, items };
}

async function loadOne<S extends z.ZodMiniType>(dir: string, name: string, schema: S, what: string, listKeys: readonly string[], refused: RefusedFile[]): Promise<{ present: boolean; accepted?: AcceptedList<z.infer<S>> }> {
  const file = await findFile(dir, name);
  if (!file) return { present: false };
  const path = join(dir, file);
  try {
    const parsed = await parseList(path, schema, what, listKeys);
    if (parsed.ok) return { present: true, accepted: { path, file, items: parsed.items } };
    refused.push({ path, file, reason: parsed.reason });
  } catch (error) {
    refused.push({ path, file, reason: `cannot read the file (${error instanceof Error ? error.message : String(error)})` });
  }
  return { present: true };
}

/** `root` is the content folder (the one holding `articles/`, `lessons/` and `ask/`). */
export async function loadAskFolder(root: string): Promise<LoadedAsk> {
  const dir = join(resolve(root), 'ask');
  const refused: RefusedFile[] = [];
  const topics = await loadOne(dir, 'topics', AskTopicConfig, 'topics', ['screens', 'tags'], refused);
  const experts = await loadOne(dir, 'experts', Expert, 'experts', ['topics', 'languages'], refused);
  const loaded: LoadedAsk = { dir, present: { topics: topics.present, experts: experts.present }, refused, warnings: [] };
  if (topics.accepted) loaded.topics = topics.accepted;
  if (experts.accepted) loaded.experts = experts.accepted;
  loaded.warnings = crossReferenceWarnings(loaded);
  return loaded;
}

/** Names that point at nothing, checked only when both files were accepted (otherwise there is nothing reliable to check against). */
function crossReferenceWarnings(loaded: LoadedAsk): { path: string; message: string }[] {
  const { topics, experts } = loaded;
  if (!topics || !experts) return [];
  const warnings: { path: string; message: string }[] = [];
  const topicIds = new Set(topics.items.map((t) => t.id));
  const expertIds = new Set(experts.items.map((e) => e.id));
  for (const topic of topics.items) {
    if (!expertIds.has(topic.owner)) warnings.push({ path: topics.path, message: `topic "${topic.id}": owner "${topic.owner}" is not in ${experts.file}, so unclaimed questions escalate to nobody` });
    if (!experts.items.some((e) => e.topics.includes(topic.id))) warnings.push({ path: topics.path, message: `topic "${topic.id}": no expert in ${experts.file} lists it, so only its owner sees its questions` });
  }
  for (const expert of experts.items) {
    for (const id of expert.topics) if (!topicIds.has(id)) warnings.push({ path: experts.path, message: `expert "${expert.id}": topic "${id}" is not in ${topics.file}; ignored` });
  }
  return warnings;
}
