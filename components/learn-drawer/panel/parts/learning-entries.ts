/**
 * The home view's entries to the daily review (when questions from finished lessons are due) and
 * to "My questions" (once the person has asked something). Most people, most days, see neither, so
 * they are not in the panel chunk: they ship in the launcher badge's chunk (launcher-badge.ts),
 * which the panel loads the first time either has something to show — with their words in each
 * language and the review icon, which nothing else draws.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Learn } from '../../../../sdk/types.js';
import { primaryLanguage } from '../../../shared/locale.js';
import { preloadAsk } from '../controllers/learning.js';
import { icons } from './icons.js';
import type { Learning } from './learning-view.js';

interface EntryWords {
  review(due: number): string;
  reviewHint: string;
  myQuestions: string;
  /** After the count of answers not seen yet: "My questions (2 new)". */
  unread: string;
}

const WORDS: Record<string, EntryWords> = {
  en: {
    review: (due) => (due === 1 ? 'Review: 1 question due' : `Review: ${due} questions due`),
    reviewHint: 'A few questions from lessons you finished, so they stick.',
    myQuestions: 'My questions',
    unread: 'new',
  },
  sv: {
    review: (due) => (due === 1 ? 'Repetition: 1 fråga väntar' : `Repetition: ${due} frågor väntar`),
    reviewHint: 'Några frågor från lektioner du gjort klart, så att de fastnar.',
    myQuestions: 'Mina frågor',
    unread: 'nya',
  },
  de: {
    review: (due) => (due === 1 ? 'Wiederholung: 1 Frage fällig' : `Wiederholung: ${due} Fragen fällig`),
    reviewHint: 'Ein paar Fragen aus abgeschlossenen Lektionen, damit sie hängen bleiben.',
    myQuestions: 'Meine Fragen',
    unread: 'neu',
  },
  ar: {
    review: (due) => `مراجعة — عدد الأسئلة المستحقة: ${due}`,
    reviewHint: 'بضعة أسئلة من الدروس التي أكملتها لتثبيتها.',
    myQuestions: 'أسئلتي',
    unread: 'جديدة',
  },
};

/** The same drawing as the other icons (parts/icons.ts), kept here with its only use. */
const reviewIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M20 12a8 8 0 1 1-2.3-5.7L20 8.6"/><path d="M20 4v4.6h-4.6M9 12l2 2 4-4"/></svg>`;

/** `lang`: the language of the panel's text (a BCP 47 tag); English for one we do not ship. */
const wordsFor = (lang: string): EntryWords => WORDS[primaryLanguage(lang)] ?? WORDS['en']!;

/** Both entries, each only when it has something to show; `open` opens the review or "My questions". */
export function renderLearningEntries(learn: Learn, lang: string, open: (learning: Learning) => void): TemplateResult {
  const words = wordsFor(lang);
  const { count, unread } = learn.questions;
  return html`${renderQuestionsEntry(count, unread, words, () => open({ kind: 'ask', list: true }))}${renderReviewEntry(learn.review.dueCount, words, () => open({ kind: 'review' }))}`;
}

/** "My questions", once the person has asked something (`asked`: how many); the count of answers not seen yet is in its name. */
function renderQuestionsEntry(asked: number, unread: number, words: EntryWords, onOpen: () => void): TemplateResult | typeof nothing {
  if (asked <= 0 && unread <= 0) return nothing;
  return html`<button type="button" class="item review-entry" part="questions-entry" @click=${onOpen} @pointerenter=${preloadAsk} @focus=${preloadAsk}>
    ${icons.chat}<span class="item-title">${words.myQuestions}${unread ? ` (${unread} ${words.unread})` : ''}</span>
  </button>`;
}

/** Shown only when something is due: an empty review is not worth a line on the home view. */
function renderReviewEntry(due: number, words: EntryWords, onOpen: () => void): TemplateResult | typeof nothing {
  if (due <= 0) return nothing;
  return html`<button type="button" class="item review-entry" part="review-entry" aria-describedby="review-hint" @click=${onOpen}>
    ${reviewIcon}
    <span class="item-text">
      <span class="item-title">${words.review(due)}</span>
      <span class="item-summary" id="review-hint">${words.reviewHint}</span>
    </span>
  </button>`;
}
