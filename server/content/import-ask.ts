/**
 * The ask half of an import, run inside the import's transaction (content/import.ts): the topics
 * and experts of `<content>/ask/` replace the ones previously imported from that folder. A refused
 * file keeps what an earlier import took from it (people keep getting their questions until the
 * file is fixed); a deleted file removes its rows. Questions are never touched: a question whose
 * topic disappears stays readable by its asker.
 */
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import type { RefusedFile } from './load-folder.js';
import type { AcceptedList, LoadedAsk } from './load-ask.js';

export interface AskImportReport {
  source: string;
  /** `topics.yaml` and `experts.yaml` found (0–2). */
  files: number;
  topics: string[];
  experts: string[];
  removed: string[];
  /** `kept` never set: a refused ask file keeps all of its earlier rows (said in the summary). */
  refused: (RefusedFile & { kept?: string })[];
  warnings: { path: string; message: string }[];
}

export function emptyAskReport(loaded: LoadedAsk): AskImportReport {
  return {
    source: loaded.dir,
    files: Number(loaded.present.topics) + Number(loaded.present.experts),
    topics: [],
    experts: [],
    removed: [],
    refused: loaded.refused.map((r) => ({ ...r })),
    warnings: [...loaded.warnings],
  };
}

type Table = 'ask_topics' | 'ask_experts';

async function replace<T extends { id: string }>(trx: Transaction<DatabaseSchema>, table: Table, source: string, list: AcceptedList<T> | undefined, present: boolean, now: Date): Promise<{ ids: string[]; removed: string[] }> {
  // Refused (present but not accepted): leave the earlier import's rows in place.
  if (present && !list) return { ids: [], removed: [] };
  const items = list?.items ?? [];
  const keep = new Set(items.map((i) => i.id));
  const existing = await trx.selectFrom(table).select(['id', 'source']).execute();
  const removed: string[] = [];
  for (const row of existing) {
    if (row.source !== source || keep.has(row.id)) continue;
    await trx.deleteFrom(table).where('id', '=', row.id).execute();
    removed.push(row.id);
  }
  for (const [position, item] of items.entries()) {
    const values = { source, data: JSON.stringify(item), imported_at: now.toISOString() };
    if (table === 'ask_topics') {
      await trx.insertInto('ask_topics').values({ id: item.id, position, ...values }).onConflict((oc) => oc.column('id').doUpdateSet({ position, ...values })).execute();
    } else {
      await trx.insertInto('ask_experts').values({ id: item.id, ...values }).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
    }
  }
  return { ids: items.map((i) => i.id), removed };
}

export async function writeAsk(trx: Transaction<DatabaseSchema>, loaded: LoadedAsk, report: AskImportReport, now: Date): Promise<void> {
  const topics = await replace(trx, 'ask_topics', loaded.dir, loaded.topics, loaded.present.topics, now);
  const experts = await replace(trx, 'ask_experts', loaded.dir, loaded.experts, loaded.present.experts, now);
  report.topics = topics.ids;
  report.experts = experts.ids;
  report.removed = [...topics.removed.map((id) => `topic ${id}`), ...experts.removed.map((id) => `expert ${id}`)];
}
