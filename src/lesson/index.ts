/** The pure lesson core: engine (steps, answers, score), progress merging, review scheduling. */
export type { LessonAction } from './engine.js';
export { applyAction, canGoNext, currentStep, fitProgress, newProgress, scoreOf } from './engine.js';
export { compareProgress, mergeProgress } from './progress.js';
export { LEITNER_DAYS, answerCard, dueCards, enrolLesson, isPaused, mergeReview, pauseReview, resumeReview, reviewCardId } from './review.js';
export { correctChoiceIds, isCorrect } from './quiz.js';
