/**
 * The demo's "Signed in as Erik Nilsson ▾" switcher: stands in for the host's own login, so a
 * visitor can be any DEMO-WORLD person and see progress, review and records follow that person.
 * The choice is remembered in localStorage; each sign-in asks the server for a token
 * (`GET /demo/session?user=<id>` → `{ user: { id, name, token } }`, demo mode only) and hands the
 * user to the page (`learn.setUser` in Helm CRM, `learnflow.setUser` on The Hub).
 *
 * Without the demo endpoints (the Vite dev server, a server not in demo mode) the person still
 * switches, without a token: reading works, the server refuses writes until a token exists, and
 * the switcher says so instead of pretending.
 *
 * A disclosure button and a list of buttons — not an ARIA menu: Tab, Enter and Space work as
 * everywhere; arrows move between people, Escape closes and gives focus back to the button.
 */
import type { LearnUser } from '../../sdk/types.js';
import { DEFAULT_PERSON_ID, DEMO_PEOPLE, type DemoPerson, toPeople, toPerson } from './people.js';

const STORAGE_KEY = 'learnflow-demo-user';
let instances = 0;

/**
 * Which person a page remembers, and whom it starts with. The expert inbox keeps its own (default
 * Anna Lindqvist), so signing in as Erik in Helm CRM does not turn the inbox into "for experts only".
 */
export interface RememberOptions {
  storageKey?: string;
  defaultId?: string;
}

export interface UserSwitcherOptions {
  /** Where the switcher goes (it is appended). */
  mount: HTMLElement;
  /** Called with each signed-in user: first the remembered one, then every choice. */
  onUser(user: LearnUser): void;
  /** Server origin for the /demo endpoints; default: this page's origin. */
  base?: string;
  /** Where the choice is remembered and whom to start with (see RememberOptions). */
  remember?: RememberOptions;
}

function rememberedId({ storageKey = STORAGE_KEY, defaultId = DEFAULT_PERSON_ID }: RememberOptions = {}): string {
  try {
    return localStorage.getItem(storageKey) || defaultId;
  } catch {
    return defaultId; // storage blocked (private mode, sandboxed frame): fall back quietly
  }
}

function remember(id: string, { storageKey = STORAGE_KEY }: RememberOptions = {}): void {
  try {
    localStorage.setItem(storageKey, id);
  } catch {
    /* not remembered across reloads; the switch itself still works */
  }
}

/** The remembered person without a token, for creating a runtime before the session answers. */
export function rememberedUser(options?: RememberOptions): LearnUser {
  const id = rememberedId(options);
  const person = DEMO_PEOPLE.find((p) => p.id === id) ?? DEMO_PEOPLE[0]!;
  return { id: person.id, name: person.name };
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountUserSwitcher(options: UserSwitcherOptions): { destroy(): void; ready: Promise<void> } {
  const base = options.base ?? location.origin;
  const listId = `user-switcher-list-${++instances}`;
  let people: DemoPerson[] = [...DEMO_PEOPLE];
  let current: DemoPerson = people.find((p) => p.id === rememberedId(options.remember)) ?? people[0]!;
  let attempt = 0;

  const name = el('strong');
  const toggle = el('button', { type: 'button', className: 'user-switcher-button' }, 'Signed in as ', name, el('span', { ariaHidden: 'true' }, ' ▾'));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', listId);
  const heading = el('p', { className: 'user-switcher-heading', id: `${listId}-h` }, 'Sign in as (demo)');
  const list = el('ul');
  list.setAttribute('aria-labelledby', heading.id);
  const popup = el('div', { className: 'user-switcher-popup', id: listId, hidden: true }, heading, list);
  const status = el('span', { className: 'user-switcher-status' });
  status.setAttribute('role', 'status');
  const root = el('div', { className: 'user-switcher' }, toggle, popup, status);
  options.mount.append(root);

  const items = () => [...list.querySelectorAll<HTMLButtonElement>('button')];

  function renderList() {
    list.replaceChildren(
      ...people.map((p) => {
        const button = el('button', { type: 'button' }, p.name, ...(p.role ? [el('small', {}, p.role)] : []));
        button.dataset.id = p.id;
        if (p.id === current.id) button.setAttribute('aria-current', 'true');
        button.addEventListener('click', () => void choose(p));
        return el('li', {}, button);
      }),
    );
  }

  function setOpen(open: boolean, focusToggle = false) {
    popup.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      (items().find((b) => b.dataset.id === current.id) ?? items()[0])?.focus();
      document.addEventListener('pointerdown', onOutside, true);
    } else {
      document.removeEventListener('pointerdown', onOutside, true);
      if (focusToggle) toggle.focus();
    }
  }

  function onOutside(event: Event) {
    if (!root.contains(event.target as Node)) setOpen(false);
  }

  async function signIn(person: DemoPerson): Promise<void> {
    const mine = ++attempt;
    current = person;
    name.textContent = person.name;
    renderList();
    let user: LearnUser = { id: person.id, name: person.name };
    let note = '';
    try {
      const session = (await getJson(`${base}/demo/session?user=${encodeURIComponent(person.id)}`)) as { user?: unknown };
      const token = (session.user as { token?: unknown } | undefined)?.token;
      const fromServer = toPerson(session.user);
      if (!fromServer || typeof token !== 'string') throw new Error('the answer has no user with a token');
      user = { id: fromServer.id, name: fromServer.name, token };
    } catch (error) {
      note = ' (no demo session on this server: progress stays in this browser)';
      console.warn(`demo: signed in as ${person.name} without a token — GET /demo/session failed:`, error);
    }
    if (mine !== attempt) return; // a later choice won
    options.onUser(user);
    status.textContent = `Signed in as ${person.name}${note}`;
  }

  async function choose(person: DemoPerson) {
    setOpen(false, true);
    if (person.id === current.id) return;
    remember(person.id, options.remember);
    await signIn(person);
  }

  toggle.addEventListener('click', () => setOpen(popup.hidden));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popup.hidden) {
      event.stopPropagation();
      setOpen(false, true);
      return;
    }
    const buttons = items();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (popup.hidden || at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons[(to + buttons.length) % buttons.length]?.focus();
  });

  const ready = (async () => {
    try {
      people = toPeople(await getJson(`${base}/demo/people`)) ?? people;
    } catch {
      /* the built-in DEMO-WORLD list stays; signIn says what is missing */
    }
    await signIn(people.find((p) => p.id === current.id) ?? people.find((p) => p.id === (options.remember?.defaultId ?? DEFAULT_PERSON_ID)) ?? people[0]!);
  })();

  return {
    ready,
    destroy() {
      document.removeEventListener('pointerdown', onOutside, true);
      root.remove();
    },
  };
}
