/**
 * Lesson progress for one user: written to IndexedDB on every save (store `progress`), then queued
 * in the outbox as `PUT /v1/progress/:lessonId` — a newer save of the same lesson replaces a PUT
 * still waiting, so an offline lesson is one write, not one per click. Reading gives the local
 * copy fitted to the lesson as it is now (`fitProgress`), merged with the server's when it can be
 * reached (`mergeProgress`: furthest wins, so a lesson resumes on another device). Local progress
 * that is corrupt, from an older format, or no longer fits the lesson is discarded with a
 * `warning` event — never a crash.
 */
import { fitProgress } from '../../src/lesson/engine.js';
import { mergeProgress } from '../../src/lesson/progress.js';
import { LessonProgress, ProgressList, type Lesson } from '../../src/protocol/index.js';
import { describeIssues } from '../backends/validate.js';
import type { Records } from '../cache/records.js';
import type { FrontDeps } from '../learning/front.js';
import type { Outbox } from '../outbox/outbox.js';
import type { ReviewStore } from '../review/review-store.js';
import { ProgressEnvelope, type ProgressRecord } from './records.js';

export class ProgressStore {
  /** The last progress saved or read per lesson, so a save knows whether it is the completing one. */
  readonly #last = new Map<string, LessonProgress>();

  constructor(
    private readonly deps: FrontDeps,
    private readonly records: Records,
    private readonly outbox: Outbox,
    private readonly review: ReviewStore,
  ) {}

  async progress(lesson: Lesson): Promise<LessonProgress | null> {
    const local = await this.#local(lesson);
    const server = await this.#server(lesson);
    if (!server) return local;
    const merged = local ? mergeProgress(local, server) : server;
    if (merged !== local) {
      // Another device got further: keep its copy here too.
      await this.records.write('progress', lesson.id, { v: 1, progress: merged } satisfies ProgressRecord);
    }
    this.#last.set(lesson.id, merged);
    return merged;
  }

  async save(lesson: Lesson, progress: LessonProgress): Promise<void> {
    const parsed = LessonProgress.safeParse(progress);
    if (!parsed.success) throw new TypeError(`learnflow: lessons.save() got invalid progress (${describeIssues(parsed.error)})`);
    if (parsed.data.lessonId !== lesson.id) throw new TypeError(`learnflow: lessons.save() got progress of "${parsed.data.lessonId}" for lesson "${lesson.id}"`);
    const saved = parsed.data;
    const previous = this.#last.get(lesson.id) ?? (await this.#stored(lesson.id));
    this.#last.set(lesson.id, saved);
    await this.records.write('progress', lesson.id, { v: 1, progress: saved } satisfies ProgressRecord);
    if (this.deps.user()) await this.outbox.add({ method: 'PUT', path: `/v1/progress/${encodeURIComponent(lesson.id)}`, body: saved, coalesce: true });
    this.deps.emit('lesson-progress', { progress: saved });
    const completedNow = saved.status === 'completed' && !(previous?.status === 'completed' && previous.attempt === saved.attempt);
    if (completedNow) {
      this.deps.emit('lesson-complete', { lessonId: lesson.id, score: saved.score, passed: saved.passed });
      await this.review.enrol(lesson, saved);
    }
  }

  /** The stored progress, fitted to `lesson`; discarded (with a warning) when it cannot be used. */
  async #local(lesson: Lesson): Promise<LessonProgress | null> {
    const raw = await this.#raw(lesson.id);
    if (raw === undefined) return null;
    const envelope = ProgressEnvelope.safeParse(raw);
    if (!envelope.success) return this.#discard(lesson.id, `it is corrupt or from another version (${describeIssues(envelope.error)})`);
    const progress = LessonProgress.safeParse(envelope.data.progress);
    if (!progress.success) return this.#discard(lesson.id, `it is corrupt or from another version (${describeIssues(progress.error)})`);
    const fitted = fitProgress(lesson, progress.data);
    if (!fitted.progress) return this.#discard(lesson.id, fitted.reason);
    this.#last.set(lesson.id, fitted.progress);
    return fitted.progress;
  }

  async #stored(lessonId: string): Promise<LessonProgress | undefined> {
    const parsed = ProgressEnvelope.safeParse(await this.#raw(lessonId));
    const progress = parsed.success ? LessonProgress.safeParse(parsed.data.progress) : undefined;
    return progress?.success ? progress.data : undefined;
  }

  async #raw(lessonId: string): Promise<unknown> {
    try {
      return await this.records.db.get('progress', lessonId);
    } catch {
      return undefined; // Unreadable storage: as if nothing was saved (Records warns about the storage itself).
    }
  }

  async #discard(lessonId: string, reason: string): Promise<null> {
    await this.records.remove('progress', lessonId);
    this.#last.delete(lessonId);
    this.deps.emit('warning', { source: 'progress', message: `Saved progress for lesson "${lessonId}" was discarded: ${reason}.` });
    return null;
  }

  /** The server's copy for this lesson, fitted; null when there is none, no user, or no answer. */
  async #server(lesson: Lesson): Promise<LessonProgress | null> {
    const { backend, connectivity } = this.deps;
    if (!this.deps.user() || !backend.userData || connectivity.state === 'offline') return null;
    let list;
    try {
      list = ProgressList.safeParse(await backend.userData('/v1/progress', { signal: this.deps.signal() }));
      connectivity.reportSuccess();
    } catch (error) {
      connectivity.reportFailure(error);
      return null;
    }
    if (!list.success) {
      this.deps.emit('error', { source: 'progress', kind: 'invalid-response', message: `${backend.describe} sent invalid progress (${describeIssues(list.error)})` });
      return null;
    }
    const item = list.data.items.find((p) => p.lessonId === lesson.id);
    if (!item) return null;
    const fitted = fitProgress(lesson, item);
    return fitted.progress;
  }
}
