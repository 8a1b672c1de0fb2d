/**
 * Contextual suggestions: what helps on the screen the employee is on. Pure ranking over catalog
 * metadata, shared by the SDK (offline, from the cached catalog) and the server's endpoint.
 */
import type { WorkContext } from '../protocol/index.js';
import { sameLanguage } from './locale.js';
import { normalizeText } from './normalize.js';

export interface Suggestable {
  id: string;
  tags: string[];
  contexts: string[];
  locale: string;
  updatedAt: string;
}

const DEFAULT_LIMIT = 5;

/**
 * How closely `contexts` cover `screen`: 3 exact; 2 − a little per level for an ancestor
 * (`crm` for `crm/opportunity`; the nearer ancestor wins); 0 unrelated.
 */
function screenRelation(contexts: string[], screen: string | undefined): number {
  if (!screen) return 0;
  let best = 0;
  for (const context of contexts) {
    if (context === screen) return 3;
    if (screen.startsWith(`${context}/`)) {
      const levelsUp = screen.slice(context.length).split('/').length - 1;
      best = Math.max(best, 2 - Math.min(levelsUp, 100) / 101);
    }
  }
  return best;
}

interface Ranked<T> {
  item: T;
  /** Compared in order, larger first. */
  key: [screen: number, tags: number, record: number, locale: number, updated: number];
}

function compare<T extends Suggestable>(a: Ranked<T>, b: Ranked<T>): number {
  for (let i = 0; i < a.key.length; i++) {
    const diff = (b.key[i] ?? 0) - (a.key[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
}

/** Rank items for a work context: exact screen match strongest, then parent screen ('crm/opportunity' ⊂ 'crm'), then shared tags, then record type as a tag; locale preference; ties by updatedAt desc; items with no relation are excluded. */
export function suggestForContext<T extends { id: string; tags: string[]; contexts: string[]; locale: string; updatedAt: string }>(
  items: T[],
  context: WorkContext,
  options: { limit?: number; locale?: string } = {},
): T[] {
  const wantedTags = new Set((context.tags ?? []).map(normalizeText));
  const recordType = context.record?.type ? normalizeText(context.record.type) : undefined;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const tags = item.tags.map(normalizeText);
    const screen = screenRelation(item.contexts, context.screen);
    const shared = new Set(tags.filter((tag) => wantedTags.has(tag))).size;
    const record = recordType !== undefined && tags.includes(recordType) ? 1 : 0;
    if (screen === 0 && shared === 0 && record === 0) continue;
    const locale = options.locale && sameLanguage(item.locale, options.locale) ? 1 : 0;
    const updated = Date.parse(item.updatedAt);
    ranked.push({ item, key: [screen, shared, record, locale, Number.isNaN(updated) ? 0 : updated] });
  }
  return ranked.sort(compare).slice(0, limit).map((r) => r.item);
}
