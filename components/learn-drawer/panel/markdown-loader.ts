/**
 * The markdown pipeline (marked + DOMPurify) is the heaviest part of the drawer, so it is its own
 * chunk: imported when the first article opens, or earlier at idle once the panel is open.
 */
type MarkdownModule = typeof import('../../../src/markdown/index.js');

let loading: Promise<MarkdownModule> | undefined;

export function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import('../../../src/markdown/index.js').catch((error: unknown) => {
    loading = undefined; // a failed chunk load (network) may be retried by the next article
    throw error;
  });
  return loading;
}

/** Preload when the browser is idle; never competes with the open animation or the first render. */
export function preloadMarkdownWhenIdle(): () => void {
  const preload = () => void loadMarkdown().catch(() => undefined);
  // Safari has no requestIdleCallback; a second after opening is a fair stand-in.
  const idle = (window as Partial<Window>).requestIdleCallback;
  if (idle) {
    const handle = idle(preload, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(preload, 1000);
  return () => clearTimeout(handle);
}
