/**
 * `autoStart`: what a bare `<learn-drawer backend="…">` calls when no runtime answered its context
 * request — the host wrote no script of its own. With the script-tag facade installed it goes
 * through `window.learnflow.init` (so host calls queued there apply to the same runtime);
 * otherwise it imports the runtime chunk and creates it. Several drawers starting at once share
 * one runtime. Light on purpose (types and a dynamic import only): the launcher imports it.
 */
import { installedFacade } from './facade.js';
import type { Learn } from './types.js';

export interface AutoStartOptions {
  /** Base URL of a server speaking the v1 protocol. */
  backend: string;
  locale?: string;
}

const SLOT = Symbol.for('learnflow.autostart.v1');
type Slot = { [SLOT]?: Promise<Learn | null> };

/** Start the runtime for a bare tag; resolves with it, or null when it could not start (warned). */
export async function autoStart(options: AutoStartOptions, win: Window = window): Promise<Learn | null> {
  // learn.js installs the facade before it defines the elements; a copy of the elements bundled
  // differently may come first, so give a facade in the same module graph one microtask.
  await Promise.resolve();
  const facade = installedFacade(win);
  if (facade) {
    if (facade.learn) return Promise.resolve(facade.learn);
    return facade.ready().then((learn) => learn ?? facade.init({ backend: options.backend, locale: options.locale }));
  }
  const slot = win as unknown as Slot;
  slot[SLOT] ??= import('./start.js')
    .then(({ start }) => {
      const learn = start({ backend: options.backend, locale: options.locale });
      learn.on('destroy', () => delete slot[SLOT]);
      return learn;
    })
    .catch((error: unknown) => {
      console.warn('learnflow: could not start the runtime for <learn-drawer backend>', error);
      delete slot[SLOT];
      return null;
    });
  return slot[SLOT];
}
