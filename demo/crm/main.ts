/**
 * Helm CRM demo host. This is what a host-app developer writes to embed Learnflow:
 * create the runtime once, tell it where the user is on every route change.
 */
import { createLearn, httpBackend } from '../../sdk/index.js';
import '../../components/learn-drawer/define.js';
import { mountUserSwitcher, rememberedUser } from '../shared/user-switcher.js';
import { hashForScreen } from './routes.js';
import { screenForHash } from './screens.js';

const learn = createLearn({
  backend: httpBackend({ url: location.origin }),
  // The remembered person at once (no anonymous session first); the switcher adds their token.
  user: rememberedUser(),
  locale: 'en',
  // Proactive prompts, as an L&D team would set them up. They share one interruption per session
  // (the default), and each is shown to a person once: the caps hold across reloads and devices.
  prompts: [
    // Asked after the second save of an opportunity: the screen has been used, not just opened.
    {
      id: 'crm-opportunity-ease',
      trigger: { track: 'opportunity-saved', count: 2 },
      feedback: { subject: 'screen:crm/opportunity', kind: 'stars', heading: 'How easy is it to keep an opportunity up to date?' },
    },
    // Back on the forecast a second time: the two-minute lesson is offered.
    { id: 'crm-forecast-lesson', trigger: { visit: 'crm/forecast', count: 2 }, lesson: 'crm-forecasting-basics' },
  ],
});

// Stands in for the host's own login: the signed-in person is whoever the visitor picks.
mountUserSwitcher({ mount: document.querySelector<HTMLElement>('#user-switcher')!, onUser: (user) => void learn.setUser(user) });

// A try-it step asks the host to go to a screen; a hash route is all Helm CRM needs. render()
// then reports the new screen with setContext, which is how the lesson knows to continue.
learn.on('navigate', ({ screen, record }) => {
  const hash = hashForScreen(screen, record);
  if (hash) location.hash = hash;
  else console.warn(`Helm CRM has no screen "${screen}" to navigate to`);
});

const main = document.querySelector<HTMLElement>('#screen')!;

// What the host tells Learnflow about the work, for the prompts' triggers.
main.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (button?.textContent === 'Save' && learn.context.screen === 'crm/opportunity') learn.track('opportunity-saved');
});

// The demo host stays usable under a Trusted Types CSP, like Learnflow itself: the screens are
// fixed demo markup, so this host's own policy passes them through.
type PolicyFactory = { createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): unknown } };
const hostPolicy = (window as unknown as { trustedTypes?: PolicyFactory }).trustedTypes?.createPolicy('helm-crm-demo', { createHTML: (s) => s });
const asHTML = (html: string) => (hostPolicy ? (hostPolicy.createHTML(html) as unknown as string) : html);

function render() {
  const screen = screenForHash(location.hash);
  main.innerHTML = asHTML(screen.html);
  document.title = `${screen.title} — Helm CRM`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (screen.key.endsWith(link.dataset.nav ?? '')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  learn.setContext({ screen: screen.key, tags: screen.tags, record: screen.record, app: 'Helm CRM' });
}

window.addEventListener('hashchange', () => {
  render();
  main.focus();
});
render();

// Exposed for the end-to-end test and for trying the API from the devtools console.
Object.assign(window, { learn });
