/**
 * Helm CRM demo host. This is what a host-app developer writes to embed Learnflow:
 * create the runtime once, tell it where the user is on every route change.
 */
import { createLearn, httpBackend } from '../../sdk/index.js';
import '../../components/learn-drawer/define.js';
import { screenForHash } from './screens.js';

const learn = createLearn({
  backend: httpBackend({ url: location.origin }),
  user: { id: 'erik-nilsson', name: 'Erik Nilsson' },
  locale: 'en',
});

const main = document.querySelector<HTMLElement>('#screen')!;

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
