/**
 * The article on show: fetched through the runtime (cache first, so already-read articles open
 * offline) while the sanitiser chunk loads, rendered to sanitised HTML, and recorded as viewed.
 * The server's pre-rendered `html` only needs sanitising and decorating (`renderArticleHtml`, no
 * marked); the markdown pipeline is loaded for articles without it, or whose HTML cannot be
 * rendered. A `LatestTask`, so opening another article aborts the one still loading.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BackendErrorKind, Learn } from '../../../../sdk/types.js';
import type { Article } from '../../../../src/protocol/index.js';
import type { RenderedMarkdown } from '../../../../src/markdown/types.js';
import { LatestTask } from '../../../shared/latest-task.js';
import { loadMarkdown, loadSanitiser } from '../markdown-loader.js';
import { parseBody } from '../../../shared/sanitised-html.js';

/** Output of `renderArticleHtml` or `renderMarkdown`: the only HTML the article body accepts. */
export interface ShownArticle {
  article: Article;
  /** Sanitised by the article pipeline (DOMPurify, strict configuration). */
  sanitisedHtml: string;
}

/**
 * The last rendering of each article per runtime (most recent last): shown at once when it is
 * opened again, while the runtime confirms it is still the current version. Warmed at idle for
 * suggestions. Per runtime, so another backend's article of the same id is never shown.
 */
const shownByRuntime = new WeakMap<Learn, Map<string, ShownArticle>>();
const SHOWN_LIMIT = 20;

function shownFor(learn: Learn): Map<string, ShownArticle> {
  let shown = shownByRuntime.get(learn);
  if (!shown) shownByRuntime.set(learn, (shown = new Map()));
  return shown;
}

/** The article's body as sanitised, decorated HTML (from the server's `html` when it has one), kept per article. */
async function render(learn: Learn, article: Article): Promise<ShownArticle> {
  const shownById = shownFor(learn);
  // The runtime hands out the same frozen object for an article it has in memory; a newer version is a new object.
  const known = shownById.get(article.id);
  if (known?.article === article) return known;
  // Heading ids are prefixed: several articles (and the host page) may share one document.
  const options = { idPrefix: `learn-${article.id}-` };
  let rendered: RenderedMarkdown | undefined;
  if (article.html !== undefined) rendered = (await loadSanitiser()).renderArticleHtml(article.html, options);
  if (!rendered || rendered.fallback) rendered = (await loadMarkdown()).renderMarkdown(article.body, options);
  const shown = { article, sanitisedHtml: rendered.html };
  shownById.delete(article.id);
  shownById.set(article.id, shown);
  if (shownById.size > SHOWN_LIMIT) shownById.delete(shownById.keys().next().value as string);
  return shown;
}

export type ArticleFailure = 'not-found' | 'offline' | 'error';

export class ArticleController {
  private readonly task: LatestTask<readonly [Learn | undefined, string | null], ShownArticle | null>;

  constructor(
    host: ReactiveControllerHost,
    private readonly getLearn: () => Learn | undefined,
    private readonly getId: () => string | null,
    onShown: (shown: ShownArticle) => void,
  ) {
    this.task = new LatestTask(
      host,
      () => [getLearn(), getId()] as const,
      async ([learn, id], signal) => {
        if (!learn || !id) return null;
        // The chunk loads while the article is read (it is usually preloaded already).
        void loadSanitiser().catch(() => undefined);
        const article = await learn.getArticle(id, { signal });
        signal.throwIfAborted();
        const shown = await render(learn, article);
        signal.throwIfAborted();
        // After the frame that shows it: the recent list's write and the host's `article-view`
        // listeners are not what the person is waiting for.
        requestAnimationFrame(() => setTimeout(() => learn.markViewed(id)));
        onShown(shown);
        return shown;
      },
    );
  }

  /**
   * The article on show: the task's result, or while it runs, the last rendering of the same
   * article (warmed at idle, or read before) — so it appears in the frame of the click.
   */
  get shown(): ShownArticle | null {
    if (this.task.status === 'complete') return this.task.value ?? null;
    const id = this.getId();
    const learn = this.getLearn();
    return this.task.status !== 'error' && id && learn ? (shownByRuntime.get(learn)?.get(id) ?? null) : null;
  }

  get pending(): boolean {
    return this.task.status === 'pending' || this.task.status === 'initial';
  }

  /** Why the article could not be shown, or `null` while loading or shown. */
  get failure(): ArticleFailure | null {
    if (this.task.status !== 'error') return null;
    // By name and kind rather than instanceof: a second copy of the SDK on the page has its own class.
    const error = this.task.error as { name?: unknown; kind?: BackendErrorKind } | undefined;
    if (error?.name !== 'BackendError') return 'error';
    if (error.kind === 'not-found') return 'not-found';
    if (error.kind === 'network' || error.kind === 'timeout') return 'offline';
    return 'error';
  }

  retry(): void {
    void this.task.run();
  }

  /**
   * At idle: reads the articles among `ids` this device has cached and renders those the server
   * rendered, one per task, so opening one of them shows its body in the click's own frame.
   * Nothing is fetched that was never opened, and marked is never loaded for this.
   */
  async warm(learn: Learn, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (!learn.isCached(id)) continue;
      try {
        const article = await learn.getArticle(id);
        if (article.html !== undefined) parseBody(await render(learn, article));
      } catch {
        // Opening it will show why (not found, offline…).
      }
    }
  }
}
