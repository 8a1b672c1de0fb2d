/**
 * Text steps through the articles' pipeline, loaded only when a text step is shown: the sanitiser
 * chunk for `html` the server rendered at import, the markdown chunk (marked) for a body without it
 * (memory backend, packs) or when that HTML cannot be used. The same chunks as the drawer's (its
 * loader is shared), so a page with both downloads them once. Rendered once per step object.
 */
import type { SanitisedBody } from '../../shared/sanitised-html.js';
import type { ReactiveControllerHost } from 'lit';
import type { LessonStep } from '../../../src/protocol/index.js';
import type { RenderedMarkdown } from '../../../src/markdown/types.js';
import { loadMarkdown, loadSanitiser } from '../../learn-drawer/panel/markdown-loader.js';

type Text = Extract<LessonStep, { kind: 'text' }>;

/** The sanitised body (one object per step: the HTML sink caches its parse by it), or `null` when the pipeline could not load (the body then shows as plain text). */
export type StepHtml = SanitisedBody | null;

const rendered = new WeakMap<Text, StepHtml>();

async function render(lessonId: string, step: Text): Promise<StepHtml> {
  // Heading ids are prefixed: several lessons, the drawer and the host page may share a document.
  const options = { idPrefix: `learn-${lessonId}-${step.id}-` };
  try {
    let out: RenderedMarkdown | undefined;
    if (step.html !== undefined) out = (await loadSanitiser()).renderArticleHtml(step.html, options);
    if (!out || out.fallback) out = (await loadMarkdown()).renderMarkdown(step.body, options);
    return { sanitisedHtml: out.html };
  } catch (error) {
    console.warn('Learnflow: the text pipeline could not be loaded; showing the step as plain text.', error);
    return null;
  }
}

export class StepHtmlController {
  private readonly pending = new WeakSet<Text>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The step's HTML if rendered; `undefined` while it renders (the host re-renders when it is done). */
  get(lessonId: string, step: Text): StepHtml | undefined {
    if (rendered.has(step)) return rendered.get(step);
    if (!this.pending.has(step)) {
      this.pending.add(step);
      void render(lessonId, step).then((html) => {
        rendered.set(step, html);
        this.pending.delete(step);
        this.host.requestUpdate();
      });
    }
    return undefined;
  }
}
