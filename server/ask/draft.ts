/**
 * An article draft from a question and its answer, for the expert to edit before publishing:
 * the title is the question, the body the expert's replies (internal notes never), the contexts
 * the screen it was asked from (the topic's screens when it carried none), the tags the topic's.
 * Published once, the draft's id is the article's, so a second publish updates that article.
 */
import type { ArticleDraft, AskTopicConfig, Question } from '../../src/protocol/index.js';

const TITLE_MAX = 200;
const SUMMARY_MAX = 200;
const SLUG_MAX = 60;

/** `Kan jag ge 25 % rabatt på en förnyelse?` → `kan-jag-ge-25-rabatt-pa-en-fornyelse`. */
export function slugify(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[æ]/gi, 'ae').replace(/[ø]/gi, 'o').toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, SLUG_MAX) || '';
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** The first paragraph of the answer without markdown punctuation: a summary to edit. */
function summaryOf(markdown: string): string {
  const first = markdown.split(/\n\s*\n/).find((p) => p.trim() !== '') ?? '';
  return oneLine(first.replace(/[#>*_`[\]]|\(https?:[^)]*\)/g, ''), SUMMARY_MAX);
}

/** `taken(id)`: an article with this id exists and is not this question's own. */
export function buildDraft(question: Question, topic: AskTopicConfig | undefined, taken: (id: string) => boolean): ArticleDraft | undefined {
  const answers = question.messages.filter((m) => m.role === 'expert' && !m.internal).map((m) => m.body.trim());
  if (answers.length === 0) return undefined;
  const title = oneLine(question.text, TITLE_MAX);
  const answer = answers.join('\n\n');
  // A question too long for a title is kept whole, quoted above the answer.
  const body = title.length < question.text.replace(/\s+/g, ' ').trim().length ? `${question.text.trim().split('\n').map((l) => `> ${l}`).join('\n')}\n\n${answer}` : answer;
  let id = question.articleId ?? (slugify(question.text) || `question-${question.id.slice(0, 8)}`);
  if (!question.articleId && taken(id)) id = `${id.slice(0, 70)}-${question.id.slice(0, 8)}`;
  return {
    id,
    title,
    summary: summaryOf(answer),
    body,
    contexts: question.context.screen ? [question.context.screen] : (topic?.screens ?? []).slice(0, 30),
    tags: (topic?.tags ?? []).slice(0, 30),
    locale: question.locale ?? 'en',
  };
}
