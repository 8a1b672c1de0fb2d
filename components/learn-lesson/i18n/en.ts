/** English strings of `<learn-lesson>`: the reference every other language implements (`LessonStrings`). */
import type { StepKind } from '../../../src/protocol/index.js';

export interface LessonStrings {
  /** What this is, above its title. */
  lesson: string;
  loading: string;
  notConnected: string;
  unavailableTitle: string;
  unavailableHint: string;
  errorTitle: string;
  offlineBody: string;
  invalidBody: string;
  errorBody: string;
  retry: string;
  minutes(count: number): string;
  steps(count: number): string;
  start: string;
  resume(step: number, total: number): string;
  stepOf(step: number, total: number): string;
  back: string;
  next: string;
  finish: string;
  answerFirst: string;
  /** A step's heading when its author gave it no title. */
  stepHeading: Record<StepKind, string>;
  transcript: string;
  captions: string;
  chooseOne: string;
  chooseAll: string;
  checkAnswer: string;
  chooseFirst: string;
  correct: string;
  incorrect: string;
  yourAnswer: string;
  rightAnswer: string;
  tryAgain: string;
  takeMeThere: string;
  waiting: string;
  arrived: string;
  cannotNavigate: string;
  markDone: string;
  done: string;
  completeTitle: string;
  score(right: number, total: number, percent: string): string;
  passed: string;
  failed(passMark: string): string;
  finished: string;
  retryLesson: string;
  whatNext: string;
  lessonLink(title: string): string;
  saveFailed: string;
}

export const en: LessonStrings = {
  lesson: 'Lesson',
  loading: 'Loading lesson…',
  notConnected: 'Lessons are not connected on this page.',
  unavailableTitle: 'This lesson isn’t available',
  unavailableHint: 'It may have been renamed or retired. The page’s editor can update the link; until then, help search may cover the topic.',
  errorTitle: 'This lesson could not be loaded',
  offlineBody: 'The lesson is not saved on this device and the help service could not be reached. Check your connection and try again.',
  invalidBody: 'The lesson arrived in a shape we cannot show. Try again later; if it keeps happening, tell the page’s editor.',
  errorBody: 'The help service did not answer as expected. Try again in a moment.',
  retry: 'Try again',
  minutes: (count) => `${count} min`,
  steps: (count) => (count === 1 ? '1 step' : `${count} steps`),
  start: 'Start',
  resume: (step, total) => `Resume — step ${step} of ${total}`,
  stepOf: (step, total) => `Step ${step} of ${total}`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  answerFirst: 'Check an answer to the question first.',
  stepHeading: { text: 'Read', image: 'Look', video: 'Watch', checklist: 'Do it in the app', quiz: 'Question', 'try-it': 'Try it' },
  transcript: 'Transcript',
  captions: 'Captions',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every answer that applies.',
  checkAnswer: 'Check answer',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer',
  tryAgain: 'Try again',
  takeMeThere: 'Take me there',
  waiting: 'Opening that screen… The lesson continues when you are there.',
  arrived: 'You are on that screen. On to the next step.',
  cannotNavigate: 'This page can’t take you there. Open that screen yourself, then mark this step done.',
  markDone: 'Mark as done',
  done: 'Done',
  completeTitle: 'Lesson complete',
  score: (right, total, percent) => `You answered ${right} of ${total} ${total === 1 ? 'question' : 'questions'} right (${percent}).`,
  passed: 'You passed. Well done!',
  failed: (passMark) => `You need ${passMark} to pass. Read the explanations again and retry the lesson.`,
  finished: 'You finished the lesson.',
  retryLesson: 'Retry lesson',
  whatNext: 'What next',
  lessonLink: (title) => `Lesson: ${title}`,
  saveFailed: 'Your progress could not be saved on this device.',
};
