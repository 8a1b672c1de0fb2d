/**
 * The end of a lesson: the score (when it had questions), passed or not against its pass mark,
 * Retry lesson, a star rating of the lesson, and what next — related lessons (played here) and articles (opened in the drawer
 * through `learn.open({ article })`). Titles come from the cached catalog; an id the catalog does
 * not know is left out rather than shown as a bare id.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog, Lesson } from '../../../src/protocol/index.js';
import type { LessonLocalizeController } from '../controllers/localize.js';
import { icons } from './icons.js';

export interface CompleteOptions {
  lesson: Lesson;
  score: { raw: number; max: number; scaled: number; passed: boolean };
  catalog: Catalog | null;
  localize: LessonLocalizeController;
  onRetry: () => void;
  onLesson: (id: string) => void;
  onArticle: (id: string) => void;
  /** "How would you rate this?" with stars (components/shared/feedback-slot.ts), or nothing. */
  feedback: TemplateResult | typeof nothing;
}

export function renderComplete({ lesson, score, catalog, localize, onRetry, onLesson, onArticle, feedback }: CompleteOptions): TemplateResult {
  const strings = localize.strings;
  const lessons = lesson.related.lessons.flatMap((id) => catalog?.lessons.filter((l) => l.id === id && id !== lesson.id) ?? []);
  const articles = lesson.related.articles.flatMap((id) => catalog?.articles.filter((a) => a.id === id) ?? []);
  const verdict = score.max === 0 ? strings.finished : score.passed ? strings.passed : strings.failed(localize.percent(lesson.passMark));
  return html`<div class="complete" part="complete" data-passed=${score.passed}>
    <p class="eyebrow" lang=${lesson.locale} dir="auto">${lesson.title}</p>
    <h2 class="title" part="complete-title" tabindex="-1" data-focus>${score.passed ? icons.right : nothing}${strings.completeTitle}</h2>
    ${score.max > 0 ? html`<p class="score" part="score">${strings.score(score.raw, score.max, localize.percent(score.scaled))}</p>` : nothing}
    <p class="result-text" part="verdict">${verdict}</p>
    <button type="button" class=${score.passed ? 'button-quiet' : 'button'} part="retry-button" @click=${onRetry}>${strings.retryLesson}</button>
    ${feedback}
    ${lessons.length + articles.length > 0
      ? html`<section class="next-steps" part="related" aria-labelledby="next-heading">
          <h3 id="next-heading">${strings.whatNext}</h3>
          <ul>
            ${lessons.map(
              (l) => html`<li>
                <button type="button" class="item" part="related-lesson" data-lesson=${l.id} aria-label=${strings.lessonLink(l.title)} @click=${() => onLesson(l.id)}>
                  ${icons.lesson}<span lang=${l.locale} dir="auto">${l.title}</span>
                </button>
              </li>`,
            )}
            ${articles.map(
              (a) => html`<li>
                <button type="button" class="item" part="related-article" data-article=${a.id} @click=${() => onArticle(a.id)}>
                  ${icons.article}<span lang=${a.locale} dir="auto">${a.title}</span>
                </button>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
  </div>`;
}
