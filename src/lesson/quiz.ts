/**
 * Quiz rules shared by the engine, the scheduler and the xAPI builder: which choices are right
 * and whether an answer is. A multiple-choice answer is right only when it picks every correct
 * choice and no wrong one — partial credit would let "tick everything" pass.
 */
import type { QuizStep } from '../protocol/lesson.js';

export function correctChoiceIds(step: QuizStep): string[] {
  return step.choices.filter((c) => c.correct).map((c) => c.id);
}

/**
 * The choices of an answer as the engine records them: known ids only, once each, in the
 * quiz's order (so "b,a" and "a,b" are the same answer).
 */
export function normaliseChoices(step: QuizStep, choices: readonly string[]): string[] {
  const picked = new Set(choices);
  return step.choices.filter((c) => picked.has(c.id)).map((c) => c.id);
}

export function isCorrect(step: QuizStep, choices: readonly string[]): boolean {
  const right = correctChoiceIds(step);
  const picked = new Set(choices);
  return picked.size === right.length && right.every((id) => picked.has(id));
}

/** Whether `choices` (normalised) is something the quiz can accept: one pick, or at least one when multiple. */
export function isValidAnswer(step: QuizStep, choices: readonly string[]): boolean {
  return step.multiple ? choices.length > 0 : choices.length === 1;
}
