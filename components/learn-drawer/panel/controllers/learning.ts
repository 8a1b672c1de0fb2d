/**
 * A lesson, the daily review or asking an expert inside the drawer: which one is open, loading the
 * view's chunk and its element's, handing the element focus once it has rendered (each puts it on
 * its own heading), and saying so when a chunk cannot be loaded. The view (parts/learning-view.ts)
 * is not in the panel chunk: nothing of it is needed before a click, and hover or focus on an entry
 * preloads it with the element.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Learn } from '../../../../sdk/types.js';
import type { Strings } from '../i18n/en.js';
import type { Learning } from '../parts/learning-view.js';

export type { Learning };
type View = typeof import('../parts/learning-view.js');

/** The view once its chunk is here: rendered without waiting for a promise. */
let view: View | undefined;

/**
 * The view's chunk (`loaded` runs once it is here), then the element `kind` needs; resolves with
 * the view once that is defined. Not memoised: like any `import()`, a failed one may be retried by
 * the next call.
 */
const loadLearning = (kind: Learning['kind'], loaded?: () => void): Promise<View> =>
  import('../parts/learning-view.js').then((module) => {
    view = module;
    loaded?.();
    return module.loadLearning(kind).then(() => module);
  });

/** The pointer or focus is on an ask entry: load the ask view ahead of the click. */
export const preloadAsk = (): void => void loadLearning('ask').catch(() => undefined);

export interface LearningHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class LearningController {
  current: Learning | null = null;

  constructor(
    private readonly host: LearningHost,
    private readonly deps: { learn: () => Learn | undefined; isOpen: () => boolean; failed: () => void },
  ) {}

  open(learning: Learning): void {
    this.current = learning;
    this.host.requestUpdate();
    // The back button shows as soon as the view is here; the element's chunk may take longer.
    loadLearning(learning.kind, () => this.host.requestUpdate())
      .then((view) => view.focusWhenRendered(this.host, () => this.current === learning && this.deps.isOpen()))
      .catch((error: unknown) => {
        console.warn('Learnflow: the lesson player could not be loaded.', error);
        if (this.current === learning) this.close();
        this.deps.failed();
      });
  }

  close(): void {
    if (!this.current) return;
    this.current = null;
    this.host.requestUpdate();
  }

  /** The pointer or focus is on a lesson entry: load the player and the lesson ahead of the click. */
  preload(lessonId: string): void {
    loadLearning('lesson').catch(() => undefined); // opening it reports a failure
    this.deps.learn()?.lessons.get(lessonId).catch(() => undefined);
  }

  /** The open view; undefined for the moment its chunk is still loading (the panel shows a skeleton). */
  render(strings: Strings, locale: string | undefined, theme: string, onBack: () => void): TemplateResult | undefined {
    return view?.renderLearningView(this.current!, strings, locale, theme, onBack);
  }
}
