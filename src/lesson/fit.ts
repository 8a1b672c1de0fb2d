/**
 * Fit stored progress (IndexedDB, or the server's copy) to the lesson as it is now. Content owners
 * edit lessons after people started them: a step can disappear, a choice can be renamed. What still
 * fits is kept — the employee resumes where they were — and what no longer fits is dropped. Progress
 * that cannot be placed at all (another lesson, or the step on screen is gone) is refused with a
 * reason, which the SDK turns into a `warning` event before starting afresh.
 */
import type { Lesson, LessonStep } from '../protocol/lesson.js';
import type { LessonProgress, QuizAnswer } from '../protocol/progress.js';
import { isCorrect, isValidAnswer, normaliseChoices } from './quiz.js';

export function fitProgress(lesson: Lesson, stored: LessonProgress): { progress: LessonProgress } | { progress: null; reason: string } {
  if (stored.lessonId !== lesson.id) {
    return { progress: null, reason: `progress is for lesson "${stored.lessonId}", not "${lesson.id}"` };
  }
  const steps = new Map(lesson.steps.map((s) => [s.id, s] as const));
  const currentIndex = lesson.steps.findIndex((s) => s.id === stored.current);
  if (currentIndex < 0) {
    return { progress: null, reason: `step "${stored.current}" is no longer in lesson "${lesson.id}"` };
  }
  const progress: LessonProgress = {
    ...stored,
    lessonUpdatedAt: lesson.updatedAt,
    reached: Math.max(currentIndex, Math.min(stored.reached, lesson.steps.length - 1)),
    answers: fitAnswers(steps, stored.answers),
    checked: fitChecked(steps, stored.checked),
    media: Object.fromEntries(Object.entries(stored.media).filter(([id]) => steps.get(id)?.kind === 'video')),
    tried: stored.tried.filter((id) => steps.get(id)?.kind === 'try-it'),
  };
  return { progress };
}

function fitAnswers(steps: Map<string, LessonStep>, answers: Record<string, QuizAnswer>): Record<string, QuizAnswer> {
  const fitted: Record<string, QuizAnswer> = {};
  for (const [id, stored] of Object.entries(answers)) {
    const step = steps.get(id);
    if (step?.kind !== 'quiz') continue;
    if (stored.choices.length === 0) {
      fitted[id] = stored; // waiting for a retry: nothing to check against the choices
      continue;
    }
    const choices = normaliseChoices(step, stored.choices);
    // The choices changed under the answer: it no longer says anything, so the question is asked again.
    if (choices.length !== stored.choices.length || !isValidAnswer(step, choices)) continue;
    // The right answer may have been corrected by the owner: judge the answer by today's quiz.
    fitted[id] = { ...stored, choices, correct: isCorrect(step, choices) };
  }
  return fitted;
}

function fitChecked(steps: Map<string, LessonStep>, checked: Record<string, number[]>): Record<string, number[]> {
  const fitted: Record<string, number[]> = {};
  for (const [id, items] of Object.entries(checked)) {
    const step = steps.get(id);
    if (step?.kind !== 'checklist') continue;
    fitted[id] = [...new Set(items)].filter((i) => Number.isInteger(i) && i >= 0 && i < step.items.length).sort((a, b) => a - b);
  }
  return fitted;
}
