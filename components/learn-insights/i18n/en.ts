/** English strings of `<learn-insights>`: the reference every other language implements (`InsightsStrings`). */
import type { InsightsReportName } from '../../../sdk/types.js';

export interface InsightsStrings {
  title: string;
  intro: string;
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
  filters: string;
  from: string;
  to: string;
  screen: string;
  allScreens: string;
  apply: string;
  rangeInvalid: string;
  /** "26 Oct 2026 – 25 Nov 2026, all screens" — what the page shows now. */
  showing(from: string, to: string, screen: string | undefined): string;
  showTable: string;
  showChart: string;
  download: string;
  downloaded(file: string): string;
  downloadFailed: string;
  sections: Record<InsightsReportName, string>;
  empty: Record<InsightsReportName, string>;
  // Searches
  searchTotals(total: string, noResult: string): string;
  noResults: string;
  topQueries: string;
  query: string;
  count: string;
  opened: string;
  lastSearched: string;
  searchesChart(list: string, top: string, count: string): string;
  // Articles
  article: string;
  helpful: string;
  notHelpful: string;
  helpfulShare: string;
  reasons: { outdated: string; unclear: string; 'not-answered': string };
  ratings(n: number, formatted: string): string;
  articlesChart(count: number, worst: string, share: string): string;
  // Questions
  topic: string;
  open: string;
  ages: { fresh: string; due: string; late: string; veryLate: string };
  oldest: string;
  target(duration: string): string;
  openTotal(n: number, formatted: string): string;
  questionsChart(open: string, late: string, target: string): string;
  // Lessons
  lesson: string;
  funnel: { started: string; completed: string; passed: string };
  lessonsChart(count: number, started: string, completed: string, passed: string): string;
  // Feedback
  day: string;
  feedbackCount: string;
  averageStars: string;
  nps: string;
  feedbackTotals(count: string, days: string): string;
  feedbackChart(days: number, first: string, last: string, low: string, high: string): string;
  noValue: string;
}

export const en: InsightsStrings = {
  title: 'Help insights',
  intro: 'What people search for and do not find, which articles help, the questions waiting for an expert, how lessons go, and feedback over time.',
  loading: 'Loading the report…',
  notConnected: 'Insights are not connected on this page.',
  signedOutTitle: 'Sign in to see insights',
  signedOutBody: 'Insights are for content owners, so they need you to be signed in.',
  forbiddenTitle: 'You need the content owner role',
  forbiddenBody: 'These reports are for the people who write help content and lessons. If that is you, ask whoever runs Learnflow to give your account the content owner role.',
  errorTitle: 'This report could not be loaded',
  errorBody: 'The help service did not answer as expected. Try again in a moment.',
  offlineBody: 'The help service could not be reached. Check the connection and try again.',
  retry: 'Try again',
  filters: 'Filter the reports',
  from: 'From',
  to: 'To',
  screen: 'Screen',
  allScreens: 'All screens',
  apply: 'Apply',
  rangeInvalid: 'Choose a “from” date on or before the “to” date.',
  showing: (from, to, screen) => `${from} – ${to}, ${screen ? `screen ${screen}` : 'all screens'}`,
  showTable: 'Show table',
  showChart: 'Show chart',
  download: 'Download CSV',
  downloaded: (file) => `Downloaded ${file}`,
  downloadFailed: 'The CSV could not be downloaded. Try again in a moment.',
  sections: {
    searches: 'Searches',
    articles: 'Articles by helpfulness',
    questions: 'Open questions',
    lessons: 'Lesson funnel',
    feedback: 'Feedback over time',
  },
  empty: {
    searches: 'No searches in this range.',
    articles: 'No article was rated in this range.',
    questions: 'No open questions. Every question in this range has an answer.',
    lessons: 'No lesson was started in this range.',
    feedback: 'No feedback in this range.',
  },
  searchTotals: (total, noResult) => `${total} searches, ${noResult} with no results`,
  noResults: 'Searches with no results',
  topQueries: 'Most frequent searches',
  query: 'Search',
  count: 'Times',
  opened: 'Opened an article',
  lastSearched: 'Last searched',
  searchesChart: (l, top, count) => `${l}: ${top} is the most frequent, ${count} times.`,
  article: 'Article',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  helpfulShare: 'Helpful share',
  reasons: { outdated: 'outdated', unclear: 'unclear', 'not-answered': 'did not answer' },
  ratings: (n, f) => (n === 1 ? `${f} rating` : `${f} ratings`),
  articlesChart: (count, worst, share) => `${count} articles rated, least helpful first: ${worst} at ${share} helpful.`,
  topic: 'Topic',
  open: 'Open',
  ages: { fresh: 'Within half the target', due: 'Nearing the target', late: 'Past the target', veryLate: 'Past twice the target' },
  oldest: 'Oldest',
  target: (d) => `Target answer time: ${d}`,
  openTotal: (n, f) => (n === 1 ? `${f} open question` : `${f} open questions`),
  questionsChart: (open, late, target) => `${open} open questions, ${late} older than the target of ${target}, by topic.`,
  lesson: 'Lesson',
  funnel: { started: 'Started', completed: 'Completed', passed: 'Passed' },
  lessonsChart: (count, started, completed, passed) => `${count} lessons: ${started} started, ${completed} completed, ${passed} passed.`,
  day: 'Day',
  feedbackCount: 'Feedback given',
  averageStars: 'Average stars',
  nps: 'NPS',
  feedbackTotals: (count, days) => `${count} pieces of feedback on ${days} days`,
  feedbackChart: (days, first, last, low, high) => `Helpful share per day from ${first} to ${last} (${days} days with feedback), between ${low} and ${high}.`,
  noValue: '–',
};
