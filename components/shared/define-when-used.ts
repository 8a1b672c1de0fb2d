/**
 * Loads an element's chunk (which registers it) the first time its tag is in the document: at
 * once when an editor placed it in the page, or when a script or a CMS inserts it later. The
 * observer is a cheap check per batch of DOM changes (the live collection's length) and is
 * disconnected as soon as the tag appears. Tags inside other components' shadow roots are not
 * seen — a host that renders ours there imports the element's module itself (`learnflow/lesson`).
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  const found = document.getElementsByTagName(tag);
  const check = () => {
    if (!found.length) return;
    observer.disconnect();
    load().catch((error: unknown) => console.warn(`Learnflow: could not load <${tag}>.`, error));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  check();
}
