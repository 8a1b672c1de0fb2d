/**
 * The Hub's demo chrome, not part of what an editor pastes: the intranet's "login" (the demo user
 * switcher) and where a lesson's try-it step sends people — into Helm CRM, in this tab. Written
 * the way any intranet script talks to Learnflow: through `window.learnflow`, queueing calls
 * snippet-style when learn.js has not installed it yet (the facade replays them in order).
 */
import type { LearnflowGlobal } from '../../sdk/facade.js';
import { hashForScreen } from '../crm/routes.js';
import { mountUserSwitcher, rememberedUser } from '../shared/user-switcher.js';

type Snippet = { q: unknown[][] };
type Method = 'setUser';

function learnflow(method: Method, ...args: unknown[]): void {
  const w = window as unknown as { learnflow?: LearnflowGlobal | Snippet };
  const installed = w.learnflow as LearnflowGlobal | undefined;
  if (installed && typeof installed.setUser === 'function') (installed[method] as (...a: unknown[]) => unknown)(...args);
  else ((w.learnflow ??= { q: [] }) as Snippet).q.push([method, ...args]);
}

// The remembered person at once, so the runtime never starts anonymous; the switcher adds the token.
learnflow('setUser', rememberedUser());
mountUserSwitcher({ mount: document.querySelector<HTMLElement>('#user-switcher')!, onUser: (user) => learnflow('setUser', user) });

// `navigate` is the one event the facade does not forward (`learn.lessons.navigate()` tells the
// lesson whether anyone handles it): listen on the runtime itself once it is ready.
void (window as unknown as { learnflow: LearnflowGlobal }).learnflow.ready().then((learn) =>
  learn?.on('navigate', ({ screen, record }) => {
    const hash = hashForScreen(screen, record);
    if (hash) location.assign(`./crm.html${hash}`);
    else console.warn(`The Hub does not know where the screen "${screen}" is`);
  }),
);
