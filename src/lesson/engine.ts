/**
 * The lesson engine: a pure reducer from (lesson, progress, action, now) to the next progress.
 * No DOM, no clock, no randomness — the element passes the time and the registration UUID in — so
 * the same run replays identically in a unit test, in the element and on the server.
 *
 * An action that does not apply (Next on an unanswered quiz, an answer to a step that is not a
 * quiz, a second answer before Retry) returns the very same `progress` object, so a caller can
 * skip saving and recording with `next === progress`.
 */
import type { Lesson, LessonStep, QuizStep } from '../protocol/lesson.js';
import type { LessonProgress, QuizAnswer } from '../protocol/progress.js';
import { isCorrect, isValidAnswer, normaliseChoices } from './quiz.js';

export { fitProgress } from './fit.js';

export type LessonAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'go'; stepId: string }
  | { type: 'answer'; stepId: string; choices: string[] }
  | { type: 'retry'; stepId: string }
  | { type: 'check'; stepId: string; item: number; checked: boolean }
  | { type: 'media'; stepId: string; seconds: number }
  | { type: 'tried'; stepId: string }
  /** Time on screen, added to activeMs. */
  | { type: 'active'; ms: number }
  /** A new attempt: attempt + 1, fresh answers, a new xAPI registration. */
  | { type: 'restart'; registration: string };

export function newProgress(lesson: Lesson, opts: { now: Date; registration: string }): LessonProgress {
  const at = opts.now.toISOString();
  return {
    lessonId: lesson.id,
    lessonUpdatedAt: lesson.updatedAt,
    attempt: 1,
    registration: opts.registration,
    status: 'in-progress',
    current: firstStep(lesson).id,
    reached: 0,
    answers: {},
    checked: {},
    media: {},
    tried: [],
    startedAt: at,
    updatedAt: at,
    activeMs: 0,
  };
}

/** The step on screen. Progress that went through `fitProgress` always names a step of the lesson; anything else falls back to the first. */
export function currentStep(lesson: Lesson, progress: LessonProgress): { step: LessonStep; index: number } {
  const index = lesson.steps.findIndex((s) => s.id === progress.current);
  return index < 0 ? { step: firstStep(lesson), index: 0 } : { step: lesson.steps[index]!, index };
}

/**
 * Whether Next (or Finish, on the last step) is allowed: a quiz must be answered first — right or
 * wrong, since a wrong answer may be left and counts as wrong. A completed lesson has nothing after its last step.
 */
export function canGoNext(lesson: Lesson, progress: LessonProgress): boolean {
  const { step, index } = currentStep(lesson, progress);
  if (progress.status === 'completed' && index === lesson.steps.length - 1) return false;
  return step.kind !== 'quiz' || progress.answers[step.id] !== undefined;
}

/**
 * The score: quiz questions whose latest answer is right. A lesson without quizzes scores 1 and
 * passes — there was nothing to fail.
 */
export function scoreOf(lesson: Lesson, progress: LessonProgress): { raw: number; max: number; scaled: number; passed: boolean } {
  const quizzes = lesson.steps.filter((s) => s.kind === 'quiz');
  const raw = quizzes.filter((q) => progress.answers[q.id]?.correct === true).length;
  const max = quizzes.length;
  const scaled = max === 0 ? 1 : raw / max;
  return { raw, max, scaled, passed: scaled >= lesson.passMark };
}

export function applyAction(lesson: Lesson, progress: LessonProgress, action: LessonAction, now: Date): LessonProgress {
  const next = reduce(lesson, progress, action, now);
  return next === progress ? progress : { ...next, updatedAt: now.toISOString() };
}

function reduce(lesson: Lesson, p: LessonProgress, action: LessonAction, now: Date): LessonProgress {
  switch (action.type) {
    case 'next':
      return goNext(lesson, p, now);
    case 'back': {
      const { index } = currentStep(lesson, p);
      return index === 0 ? p : moveTo(lesson, p, index - 1);
    }
    case 'go': {
      // Only back to a step already seen (or anywhere once completed): no skipping ahead of the quizzes.
      const index = lesson.steps.findIndex((s) => s.id === action.stepId);
      if (index < 0 || action.stepId === p.current) return p;
      return index <= p.reached || p.status === 'completed' ? moveTo(lesson, p, index) : p;
    }
    case 'answer':
      return answer(p, quizStep(lesson, action.stepId), action.choices);
    case 'retry': {
      const step = quizStep(lesson, action.stepId);
      const latest = step && p.status !== 'completed' ? p.answers[step.id] : undefined;
      if (!step || !latest || latest.correct || latest.choices.length === 0) return p;
      return { ...p, answers: { ...p.answers, [step.id]: { ...latest, choices: [] } } };
    }
    case 'check': {
      const step = lesson.steps.find((s) => s.id === action.stepId);
      if (step?.kind !== 'checklist' || !Number.isInteger(action.item) || action.item < 0 || action.item >= step.items.length) return p;
      const ticked = new Set(p.checked[step.id] ?? []);
      if (ticked.has(action.item) === action.checked) return p;
      if (action.checked) ticked.add(action.item);
      else ticked.delete(action.item);
      return { ...p, checked: { ...p.checked, [step.id]: [...ticked].sort((a, b) => a - b) } };
    }
    case 'media': {
      const step = lesson.steps.find((s) => s.id === action.stepId);
      if (step?.kind !== 'video' || !Number.isFinite(action.seconds) || action.seconds < 0 || p.media[step.id] === action.seconds) return p;
      return { ...p, media: { ...p.media, [step.id]: action.seconds } };
    }
    case 'tried': {
      const step = lesson.steps.find((s) => s.id === action.stepId);
      if (step?.kind !== 'try-it' || p.tried.includes(step.id)) return p;
      return { ...p, tried: [...p.tried, step.id] };
    }
    case 'active': {
      const ms = Math.round(action.ms);
      return Number.isFinite(ms) && ms > 0 ? { ...p, activeMs: p.activeMs + ms } : p;
    }
    case 'restart': {
      const fresh = newProgress(lesson, { now, registration: action.registration });
      return { ...fresh, attempt: p.attempt + 1 };
    }
  }
}

function goNext(lesson: Lesson, p: LessonProgress, now: Date): LessonProgress {
  if (!canGoNext(lesson, p)) return p;
  const { index } = currentStep(lesson, p);
  if (index < lesson.steps.length - 1) return moveTo(lesson, p, index + 1);
  const { scaled, passed } = scoreOf(lesson, p);
  return { ...p, status: 'completed', score: scaled, passed, completedAt: now.toISOString() };
}

function moveTo(lesson: Lesson, p: LessonProgress, index: number): LessonProgress {
  return { ...p, current: lesson.steps[index]!.id, reached: Math.max(p.reached, index) };
}

/**
 * Record an answer. A question with an answer on screen takes no other until Retry (which empties
 * the latest choices), so a double click cannot count as two attempts; a completed attempt is
 * frozen — Restart begins a new one.
 */
function answer(p: LessonProgress, step: QuizStep | undefined, raw: readonly string[]): LessonProgress {
  if (!step || p.status === 'completed') return p;
  const previous = p.answers[step.id];
  if (previous && previous.choices.length > 0) return p;
  const choices = normaliseChoices(step, raw);
  if (!isValidAnswer(step, choices)) return p;
  const correct = isCorrect(step, choices);
  const recorded: QuizAnswer = previous
    ? { choices, correct, attempts: previous.attempts + 1, firstCorrect: previous.firstCorrect }
    : { choices, correct, attempts: 1, firstCorrect: correct };
  return { ...p, answers: { ...p.answers, [step.id]: recorded } };
}

function quizStep(lesson: Lesson, stepId: string): QuizStep | undefined {
  const step = lesson.steps.find((s) => s.id === stepId);
  return step?.kind === 'quiz' ? step : undefined;
}

function firstStep(lesson: Lesson): LessonStep {
  const step = lesson.steps[0];
  // The Lesson schema refuses a lesson without steps; reaching this means the caller skipped parsing.
  if (!step) throw new RangeError(`lesson "${lesson.id}" has no steps`);
  return step;
}
