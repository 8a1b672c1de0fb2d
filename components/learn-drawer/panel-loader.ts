/**
 * Loading the panel chunk (Lit, the views, search rendering) from the vanilla launcher: once, with
 * a retry after a failed import, and ahead of need — when the pointer reaches the launcher, when it
 * gets focus, or at idle once the host page has finished loading.
 */
type PanelModule = typeof import('./panel/define.js');

let panelModule: Promise<PanelModule> | undefined;

/** Imports the panel chunk once; a failed import (network) may be retried by the next call. */
export function loadPanel(): Promise<PanelModule> {
  panelModule ??= import('./panel/define.js').catch((error: unknown) => {
    panelModule = undefined;
    throw error;
  });
  return panelModule;
}

export const preloadPanel = (): void => void loadPanel().catch(() => undefined);

/**
 * Preload when the page has nothing better to do: after `load`, at idle, so the host's own
 * start-up comes first. Returns a cancel function (for disconnect).
 */
export function preloadPanelWhenIdle(): () => void {
  let idle: number | undefined;
  const win = window as Partial<Window> & Window;
  const schedule = () => {
    // Safari has no requestIdleCallback; a few seconds after load is a fair stand-in.
    idle = win.requestIdleCallback ? win.requestIdleCallback(preloadPanel, { timeout: 10_000 }) : window.setTimeout(preloadPanel, 3000);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle !== undefined) (win.cancelIdleCallback ?? clearTimeout)(idle);
  };
}
