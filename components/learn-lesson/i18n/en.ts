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
  /** The drawer's daily review (`<learn-drawer-review>`); its quiz words are the ones above. */
  review: ReviewStrings;
}

export interface ReviewStrings {
  heading: string;
  progress(index: number, total: number): string;
  fromLesson(title: string): string;
  next: string;
  finish: string;
  done(right: number, total: number): string;
  doneHint: string;
  emptyTitle: string;
  emptyBody: string;
  pausedTitle: string;
  pausedBody: string;
  pause: string;
  pauseHint: string;
  resume: string;
  loading: string;
  loadError: string;
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
  review: {
    heading: 'Review',
    progress: (index, total) => `Question ${index} of ${total}`,
    fromLesson: (title) => `From the lesson “${title}”`,
    next: 'Next question',
    finish: 'Finish review',
    done: (right, total) => `Done for today: ${right} of ${total} right.`,
    doneHint: 'Questions you got right come back later and later until they stick; missed ones come back tomorrow.',
    emptyTitle: 'Nothing to review right now',
    emptyBody: 'Questions from lessons you finish come back here on a growing schedule: the next day, then after 2, 4, 8 and 16 days.',
    pausedTitle: 'Review is paused',
    pausedBody: 'Nothing comes due while it is paused. When you resume, every question moves on by the time you were away, so no backlog piles up.',
    pause: 'Pause review',
    pauseHint: 'Away for a while? Pause so questions don’t pile up.',
    resume: 'Resume review',
    loading: 'Loading questions…',
    loadError: 'The questions could not be loaded.',
  },
};
