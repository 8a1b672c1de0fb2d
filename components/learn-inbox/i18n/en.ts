/** English strings of `<learn-inbox>`: the reference every other language implements (`InboxStrings`). */
import type { InboxFilter } from '../../../sdk/types.js';
import type { AskContext, QuestionStatus } from '../../../src/protocol/index.js';

export type InboxStatus = NonNullable<InboxFilter['status']>;

export interface InboxStrings {
  title: string;
  loading: string;
  notConnected: string;
  signedOutTitle: string;
  signedOutBody: string;
  forbiddenTitle: string;
  forbiddenBody: string;
  errorTitle: string;
  errorBody: string;
  offlineBody: string;
  retry: string;
  offline: string;
  filters: string;
  topic: string;
  allTopics: string;
  status: string;
  statuses: Record<InboxStatus, string>;
  age: string;
  anyAge: string;
  olderThan(duration: string): string;
  empty: string;
  count(count: number): string;
  questionStatus: Record<QuestionStatus, string>;
  from(name: string): string;
  claimedBy(name: string): string;
  back: string;
  contextHeading: string;
  contextLabels: Record<keyof AskContext, string>;
  noContext: string;
  thread: string;
  internalNote: string;
  claim: string;
  claimed: string;
  conflict(name: string): string;
  conflictSomeone: string;
  close: string;
  closedNote: string;
  reply: string;
  write: string;
  preview: string;
  previewEmpty: string;
  internalToggle: string;
  sendReply: string;
  sendNote: string;
  replyEmpty: string;
  replySent: string;
  noteSaved: string;
  actionFailed: string;
  publish: string;
  publishHeading: string;
  draftTitle: string;
  draftSummary: string;
  draftBody: string;
  draftScreens: string;
  draftTags: string;
  listHint: string;
  publishButton: string;
  cancel: string;
  publishing: string;
  published(id: string): string;
  publishedAs: string;
  draftInvalid: string;
  loadingDraft: string;
  updated: string;
}

export const en: InboxStrings = {
  title: 'Expert inbox',
  loading: 'Loading questions…',
  notConnected: 'The expert inbox is not connected on this page.',
  signedOutTitle: 'Sign in to see your inbox',
  signedOutBody: 'Questions are routed to experts by name, so the inbox needs you to be signed in.',
  forbiddenTitle: 'This inbox is for experts',
  forbiddenBody: 'Your account is not an expert for any topic. If you should answer questions, ask the person who looks after the help content.',
  errorTitle: 'The inbox could not be loaded',
  errorBody: 'The help service did not answer as expected. Try again in a moment.',
  offlineBody: 'The help service could not be reached. Check your connection and try again.',
  retry: 'Try again',
  offline: 'You are offline. Replies are saved and sent when you are back online.',
  filters: 'Filter questions',
  topic: 'Topic',
  allTopics: 'All topics',
  status: 'Status',
  statuses: { waiting: 'Waiting', mine: 'Claimed by me', answered: 'Answered', done: 'Done', all: 'All' },
  age: 'Age',
  anyAge: 'Any age',
  olderThan: (duration) => `Older than ${duration}`,
  empty: 'No questions here. Nice work!',
  count: (count) => (count === 1 ? '1 question' : `${count} questions`),
  questionStatus: { open: 'Waiting', claimed: 'Claimed', answered: 'Answered', solved: 'Solved', closed: 'Closed' },
  from: (name) => `From ${name}`,
  claimedBy: (name) => `Claimed by ${name}`,
  back: 'Back to the queue',
  contextHeading: 'Where they asked from',
  contextLabels: { screen: 'Screen', url: 'Page', recordType: 'Record type', selection: 'Selected text', app: 'App', read: 'Articles already read', lessons: 'Lessons done' },
  noContext: 'Nothing was attached.',
  thread: 'Thread',
  internalNote: 'Internal note — the asker does not see this',
  claim: 'Claim',
  claimed: 'You claimed this question.',
  conflict: (name) => `${name} already took this one.`,
  conflictSomeone: 'Another expert already took this one.',
  close: 'Close question',
  closedNote: 'Closed: no more replies.',
  reply: 'Reply',
  write: 'Write',
  preview: 'Preview',
  previewEmpty: 'Nothing to preview yet.',
  internalToggle: 'Internal note (only experts see it)',
  sendReply: 'Send reply',
  sendNote: 'Save note',
  replyEmpty: 'Write a reply before sending.',
  replySent: 'Reply sent.',
  noteSaved: 'Note saved.',
  actionFailed: 'That did not work. Try again.',
  publish: 'Publish as article',
  publishHeading: 'Publish the answer as an article',
  draftTitle: 'Title',
  draftSummary: 'Summary',
  draftBody: 'Article (markdown)',
  draftScreens: 'Suggested on screens',
  draftTags: 'Tags',
  listHint: 'Separate with commas.',
  publishButton: 'Publish',
  cancel: 'Cancel',
  publishing: 'Publishing…',
  published: (id) => `Published. Everyone can now find it in help (article “${id}”).`,
  publishedAs: 'Published as an article',
  draftInvalid: 'Give the article a title and a body.',
  loadingDraft: 'Preparing the draft…',
  updated: 'Questions updated.',
};
