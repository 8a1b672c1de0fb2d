/**
 * Whole lessons for one user, like articles: cache first (store `lessons`), revalidated once per
 * session at idle with If-None-Match; asked for first when the catalog lists a newer version. A
 * malformed lesson from the backend is a `BackendError('invalid-response')` (the player shows its
 * error state) and an `error` event; a cached one that no longer parses is discarded and refetched.
 */
import type { Lesson } from '../../src/protocol/index.js';
import { abortError } from '../backends/abort.js';
import type { Records } from '../cache/records.js';
import { errorDetail, toBackendError } from '../errors.js';
import type { FrontDeps } from '../learning/front.js';
import { BackendError } from '../types.js';
import { LessonRecord } from './records.js';

export class LessonCache {
  readonly #memory = new Map<string, LessonRecord>();
  readonly #revalidated = new Set<string>();
  readonly #deps: FrontDeps;
  readonly #records: Records;

  constructor(deps: FrontDeps, records: Records) {
    this.#deps = deps;
    this.#records = records;
  }

  async get(id: string, signal?: AbortSignal): Promise<Lesson> {
    if (typeof id !== 'string' || id === '') throw new BackendError('not-found', 'No lesson id was given.');
    const record = this.#memory.get(id) ?? (await this.#records.read('lessons', id, LessonRecord));
    if (signal?.aborted) throw abortError(signal, this.#deps.backend.describe);
    if (!record) return this.#fetch(id, undefined, signal);
    this.#memory.set(id, record);
    const listed = this.#deps.catalogLessons().find((l) => l.id === id);
    if (listed && listed.updatedAt > record.lesson.updatedAt && this.#deps.connectivity.state === 'online') {
      try {
        return await this.#fetch(id, record, signal);
      } catch (error) {
        if (error instanceof BackendError && (error.kind === 'not-found' || error.kind === 'aborted')) throw error;
        return record.lesson;
      }
    }
    if (!this.#revalidated.has(id)) {
      this.#revalidated.add(id);
      this.#deps.idle(() => void this.#fetch(id, record).catch(() => {}));
    }
    return record.lesson;
  }

  async #fetch(id: string, cached: LessonRecord | undefined, caller?: AbortSignal): Promise<Lesson> {
    const { backend, connectivity } = this.#deps;
    if (!backend.lesson) throw new BackendError('not-found', `${backend.describe} does not serve lessons.`);
    let result;
    try {
      result = await backend.lesson(id, { etag: cached?.etag, signal: this.#deps.signal(caller), locale: this.#deps.locale });
    } catch (thrown) {
      const error = toBackendError(thrown, backend.describe);
      if (!this.#deps.live()) throw error;
      connectivity.reportFailure(error);
      if (error.kind === 'not-found' && cached) {
        this.#memory.delete(id);
        await this.#records.remove('lessons', id);
      }
      if (error.kind === 'invalid-response' || error.kind === 'http') this.#deps.emit('error', errorDetail('lesson', error));
      throw error;
    }
    if (this.#deps.live()) connectivity.reportSuccess();
    if (result.status === 'not-modified') {
      if (cached) return cached.lesson;
      throw new BackendError('invalid-response', `${backend.describe} answered "not modified" for lesson "${id}" without a cached copy.`);
    }
    if (result.data.id !== id) throw new BackendError('invalid-response', `${backend.describe} answered with lesson "${result.data.id}" when asked for "${id}".`);
    if (this.#deps.live()) {
      const record: LessonRecord = { v: 1, lesson: result.data, etag: result.etag, savedAt: Date.now() };
      this.#memory.set(id, record);
      this.#revalidated.add(id);
      await this.#records.write('lessons', id, record);
    }
    return result.data;
  }
}
