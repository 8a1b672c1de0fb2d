/**
 * The home view: suggestions for the current screen and recently viewed articles, or the state
 * that stands in for them (no runtime, loading, error with retry, nothing published).
 */
import { html, type TemplateResult } from 'lit';
import type { Learn } from '../../../../sdk/types.js';
import type { ArticleMeta } from '../../../../src/protocol/index.js';
import type { Learning } from '../controllers/learning.js';
import type { Strings } from '../i18n/en.js';
import { renderArticleList } from './article-list.js';
import { askAction, renderEmptyCatalog, renderError, renderSkeleton } from './states.js';

type Entries = Pick<typeof import('../launcher-badge.js'), 'renderLearningEntries'>;

export type HomeState = 'unconnected' | 'loading' | 'error' | 'empty' | 'ready';

export const SUGGESTION_LIMIT = 5;
const RECENT_LIMIT = 5;
const LESSON_LIMIT = 3;

/** `starting`: the drawer is starting a runtime of its own, so "none yet" means loading. */
export function homeState(learn: Learn | undefined, starting: boolean): HomeState {
  if (!learn) return starting ? 'loading' : 'unconnected';
  const { status, catalog } = learn.catalogState;
  if (!catalog) return status === 'error' ? 'error' : 'loading';
  return catalog.articles.length === 0 && catalog.lessons.length === 0 ? 'empty' : 'ready';
}

/** What the live region says when the home view enters a state (nothing for `ready`). */
export function homeStateMessage(state: HomeState, strings: Strings): string {
  return { unconnected: strings.notConnected, loading: strings.loading, error: strings.errorTitle, empty: strings.emptyTitle, ready: '' }[state];
}

function recentArticles(learn: Learn): ArticleMeta[] {
  const byId = new Map((learn.catalogState.catalog?.articles ?? []).map((a) => [a.id, a]));
  return learn
    .recent()
    .map((id) => byId.get(id))
    .filter((a): a is ArticleMeta => a !== undefined)
    .slice(0, RECENT_LIMIT);
}

export interface HomeViewOptions {
  learn: Learn | undefined;
  state: HomeState;
  strings: Strings;
  onOpen: (id: string) => void;
  onOpenLesson: (id: string) => void;
  /** Hover or focus on a lesson entry: load the player and the lesson ahead of the click. */
  onPreloadLesson: (id: string) => void;
  /** Opens the review or "My questions" (from their entries). */
  onOpenLearning: (learning: Learning) => void;
  /** The review and "My questions" entries, once their chunk is here (launcher-badge.ts); the panel loads it when either has something to show. */
  entries: Entries | undefined;
  /** The language of the panel's text, for the entries' words. */
  lang: string;
  /** Null once a `learn-ask` went unhandled (see LearnAskEvent). */
  onAsk: (() => void) | null;
}

export function renderHomeView({ learn, state, strings, onOpen, onOpenLesson, onPreloadLesson, onOpenLearning, entries, lang, onAsk }: HomeViewOptions): TemplateResult {
  switch (state) {
    case 'unconnected':
      return renderError(strings.notConnected, '', null, () => undefined);
    case 'loading':
      return renderSkeleton(strings.loading);
    case 'error':
      return renderError(strings.errorTitle, strings.errorBody, strings.retry, () => void learn?.refresh().catch(() => undefined));
    case 'empty':
      return renderEmptyCatalog(strings, onAsk);
  }
  return html`${entries?.renderLearningEntries(learn!, lang, onOpenLearning)}
  ${renderArticleList(
    learn!.suggestions(SUGGESTION_LIMIT).map((a) => ({ id: a.id, title: a.title, description: a.summary })),
    { kind: 'suggestion', heading: strings.suggestedHeading, empty: strings.noSuggestions, onOpen },
  )}
  ${renderArticleList(
    learn!.lessons.forContext(LESSON_LIMIT).map((l) => ({ id: l.id, title: l.title, description: strings.lessonMeta(l.minutes) })),
    { kind: 'lesson', heading: strings.lessonsHeading, onOpen: onOpenLesson, onPreload: onPreloadLesson },
  )}
  ${renderArticleList(recentArticles(learn!), { kind: 'recent', heading: strings.recentHeading, onOpen })}
  ${onAsk && learn!.user?.token ? html`<p class="home-ask">${askAction(strings, onAsk)}</p>` : ''}`;
}
