/** Scripts the browser benchmarks add to every page they drive (`page.evaluateOnNewDocument`). */

/**
 * tsx compiles the benches with esbuild's keepNames, which wraps functions declared inside page
 * callbacks in `__name(...)`; the page has no such helper, so give it a no-op one.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * In-page helper: resolves with performance.now() once the first frame whose DOM satisfies
 * `ready()` has been rendered. Checked in requestAnimationFrame callbacks (so content rendered
 * synchronously or in the click's microtasks counts for the same frame); the message posted from
 * that callback runs as the next task, after the frame's style, layout and paint.
 */
export const PAINTED_SHIM = `globalThis.__painted = (ready) => new Promise((resolve) => {
  const check = () => {
    if (!ready()) return requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(check);
});`;
