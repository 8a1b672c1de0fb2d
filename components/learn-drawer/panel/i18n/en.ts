/** English strings: the reference every other language implements (the `Strings` type). */
export interface Strings {
  /** Closes the drawer; the accessible name of the close button. */
  close: string;
  searchLabel: string;
  searchPlaceholder: string;
  suggestedHeading: string;
  noSuggestions: string;
  recentHeading: string;
  resultsLabel: string;
  resultCount(count: number): string;
  searching: string;
  noResultsTitle(query: string): string;
  noResultsHint: string;
  ask: string;
  /** Shown instead of the ask button when no one on the page handled `learn-ask`. */
  askUnavailable: string;
  back: string;
  openFullPage: string;
  opensInNewTab: string;
  updated(date: string): string;
  owner(owner: string): string;
  loading: string;
  loadingArticle: string;
  offline: string;
  stale: string;
  backOnline: string;
  errorTitle: string;
  errorBody: string;
  searchError: string;
  retry: string;
  emptyTitle: string;
  emptyBody: string;
  articleNotFound: string;
  articleOffline: string;
  articleError: string;
  suggestionsUpdated: string;
  shortcutHint(keys: string): string;
  notConnected: string;
  lessonsHeading: string;
  /** Before a lesson's title in search results, for screen readers. */
  lessonKind: string;
  /** A lesson's length and size, e.g. "2 min · 6 steps". */
  lessonMeta(minutes: number): string;
}

export const en: Strings = {
  close: 'Close help',
  searchLabel: 'Search help',
  searchPlaceholder: 'Search help articles',
  suggestedHeading: 'Suggested for this screen',
  noSuggestions: 'Nothing here is specific to this screen yet. Search above to find help on anything.',
  recentHeading: 'Recently viewed',
  resultsLabel: 'Search results',
  resultCount: (count) => (count === 1 ? '1 article found' : `${count} articles found`),
  searching: 'Searching…',
  noResultsTitle: (query) => `No help matches “${query}”`,
  noResultsHint: 'Try other words, or ask a colleague who knows this area.',
  ask: 'Ask an expert',
  askUnavailable: 'Asking an expert is not set up on this page yet.',
  back: 'Back',
  openFullPage: 'Open in full page',
  opensInNewTab: '(opens in a new tab)',
  updated: (date) => `Updated ${date}`,
  owner: (owner) => `Maintained by ${owner}`,
  loading: 'Loading help…',
  loadingArticle: 'Loading article…',
  offline: 'You are offline. Showing the help saved on this device.',
  stale: 'Help could not be updated just now. Showing the copy saved on this device.',
  backOnline: 'Back online.',
  errorTitle: 'Help could not be loaded',
  errorBody: 'The help service did not answer. Check your connection and try again.',
  searchError: 'Search is not available right now.',
  retry: 'Try again',
  emptyTitle: 'No help articles yet',
  emptyBody: 'Nothing has been published here yet. You can still ask an expert.',
  articleNotFound: 'This article is no longer available.',
  articleOffline: 'This article is not saved on this device. It will open when you are back online.',
  articleError: 'This article could not be loaded.',
  suggestionsUpdated: 'Suggestions updated for this screen.',
  shortcutHint: (keys) => `Tip: press ${keys} to open help from anywhere.`,
  notConnected: 'Help is not connected on this page.',
  lessonsHeading: 'Lessons for this screen',
  lessonMeta: (minutes) => `${minutes} min lesson`,
  lessonKind: 'Lesson',
};
