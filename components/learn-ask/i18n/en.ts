/** English strings of `<learn-ask>`: the reference every other language implements (`AskStrings`). */
import type { AskContext, QuestionStatus } from '../../../src/protocol/index.js';

/** The context items shown to the asker, each removable. */
export type ContextKey = keyof AskContext;

export interface AskStrings {
  title: string;
  loading: string;
  notConnected: string;
  signedOutTitle: string;
  signedOutBody: string;
  notSetUpTitle: string;
  notSetUpBody: string;
  errorTitle: string;
  errorBody: string;
  offlineBody: string;
  retry: string;
  offline: string;
  topic: string;
  whoAnswers: string;
  /** "Usually answers in about 2 hours" (the duration is already in words). */
  usuallyAnswers(duration: string): string;
  noAnswerTime: string;
  noExpert: string;
  hours(hours: string): string;
  question: string;
  questionHint: string;
  /** The live character count, e.g. "120 / 2,000". */
  count(used: string, max: string): string;
  tooLong(over: string, max: string): string;
  empty: string;
  contextHeading: string;
  contextHint: string;
  contextNone: string;
  contextLabels: Record<ContextKey, string>;
  remove(label: string): string;
  removed(label: string): string;
  share: string;
  suggestionsHeading: string;
  suggestionsHint: string;
  articleKind: string;
  questionKind: string;
  opensInNewTab: string;
  send: string;
  sending: string;
  sent: string;
  queued: string;
  sendFailed: string;
  myQuestions: string;
  /** The "My questions" button with new answers waiting. */
  myQuestionsUnread(count: number): string;
  newQuestion: string;
  back: string;
  listEmpty: string;
  newAnswer: string;
  status: Record<QuestionStatus, string>;
  asked(age: string): string;
  answering(name: string): string;
  escalated: string;
  you: string;
  followUp: string;
  followUpSend: string;
  followUpSent: string;
  followUpEmpty: string;
  markSolved: string;
  solvedNote: string;
  closedNote: string;
  answerArrived: string;
  published: string;
  readArticle: string;
  threadError: string;
  threadNotFound: string;
  loadingThread: string;
  waitingNote: string;
}

export const en: AskStrings = {
  title: 'Ask an expert',
  loading: 'Loading…',
  notConnected: 'Asking an expert is not connected on this page.',
  signedOutTitle: 'Sign in to ask an expert',
  signedOutBody: 'Your question goes to a colleague by name, so asking needs you to be signed in. Sign in to this app, then come back here.',
  notSetUpTitle: 'Asking an expert is not set up here',
  notSetUpBody: 'Nobody answers questions through this page yet. The help articles may still have what you need.',
  errorTitle: 'Asking could not be loaded',
  errorBody: 'The help service did not answer as expected. Try again in a moment.',
  offlineBody: 'The help service could not be reached. Check your connection and try again.',
  retry: 'Try again',
  offline: 'You are offline. A question you send is saved and sent when you are back online.',
  topic: 'Topic',
  whoAnswers: 'Who answers',
  usuallyAnswers: (duration) => `Usually answers in about ${duration}`,
  noAnswerTime: 'No answer-time data yet',
  noExpert: 'No expert is listed for this topic yet; the topic’s owner will pick it up.',
  hours: (hours) => `Available ${hours}`,
  question: 'Your question',
  questionHint: 'Say what you are trying to do and what happened.',
  count: (used, max) => `${used} / ${max}`,
  tooLong: (over, max) => `Your question is ${over} characters over the limit of ${max}. Shorten it to send it.`,
  empty: 'Write your question before sending it.',
  contextHeading: 'Sent with your question',
  contextHint: 'So the expert sees where you are. Remove anything you would rather not share.',
  contextNone: 'Nothing is attached.',
  contextLabels: {
    screen: 'Screen',
    url: 'Page',
    recordType: 'Record type',
    selection: 'Selected text',
    app: 'App',
    read: 'Articles you read',
    lessons: 'Lessons you did',
  },
  remove: (label) => `Remove ${label}`,
  removed: (label) => `${label} removed.`,
  share: 'Share what I’ve already read and the lessons I did',
  suggestionsHeading: 'These may already answer it',
  suggestionsHint: 'Found while you typed.',
  articleKind: 'Article',
  questionKind: 'Your earlier question',
  opensInNewTab: '(opens in a new tab)',
  send: 'Send question',
  sending: 'Sending…',
  sent: 'Sent. The answer will appear here.',
  queued: 'Saved — it will be sent when you are back online.',
  sendFailed: 'Your question could not be saved. Try again.',
  myQuestions: 'My questions',
  myQuestionsUnread: (count) => (count === 1 ? 'My questions, 1 new answer' : `My questions, ${count} new answers`),
  newQuestion: 'Ask a new question',
  back: 'Back',
  listEmpty: 'You have not asked anything yet.',
  newAnswer: 'New answer',
  status: { open: 'Waiting for an expert', claimed: 'An expert is on it', answered: 'Answered', solved: 'Solved', closed: 'Closed' },
  asked: (age) => `Asked ${age}`,
  answering: (name) => `${name} is answering`,
  escalated: 'Also sent to the topic’s owner',
  you: 'You',
  followUp: 'Add a follow-up',
  followUpSend: 'Send follow-up',
  followUpSent: 'Follow-up sent.',
  followUpEmpty: 'Write something before sending.',
  markSolved: 'Mark as solved',
  solvedNote: 'You marked this as solved. Thank you!',
  closedNote: 'The expert closed this question.',
  answerArrived: 'Answer arrived.',
  published: 'This answer is now a help article everyone can find.',
  readArticle: 'Read the article',
  threadError: 'This question could not be loaded.',
  threadNotFound: 'This question is not available.',
  loadingThread: 'Loading your question…',
  waitingNote: 'No answer yet. You can leave this page: the answer will be waiting for you.',
};
