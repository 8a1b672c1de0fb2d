/** English strings of `<learn-feedback>`: the reference every other language implements (`FeedbackStrings`). */
import type { FeedbackKind, NotHelpfulReason } from '../../../src/protocol/index.js';

export interface FeedbackStrings {
  /** The question each kind asks when the host gives no `heading`. */
  questions: Record<FeedbackKind, string>;
  helpful: string;
  notHelpful: string;
  reasonLegend: string;
  reasons: Record<NotHelpfulReason, string>;
  /** A star's name, e.g. "3 of 5 stars". */
  stars(n: number, max: number): string;
  npsLow: string;
  npsHigh: string;
  commentOptional: string;
  /** The live character count, e.g. "120 / 1,000". */
  count(used: string, max: string): string;
  tooLong(over: string, max: string): string;
  empty: string;
  chooseRating: string;
  send: string;
  sending: string;
  thanksTitle: string;
  thanksBody: string;
  thanksQueued: string;
  /** Shown instead of the form when this person already gave feedback on the subject (on this device). */
  thanksEarlier: string;
  errorBody: string;
  retry: string;
  signedOutTitle: string;
  signedOutBody: string;
  notConnected: string;
  notSetUp: string;
  loading: string;
  close: string;
  /** Said when a prompt card appears without taking focus. */
  cardOpened(question: string): string;
}

export const en: FeedbackStrings = {
  questions: {
    thumbs: 'Was this helpful?',
    stars: 'How would you rate this?',
    nps: 'How likely are you to recommend this to a colleague?',
    text: 'What would you like to tell us?',
    survey: 'A few quick questions',
  },
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  reasonLegend: 'What was wrong with it?',
  reasons: { outdated: 'It is outdated', unclear: 'It is unclear', 'not-answered': "It didn't answer my question" },
  stars: (n, max) => `${n} of ${max} stars`,
  npsLow: 'Not likely',
  npsHigh: 'Very likely',
  commentOptional: 'Anything to add? (optional)',
  count: (used, max) => `${used} / ${max}`,
  tooLong: (over, max) => `Too long: at most ${max} characters can be sent. Shorten it by ${over}.`,
  empty: 'Write something first.',
  chooseRating: 'Choose an answer first.',
  send: 'Send',
  sending: 'Sending…',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your feedback helps us improve this help.',
  thanksQueued: 'You are offline: it is saved and will be sent when you are back.',
  thanksEarlier: 'You gave feedback on this earlier. Thank you.',
  errorBody: 'Your feedback could not be saved. Nothing you wrote is lost — try again.',
  retry: 'Try again',
  signedOutTitle: 'Sign in to give feedback',
  signedOutBody: 'Feedback is tied to your account, so it needs you signed in.',
  notConnected: 'Feedback is not connected to Learnflow on this page.',
  notSetUp: 'This feedback form is not set up correctly.',
  loading: 'Loading…',
  close: 'Close',
  cardOpened: (question) => `Feedback: ${question}`,
};
