/**
 * One employee's run through one lesson: the progress on screen, which screen of the player shows
 * (intro, a step, completion), and the learning records. Every change goes through the pure engine
 * (`applyAction`) and is saved at once (`learn.lessons.save`: IndexedDB now, the server through the
 * outbox). Statements follow cmi5's order for a session: launched (Start / Resume), initialized
 * (the first step is on screen), answered (each checked answer), then completed, passed|failed and
 * terminated when the last step is done — or terminated alone when the player goes away mid-lesson.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn, LessonEvent } from '../../../sdk/types.js';
import type { Lesson, LessonProgress, LessonStep, QuizStep } from '../../../src/protocol/index.js';
import { applyAction, canGoNext, currentStep, newProgress, scoreOf, type LessonAction } from '../../../src/lesson/engine.js';
import type { LoadedLesson } from './lesson-loader.js';
import { randomUuid } from './uuid.js';

export type LessonView = 'intro' | 'step' | 'complete';

export interface SessionHooks {
  /** Active milliseconds counted since the last call (ActiveTimeController.take). */
  takeActiveMs(): number;
  /** The last step is done: the completion event and focus are the element's business. */
  onCompleted(lesson: Lesson, progress: LessonProgress): void;
  onSaveFailed(): void;
}

type Statement = Exclude<LessonEvent['type'], 'answered'>;

export class LessonSession {
  lesson: Lesson | null = null;
  progress: LessonProgress | null = null;
  view: LessonView = 'intro';
  private learn: Learn | undefined;
  /** Launched and not yet terminated: leaving now must say `terminated`. */
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: SessionHooks,
  ) {}

  /** A lesson (and saved progress) arrived, or went away: any session of the previous one ends first. */
  load(loaded: LoadedLesson | null): void {
    this.leave();
    this.learn = loaded?.learn;
    this.lesson = loaded?.lesson ?? null;
    this.progress = loaded?.stored ?? null;
    // A lesson finished earlier opens on its result: score, retry, what next.
    this.view = this.progress?.status === 'completed' ? 'complete' : 'intro';
    this.host.requestUpdate();
  }

  get inStep(): boolean {
    return this.view === 'step' && !!this.lesson && !!this.progress;
  }

  get current(): { step: LessonStep; index: number } | null {
    return this.lesson && this.progress ? currentStep(this.lesson, this.progress) : null;
  }

  get canGoNext(): boolean {
    return !!this.lesson && !!this.progress && canGoNext(this.lesson, this.progress);
  }

  get score(): ReturnType<typeof scoreOf> | null {
    return this.lesson && this.progress ? scoreOf(this.lesson, this.progress) : null;
  }

  /** Start, resume, or (after a completion) start a new attempt with a new registration. */
  async begin(): Promise<void> {
    const lesson = this.lesson;
    if (!lesson || this.running) return;
    const now = new Date();
    if (!this.progress) this.progress = newProgress(lesson, { now, registration: randomUuid() });
    else if (this.progress.status === 'completed') this.progress = applyAction(lesson, this.progress, { type: 'restart', registration: randomUuid() }, now);
    this.view = 'step';
    this.running = true;
    this.save();
    this.record('launched');
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.running && this.lesson === lesson) this.record('initialized');
  }

  /** Applies one action (after folding in the active time counted so far), saves, and records what it means. */
  act(action: LessonAction): void {
    const lesson = this.lesson;
    if (!lesson || !this.progress) return;
    const wasCompleted = this.progress.status === 'completed';
    const before = this.withActiveTime(this.progress);
    const progress = applyAction(lesson, before, action, new Date());
    this.progress = progress;
    this.save();
    // The engine returns the same object for an action that does not apply (a second click on
    // "Check answer" before "Try again"): nothing was answered, so nothing is recorded.
    if (action.type === 'answer' && progress !== before) {
      const step = lesson.steps.find((s): s is QuizStep => s.id === action.stepId && s.kind === 'quiz');
      const answer = progress.answers[action.stepId];
      if (step && answer) this.record('answered', { step, choices: answer.choices, correct: answer.correct });
    }
    if (!wasCompleted && progress.status === 'completed') {
      this.view = 'complete';
      this.record('completed');
      this.record((progress.passed ?? scoreOf(lesson, progress).passed) ? 'passed' : 'failed');
      this.record('terminated');
      this.running = false;
      this.hooks.onCompleted(lesson, progress);
    }
    this.host.requestUpdate();
  }

  /** The page is being hidden: keep the time counted so far (the tab may never come back). */
  flush(): void {
    if (!this.inStep || !this.progress) return;
    const progress = this.withActiveTime(this.progress);
    if (progress === this.progress) return;
    this.progress = progress;
    this.save();
  }

  /** The player goes away (disconnected, another lesson): save the time and end a running session. */
  leave(): void {
    this.flush();
    if (this.running) this.record('terminated');
    this.running = false;
  }

  /** Back in the document after a `leave()` mid-lesson (the element was moved): a new session. */
  reenter(): void {
    if (this.view === 'step' && !this.running && this.progress?.status === 'in-progress') void this.begin();
  }

  private withActiveTime(progress: LessonProgress): LessonProgress {
    const ms = this.hooks.takeActiveMs();
    return ms > 0 && this.lesson ? applyAction(this.lesson, progress, { type: 'active', ms }, new Date()) : progress;
  }

  private save(): void {
    const { learn, lesson, progress } = this;
    if (!learn || !lesson || !progress) return;
    learn.lessons.save(lesson, progress).catch((error: unknown) => {
      console.warn(`Learnflow: progress in lesson "${lesson.id}" could not be saved.`, error);
      this.hooks.onSaveFailed();
    });
  }

  private record(type: Statement): void;
  private record(type: 'answered', answer: { step: QuizStep; choices: string[]; correct: boolean }): void;
  private record(type: LessonEvent['type'], answer?: { step: QuizStep; choices: string[]; correct: boolean }): void {
    const { learn, lesson, progress } = this;
    if (!learn || !lesson || !progress) return;
    const event = (type === 'answered' ? { type, lesson, progress, ...answer } : { type, lesson, progress }) as LessonEvent;
    try {
      learn.lessons.record(event);
    } catch (error) {
      // A learning record must never stop the lesson; the SDK reports its own failures.
      console.warn(`Learnflow: the "${type}" statement for lesson "${lesson.id}" could not be recorded.`, error);
    }
  }
}
