/**
 * One jsdom window for the process, created on the first full-page render: DOMPurify needs a DOM
 * to sanitise with, and jsdom costs ~0.3 s to load, which API-only use never pays. The window
 * never runs scripts (jsdom's default) and only ever holds detached fragments.
 */
let pending: Promise<Window> | undefined;

export function serverWindow(): Promise<Window> {
  pending ??= import('jsdom').then(({ JSDOM }) => {
    // jsdom's DOMWindow implements the parts of Window DOMPurify uses; the types differ in detail.
    return new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  });
  return pending;
}
