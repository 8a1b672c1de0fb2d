/**
 * What a question carries from where it was asked (`learn.questions.context()`), and the topic the
 * context suggests (`topicFor`). In the engine chunk: the runtime answers both from here once the
 * engine has loaded (see AskApi.context).
 */
import { SELECTION_MAX, type AskContext, type AskTopic, type WorkContext } from '../../src/protocol/index.js';
import type { Session } from '../session.js';

/** At most this many article and lesson ids are attached (AskContext's limit). */
const SHARE_MAX = 20;

/** A page URL without query, fragment or user info (they may carry secrets); http(s) only. */
export function bareUrl(url: string): string | undefined {
  try {
    const u = new URL(url, location.href);
    return /^https?:$/.test(u.protocol) ? (u.origin + u.pathname).slice(0, 2000) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether content with these screens and tags is about `topic` (everything is, when the topic names neither). */
function about(topic: AskTopic | undefined, item: { contexts: string[]; tags: string[] } | undefined): boolean {
  if (!topic || (topic.screens.length === 0 && topic.tags.length === 0)) return true;
  return !!item && (item.contexts.some((s) => topic.screens.includes(s)) || item.tags.some((t) => topic.tags.includes(t)));
}

/** A topic whose `screens` hold the screen (or a screen above it: `crm` covers `crm/quote`), else one sharing a tag. */
export function topicFor(context: WorkContext, topics: readonly AskTopic[]): string | undefined {
  const { screen, tags = [] } = context;
  const onScreen = screen && topics.find((t) => t.screens.some((s) => screen === s || screen.startsWith(`${s}/`)));
  return (onScreen || topics.find((t) => t.tags.some((tag) => tags.includes(tag))))?.id;
}

/**
 * Screen, page URL, record type, app, the selected text; with `share`, the articles read recently and
 * the lessons completed — on the topic's screens or tags when the topic names any — at most 20 each.
 * Keys of unknown items are left out: every item is shown to the asker.
 */
export function askContext(session: Session, topics: readonly AskTopic[], lessons: readonly string[], options: { share?: boolean; topic?: string } = {}): AskContext {
  const { screen, url, record, app } = session.learning.deps.context();
  const context: AskContext = {};
  if (screen) context.screen = screen;
  const bare = bareUrl(url ?? location.href);
  if (bare) context.url = bare;
  if (record?.type) context.recordType = record.type;
  const selection = getSelection()?.toString().trim().slice(0, SELECTION_MAX);
  if (selection) context.selection = selection;
  if (app) context.app = app;
  if (options.share) {
    const topic = topics.find((t) => t.id === options.topic);
    const catalog = session.catalog.catalog;
    context.read = session.recent.ids().filter((id) => about(topic, session.catalog.meta(id))).slice(0, SHARE_MAX);
    context.lessons = lessons.filter((id) => about(topic, catalog?.lessons.find((l) => l.id === id))).slice(0, SHARE_MAX);
  }
  return context;
}
