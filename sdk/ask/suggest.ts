/**
 * Suggestions while the employee types a question, so many questions answer themselves: articles
 * from the client-side search over the cached catalog (no request), then the employee's own
 * questions that an expert answered and that share words with the text (simple term overlap: the
 * list is short, and a question asked again is usually asked in the same words).
 */
import type { AskSuggestion } from '../types.js';
import type { LearningFront } from '../learning/front.js';
import type { MyQuestions } from './mine.js';

const terms = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function suggest(front: LearningFront, mine: MyQuestions, text: string, options: { topic?: string; limit?: number } = {}): Promise<AskSuggestion[]> {
  const limit = options.limit ?? 5;
  const query = typeof text === 'string' ? text.trim() : '';
  const wanted = terms(query);
  if (wanted.size === 0 || limit <= 0) return [];
  const { session } = front.deps;
  await session.catalog.cacheRead();
  const catalog = session.catalog.catalog;
  const articles: AskSuggestion[] = [];
  if (catalog) {
    const index = await session.search.indexFor(catalog);
    for (const hit of index.search(query.slice(0, 200), { limit, locale: front.deps.locale })) {
      if (hit.kind === 'article') articles.push({ kind: 'article', id: hit.id, title: hit.title, summary: hit.summary });
    }
  }
  const need = Math.min(2, wanted.size);
  const questions = mine
    .list()
    .map((q) => {
      const answer = q.messages.find((m) => m.role === 'expert' && !m.internal);
      let score = 0;
      for (const t of terms(q.text)) if (wanted.has(t)) score++;
      // Same topic first among equals.
      return { q, answer, score: score + (q.topic === options.topic ? 0.5 : 0) };
    })
    .filter((x) => x.answer && x.score >= need)
    .sort((a, b) => b.score - a.score)
    .map(({ q, answer }): AskSuggestion => ({ kind: 'question', id: q.id, title: clip(q.text, 120), summary: clip(answer!.body, 200) }));
  // Articles first (they are what the expert would link to), then the employee's answered questions.
  return [...articles.slice(0, Math.max(limit - questions.length, Math.ceil(limit / 2))), ...questions].slice(0, limit);
}
