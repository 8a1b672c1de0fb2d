/**
 * The demo's people (shared/DEMO-WORLD.md): the employees and experts the demo's user switcher
 * signs in as. Ids are the slugs the demo pages use (`erik-nilsson`). Experts carry the `expert`
 * role, the intranet editor the `owner` role (she places lessons and owns content).
 */

export interface DemoPerson {
  id: string;
  name: string;
  /** Job title, for the switcher. */
  role: string;
  /** Token roles. */
  roles: string[];
}

export const DEMO_PEOPLE: readonly DemoPerson[] = Object.freeze([
  { id: 'erik-nilsson', name: 'Erik Nilsson', role: 'Sales rep (three weeks in)', roles: [] },
  { id: 'maja-sjoberg', name: 'Maja Sjöberg', role: 'Key account manager', roles: [] },
  { id: 'lukas-schmidt', name: 'Lukas Schmidt', role: 'Service technician, Germany', roles: [] },
  { id: 'noor-al-sayed', name: 'Noor Al-Sayed', role: 'Purchasing assistant', roles: [] },
  { id: 'karin-holm', name: 'Karin Holm', role: 'Intranet editor, L&D', roles: ['owner'] },
  { id: 'anna-lindqvist', name: 'Anna Lindqvist', role: 'Pricing desk lead', roles: ['expert'] },
  { id: 'omar-haddad', name: 'Omar Haddad', role: 'Sales operations', roles: ['expert'] },
  { id: 'sofia-berg', name: 'Sofia Berg', role: 'Credit & finance', roles: ['expert'] },
  { id: 'johan-ek', name: 'Johan Ek', role: 'Purchasing', roles: ['expert'] },
  { id: 'leila-karimi', name: 'Leila Karimi', role: 'Data protection', roles: ['expert'] },
  { id: 'markus-weber', name: 'Markus Weber', role: 'Service team lead', roles: ['expert'] },
].map((p) => Object.freeze({ ...p, roles: Object.freeze([...p.roles]) as string[] })));

export function demoPerson(id: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((p) => p.id === id);
}
