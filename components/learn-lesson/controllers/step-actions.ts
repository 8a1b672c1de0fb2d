/**
 * What the person does inside a step, turned into engine actions: picking and checking quiz
 * answers (the choices picked before "Check answer" are a draft here, not progress), Try again,
 * ticking a checklist, and try-it navigation — "Take me there", arriving at the screen (from the
 * runtime's `context-change`), or marking the step done when the page cannot navigate.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Learn } from '../../../sdk/types.js';
import type { LessonStep, QuizStep } from '../../../src/protocol/index.js';
import type { LessonStrings } from '../i18n/en.js';
import { feedbackMessage, type QuizHandlers } from '../parts/quiz.js';
import type { TryItHandlers, TryState } from '../parts/try-it.js';
import type { LessonSession } from './lesson-session.js';

/** Where focus goes after the next render: a step heading, Next, Try again, or the first choice. */
export type FocusTarget = 'heading' | 'next' | 'retry' | 'choice';

export interface StepActionDeps {
  session: LessonSession;
  learn(): Learn | undefined;
  strings(): LessonStrings;
  announce(message: string): void;
  focus(target: FocusTarget | null): void;
  /** Whether focus is inside the player: an automatic step change only moves focus that was ours. */
  hasFocus(): boolean;
}

export class StepActions {
  /** Choices picked on questions not yet checked, per step id. */
  private drafts = new Map<string, string[]>();
  /** "Take me there" outcomes, per step id. */
  private tryStates = new Map<string, TryState>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: StepActionDeps,
  ) {}

  draft(stepId: string): string[] {
    return this.drafts.get(stepId) ?? [];
  }

  tryState(stepId: string): TryState | undefined {
    return this.tryStates.get(stepId);
  }

  /** A new attempt starts with nothing picked and nothing asked of the host. */
  reset(): void {
    this.drafts.clear();
    this.tryStates.clear();
  }

  private step<K extends LessonStep['kind']>(kind: K): Extract<LessonStep, { kind: K }> | undefined {
    const { session } = this.deps;
    const step = session.inStep ? session.current?.step : undefined;
    return step?.kind === kind ? (step as Extract<LessonStep, { kind: K }>) : undefined;
  }

  readonly tick = (item: number, checked: boolean): void => {
    const step = this.step('checklist');
    if (step) this.deps.session.act({ type: 'check', stepId: step.id, item, checked });
  };

  readonly quiz: QuizHandlers = {
    choose: (id, checked) => {
      const step = this.step('quiz') as QuizStep | undefined;
      if (!step) return;
      const picked = new Set(step.multiple ? this.draft(step.id) : []);
      if (checked) picked.add(id);
      else picked.delete(id);
      this.drafts.set(step.id, step.choices.map((c) => c.id).filter((c) => picked.has(c)));
      this.host.requestUpdate();
    },
    check: () => {
      const step = this.step('quiz') as QuizStep | undefined;
      const choices = step ? this.draft(step.id) : [];
      if (!step || choices.length === 0) return this.deps.announce(this.deps.strings().chooseFirst);
      this.deps.session.act({ type: 'answer', stepId: step.id, choices });
      const progress = this.deps.session.progress!;
      this.deps.announce(feedbackMessage(step, progress, this.deps.strings()));
      this.deps.focus(progress.answers[step.id]?.correct ? 'next' : 'retry');
    },
    retry: () => {
      const step = this.step('quiz');
      if (!step) return;
      this.drafts.delete(step.id);
      this.deps.focus('choice');
      this.deps.session.act({ type: 'retry', stepId: step.id });
    },
  };

  readonly tryIt: TryItHandlers = {
    go: () => {
      const step = this.step('try-it');
      const learn = this.deps.learn();
      const lesson = this.deps.session.lesson;
      if (!step || !learn || !lesson) return;
      // Already there (e.g. the drawer opened the lesson on that very screen): nothing to wait for.
      if (learn.context.screen === step.screen) return this.arrive(step.id);
      const handled = learn.lessons.navigate({ screen: step.screen, ...(step.record ? { record: step.record } : {}), lessonId: lesson.id, stepId: step.id });
      // A host that navigates in its listener has already moved the lesson on (contextChanged).
      if (this.step('try-it') !== step) return;
      this.tryStates.set(step.id, handled ? 'waiting' : 'unhandled');
      this.deps.announce(handled ? this.deps.strings().waiting : this.deps.strings().cannotNavigate);
      this.host.requestUpdate();
    },
    markDone: () => {
      const step = this.step('try-it');
      if (!step) return;
      this.deps.focus('heading');
      this.deps.session.act({ type: 'tried', stepId: step.id });
      this.deps.session.act({ type: 'next' });
    },
  };

  /** The runtime's context changed: a try-it step whose screen was reached is done. */
  contextChanged(): void {
    const step = this.step('try-it');
    if (!step || this.deps.learn()?.context.screen !== step.screen || this.deps.session.progress?.tried.includes(step.id)) return;
    this.arrive(step.id);
  }

  private arrive(stepId: string): void {
    // Focus follows only when it was in the lesson: the person may be working in the host app now.
    this.deps.focus(this.deps.hasFocus() ? 'heading' : null);
    this.deps.session.act({ type: 'tried', stepId });
    this.deps.session.act({ type: 'next' });
    this.deps.announce(this.deps.strings().arrived);
  }
}
