/**
 * Recently viewed article ids for one user: newest first, at most 10, persisted in that user's
 * database. Kept in memory so `learn.recent()` is synchronous; views recorded before the stored
 * list has loaded are merged on top of it rather than lost.
 */
import { RECORD_VERSION, RecentRecord, type Records } from './cache/records.js';

export const RECENT_MAX = 10;
const KEY = 'recent';

export class RecentList {
  #ids: string[] = [];
  readonly #records: Promise<Records>;

  constructor(records: Promise<Records>) {
    this.#records = records;
  }

  async load(): Promise<void> {
    const records = await this.#records;
    const stored = await records.read('user', KEY, RecentRecord);
    this.#ids = dedupe([...this.#ids, ...(stored?.ids ?? [])]);
  }

  ids(): string[] {
    return [...this.#ids];
  }

  /** Move `id` to the front and persist; resolves when written. */
  async add(id: string): Promise<void> {
    this.#ids = dedupe([id, ...this.#ids]);
    await this.#persist();
  }

  async #persist(): Promise<void> {
    const records = await this.#records;
    const record: RecentRecord = { v: RECORD_VERSION, ids: this.#ids };
    await records.write('user', KEY, record);
  }
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)].slice(0, RECENT_MAX);
}
