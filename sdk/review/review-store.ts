/**
 * The review schedule for one user (`ReviewState`, Leitner boxes from src/lesson/review.ts): kept in
 * the `review` store, queued in the outbox as `PUT /v1/review` after every change (a newer state
 * replaces one still waiting; the server merges card by card), and merged with the server's copy
 * when the engine starts — so cards enrolled on one device come due on the other. Every change
 * also writes the small summary learning/review-watch.ts reads at start, which keeps `review.dueCount`
 * (the launcher's badge) available without loading this module.
 */
import { answerCard, dueCards, enrolLesson, mergeReview, pauseReview, resumeReview } from '../../src/lesson/review.js';
import { ReviewState, type Lesson, type LessonProgress, type QuizStep } from '../../src/protocol/index.js';
import { describeIssues } from '../backends/validate.js';
import type { Records } from '../cache/records.js';
import type { FrontDeps, LearningFront } from '../learning/front.js';
import { SUMMARY_KEY, setReview, summarize } from '../learning/review-watch.js';
import type { Outbox } from '../outbox/outbox.js';
import type { DueQuestion } from '../types.js';
import * as z from 'zod/mini';

const STATE_KEY = 'state';
const StateRecord = z.object({ v: z.literal(1), state: ReviewState });
const DEFAULT_DUE_LIMIT = 10;

export class ReviewStore {
  #state: ReviewState = { cards: [] };
  readonly #deps: FrontDeps;

  constructor(
    private readonly front: LearningFront,
    private readonly records: Records,
    private readonly outbox: Outbox,
    private readonly lesson: (id: string) => Promise<Lesson>,
  ) {
    this.#deps = front.deps;
  }

  /** Read the local schedule (a corrupt one is discarded with a warning), then merge the server's. */
  async load(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.records.db.get('review', STATE_KEY);
    } catch {
      raw = undefined;
    }
    if (raw !== undefined) {
      const parsed = StateRecord.safeParse(raw);
      if (parsed.success) this.#state = parsed.data.state;
      else {
        await this.records.remove('review', STATE_KEY);
        this.#deps.emit('warning', { source: 'review', message: `The saved review schedule was discarded: it is corrupt or from another version (${describeIssues(parsed.error)}).` });
      }
    }
    this.#publish();
    await this.#mergeServer();
  }

  async enrol(lesson: Lesson, progress: LessonProgress): Promise<void> {
    await this.#commit(enrolLesson(this.#state, lesson, progress, new Date()));
  }

  async due(limit = DEFAULT_DUE_LIMIT): Promise<DueQuestion[]> {
    const questions: DueQuestion[] = [];
    for (const card of dueCards(this.#state, new Date())) {
      if (questions.length >= limit) break;
      let lesson: Lesson;
      try {
        lesson = await this.lesson(card.lessonId);
      } catch {
        continue; // Unpublished, or not cached while offline: the card waits for a better moment.
      }
      const step = lesson.steps.find((s): s is QuizStep => s.id === card.stepId && s.kind === 'quiz');
      if (step) questions.push({ card, lesson, step });
    }
    return questions;
  }

  async answer(cardId: string, correct: boolean): Promise<void> {
    if (!this.#state.cards.some((c) => c.id === cardId)) throw new RangeError(`learnflow: review.answer() got an unknown card "${cardId}"`);
    await this.#commit(answerCard(this.#state, cardId, correct, new Date()));
  }

  async pause(): Promise<void> {
    await this.#commit(pauseReview(this.#state, new Date()));
  }

  async resume(): Promise<void> {
    await this.#commit(resumeReview(this.#state, new Date()));
  }

  async #commit(next: ReviewState, sync = true): Promise<void> {
    if (next === this.#state) return;
    this.#state = next;
    await this.records.write('review', STATE_KEY, { v: 1, state: next });
    if (sync && this.#deps.user()) await this.outbox.add({ method: 'PUT', path: '/v1/review', body: next, coalesce: true });
    this.#publish();
  }

  #publish(): void {
    const summary = summarize(this.#state);
    void this.records.write('review', SUMMARY_KEY, summary);
    setReview(this.front, summary);
  }

  async #mergeServer(): Promise<void> {
    const { backend, connectivity } = this.#deps;
    if (!this.#deps.user() || !backend.userData || connectivity.state === 'offline') return;
    let parsed;
    try {
      parsed = ReviewState.safeParse(await backend.userData('/v1/review', { signal: this.#deps.signal() }));
      connectivity.reportSuccess();
    } catch (error) {
      connectivity.reportFailure(error);
      return;
    }
    if (!parsed.success) {
      this.#deps.emit('error', { source: 'review', kind: 'invalid-response', message: `${backend.describe} sent an invalid review schedule (${describeIssues(parsed.error)})` });
      return;
    }
    const merged = mergeReview(this.#state, parsed.data);
    // The server's copy only adds to ours: nothing to send back (our own changes are already queued).
    if (JSON.stringify(merged) !== JSON.stringify(this.#state)) await this.#commit(merged, false);
  }
}
