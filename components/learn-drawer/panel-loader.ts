/**
 * Loading the panel chunk (Lit, the views, search rendering) from the vanilla launcher: once, with
 * a retry after a failed import, and ahead of need — when the pointer reaches the launcher, when it
 * gets focus, or at idle once the runtime has arrived (see learn-drawer.ts).
 */
type PanelModule = typeof import('./panel/define.js');

let panelModule: Promise<PanelModule> | undefined;
/** The module once imported: a click then opens the panel without an `await` (no extra frame). */
export let loadedPanel: PanelModule | undefined;

/** Imports the panel chunk once; a failed import (network) may be retried by the next call. */
export function loadPanel(): Promise<PanelModule> {
  panelModule ??= import('./panel/define.js').then(
    (module) => (loadedPanel = module),
    (error: unknown) => {
      panelModule = undefined;
      throw error;
    },
  );
  return panelModule;
}

export const preloadPanel = (): void => void loadPanel().catch(() => undefined);
