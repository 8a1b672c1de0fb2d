/**
 * The article pipeline is the heaviest part of the drawer, so it comes in chunks of its own:
 * - the sanitiser (DOMPurify + decoration, `renderArticleHtml`): all an article with server-rendered
 *   `html` needs; preloaded at idle once the panel is open;
 * - the markdown pipeline (adds marked, `renderMarkdown`): only for articles without `html`
 *   (memory backend, older servers and packs), or when the server HTML cannot be rendered.
 */
type SanitiserModule = typeof import('../../../src/markdown/render-html.js');
type MarkdownModule = typeof import('../../../src/markdown/index.js');

/** One import at a time; a failed chunk load (network) may be retried by the next article. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export const loadSanitiser: () => Promise<SanitiserModule> = once(() => import('../../../src/markdown/render-html.js'));
export const loadMarkdown: () => Promise<MarkdownModule> = once(() => import('../../../src/markdown/index.js'));

/**
 * Preload the sanitiser when the browser is idle, and run it once on nothing: DOMPurify's first
 * use in a window creates its instance and parses the strict configuration (≈ 5 ms, 20 at 4×
 * throttle), which the first article should not pay. `alsoWarm` is run in the same idle moment
 * (the panel warms its date format). Never competes with the open or the first render.
 */
export function preloadSanitiserWhenIdle(alsoWarm: () => void = () => undefined): () => void {
  const preload = () => {
    alsoWarm();
    loadSanitiser().then(({ renderArticleHtml }) => void renderArticleHtml(''), () => undefined);
  };
  // Safari has no requestIdleCallback; a second after opening is a fair stand-in.
  const idle = (window as Partial<Window>).requestIdleCallback;
  if (idle) {
    const handle = idle(preload, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(preload, 1000);
  return () => clearTimeout(handle);
}
