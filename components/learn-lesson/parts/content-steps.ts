/**
 * Step kinds that show content: text (the articles' sanitised pipeline), image (alt text required
 * by the schema, lazy), captioned video (captions track on by default, poster, transcript) and a
 * checklist of things to do in the real app. Content keeps its own language and direction: an
 * English lesson inside an Arabic page must not end its sentences on the left.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lesson, LessonProgress, LessonStep } from '../../../src/protocol/index.js';
import type { StepHtml } from '../controllers/step-html.js';
import type { LessonStrings } from '../i18n/en.js';
import { sanitisedHtml } from '../../shared/sanitised-html.js';

type Kind<K extends LessonStep['kind']> = Extract<LessonStep, { kind: K }>;

export function renderText(lesson: Lesson, step: Kind<'text'>, html_: StepHtml | undefined, strings: LessonStrings, onClick: (event: MouseEvent) => void): TemplateResult {
  if (html_ === undefined) {
    return html`<div class="skeleton skeleton-text" role="img" aria-label=${strings.loading}><span></span><span></span><span></span></div>`;
  }
  if (html_ === null) return html`<div class="prose plain" part="step-body" lang=${lesson.locale} dir="auto">${step.body}</div>`;
  return html`<div class="prose" part="step-body" lang=${lesson.locale} dir="auto" ${sanitisedHtml(html_)} @click=${onClick}></div>`;
}

export function renderImage(lesson: Lesson, step: Kind<'image'>): TemplateResult {
  return html`<figure class="figure" part="figure" lang=${lesson.locale} dir="auto">
    <img part="image" src=${step.src} alt=${step.alt} loading="lazy" decoding="async" />
    ${step.caption ? html`<figcaption>${step.caption}</figcaption>` : nothing}
  </figure>`;
}

/** Captions from another origin load only with CORS; the video request then needs it too. */
function crossOrigin(url: string): 'anonymous' | undefined {
  try {
    return new URL(url, document.baseURI).origin === location.origin ? undefined : 'anonymous';
  } catch {
    return undefined;
  }
}

export interface VideoHandlers {
  loaded(event: Event): void;
  time(event: Event): void;
  paused(event: Event): void;
}

export function renderVideo(lesson: Lesson, step: Kind<'video'>, strings: LessonStrings, on: VideoHandlers): TemplateResult {
  return html`<figure class="figure" part="figure" lang=${lesson.locale} dir="auto">
    <video
      part="video"
      data-step=${step.id}
      controls
      preload="metadata"
      src=${step.src}
      poster=${ifDefined(step.poster)}
      crossorigin=${ifDefined(crossOrigin(step.captions))}
      @loadedmetadata=${on.loaded}
      @timeupdate=${on.time}
      @pause=${on.paused}
    >
      <track kind="captions" src=${step.captions} srclang=${step.captionsLang} label=${strings.captions} default />
    </video>
    ${step.transcript
      ? html`<details class="transcript" part="transcript">
          <summary>${strings.transcript}</summary>
          <p>${step.transcript}</p>
        </details>`
      : nothing}
  </figure>`;
}

export function renderChecklist(
  lesson: Lesson,
  step: Kind<'checklist'>,
  progress: LessonProgress,
  onTick: (item: number, checked: boolean) => void,
): TemplateResult {
  const ticked = progress.checked[step.id] ?? [];
  return html`<ul class="checklist" part="checklist" lang=${lesson.locale} dir="auto">
    ${step.items.map(
      (item, index) => html`<li>
        <label class="option">
          <input type="checkbox" .checked=${ticked.includes(index)} @change=${(e: Event) => onTick(index, (e.target as HTMLInputElement).checked)} />
          <span>${item}</span>
        </label>
      </li>`,
    )}
  </ul>`;
}
