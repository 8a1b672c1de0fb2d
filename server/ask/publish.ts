/**
 * Publish an answer as an article: validated as any imported article is, stored in `articles`
 * with the source `ask:published` (a content import replaces only its own folder's rows, so it
 * never deletes a published answer; a file with the same id replaces it), the catalog version
 * moved in the same transaction (every client's ETag changes), and the question pointing at it.
 * The caller reloads the catalog snapshot after the commit, so search and suggestions find it at once.
 */
import '../validation.js';
import { Article, formatIssues, type ArticleDraft, type Question } from '../../src/protocol/index.js';
import type { AuthUser } from '../auth/token.js';
import { articleToRow } from '../catalog/rows.js';
import { refreshCatalogVersion } from '../catalog/version.js';
import { articleHash } from '../content/hash.js';
import { extractHeadings } from '../content/headings.js';
import type { DbReader } from '../db/database.js';
import { ApiProblem } from '../http/errors.js';
import type { ActionEnv } from './actions.js';
import { appendEvent } from './event-log.js';
import { findQuestion, type StoredQuestion } from './store.js';

export const PUBLISHED_SOURCE = 'ask:published';

export function publishedFile(questionId: string): string {
  return `questions/${questionId}`;
}

export function draftToArticle(draft: ArticleDraft, author: AuthUser, now: Date): Article {
  const parsed = Article.safeParse({
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    tags: draft.tags,
    contexts: draft.contexts,
    locale: draft.locale,
    owner: author.name,
    updatedAt: now.toISOString(),
    headings: extractHeadings(draft.body),
    body: draft.body,
  });
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    throw new ApiProblem(422, 'validation_failed', `the draft is not a valid article: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data;
}

export async function publishAnswer(trx: DbReader, env: ActionEnv, stored: StoredQuestion, article: Article, html: string): Promise<Question> {
  const file = publishedFile(stored.row.id);
  const existing = await trx.selectFrom('articles').select(['source', 'source_file']).where('id', '=', article.id).executeTakeFirst();
  if (existing && !(existing.source === PUBLISHED_SOURCE && existing.source_file === file)) {
    throw new ApiProblem(409, 'conflict', `an article "${article.id}" already exists; give the draft another id`, [{ path: 'id', message: 'already used by another article' }]);
  }
  // Publishing under a new id replaces the question's earlier article rather than leaving two.
  if (stored.row.article_id && stored.row.article_id !== article.id) {
    await trx.deleteFrom('articles').where('id', '=', stored.row.article_id).where('source', '=', PUBLISHED_SOURCE).where('source_file', '=', file).execute();
  }
  const row = articleToRow(article, { source: PUBLISHED_SOURCE, file, hash: articleHash(article), html, now: env.now });
  if (existing) {
    const { id, ...changes } = row;
    await trx.updateTable('articles').set(changes).where('id', '=', id).execute();
  } else {
    await trx.insertInto('articles').values(row).execute();
  }
  await refreshCatalogVersion(trx, env.now);
  await trx.updateTable('questions').set({ article_id: article.id, updated_at: env.now.toISOString() }).where('id', '=', stored.row.id).execute();
  const question = (await findQuestion(trx, stored.row.id))?.question;
  if (!question) throw new Error(`question ${stored.row.id} vanished inside its own transaction`);
  await appendEvent(trx, question, 'status', 'all', env.now);
  return question;
}
