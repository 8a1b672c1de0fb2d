/** Articles ranked by helpfulness (thumbs on `article:` subjects), least helpful first, with the reasons. */
import { sql } from 'kysely';
import type { ArticleHelpfulness, ArticleInsights } from '../../src/protocol/insights.js';
import type { DbReader } from '../db/database.js';
import type { Cell } from './csv.js';
import type { InsightsFilter } from './range.js';

export async function articleInsights(db: DbReader, f: InsightsFilter): Promise<ArticleInsights> {
  let q = db
    .selectFrom('feedback')
    .select([
      'subject',
      sql<number>`sum(value = 1)`.as('helpful'),
      sql<number>`sum(value = 0)`.as('notHelpful'),
      sql<number>`sum(reason = 'outdated')`.as('outdated'),
      sql<number>`sum(reason = 'unclear')`.as('unclear'),
      sql<number>`sum(reason = 'not-answered')`.as('notAnswered'),
    ])
    .where('given_at', '>=', f.start)
    .where('given_at', '<', f.end)
    .where('kind', '=', 'thumbs')
    // A range on the text, not LIKE, so the index can be used whatever the collation.
    .where('subject', '>=', 'article:')
    .where('subject', '<', 'article;');
  if (f.screen) q = q.where('screen', '=', f.screen);
  const rows = await q.groupBy('subject').execute();
  const ids = rows.map((r) => r.subject.slice('article:'.length));
  const titles = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const found = await db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const a of found) titles.set(a.id, a.title);
  }
  const items: ArticleHelpfulness[] = rows.map((r) => {
    const article = r.subject.slice('article:'.length);
    const helpful = Number(r.helpful);
    const notHelpful = Number(r.notHelpful);
    const item: ArticleHelpfulness = {
      article,
      helpful,
      notHelpful,
      helpfulShare: helpful + notHelpful > 0 ? helpful / (helpful + notHelpful) : null,
      reasons: { outdated: Number(r.outdated), unclear: Number(r.unclear), 'not-answered': Number(r.notAnswered) },
    };
    const title = titles.get(article);
    if (title !== undefined) item.title = title;
    return item;
  });
  // Least helpful first, the most answered first among equals: what an owner should fix first.
  items.sort((a, b) => (a.helpfulShare ?? 1) - (b.helpfulShare ?? 1) || b.helpful + b.notHelpful - (a.helpful + a.notHelpful) || a.article.localeCompare(b.article));
  return { range: f.range, items };
}

export function articleCsv(body: ArticleInsights): { header: string[]; rows: Cell[][] } {
  return {
    header: ['article', 'title', 'helpful', 'not_helpful', 'helpful_share', 'outdated', 'unclear', 'not_answered'],
    rows: body.items.map((i) => [i.article, i.title, i.helpful, i.notHelpful, i.helpfulShare, i.reasons.outdated, i.reasons.unclear, i.reasons['not-answered']]),
  };
}
