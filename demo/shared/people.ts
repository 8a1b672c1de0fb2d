/**
 * The demo's people (../../../shared/DEMO-WORLD.md), as the user switcher lists them when the
 * server's `GET /demo/people` cannot be reached (the Vite dev server, or a server not started in
 * demo mode). The server's list wins when it answers; ids are name slugs on both sides.
 */
export interface DemoPerson {
  id: string;
  name: string;
  role?: string;
}

export const DEFAULT_PERSON_ID = 'erik-nilsson';

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'erik-nilsson', name: 'Erik Nilsson', role: 'Sales rep (new)' },
  { id: 'maja-sjoberg', name: 'Maja Sjöberg', role: 'Key account manager' },
  { id: 'lukas-schmidt', name: 'Lukas Schmidt', role: 'Service technician' },
  { id: 'noor-al-sayed', name: 'Noor Al-Sayed', role: 'Purchasing assistant' },
  { id: 'karin-holm', name: 'Karin Holm', role: 'Intranet editor, L&D' },
  { id: 'anna-lindqvist', name: 'Anna Lindqvist', role: 'Pricing desk lead' },
  { id: 'omar-haddad', name: 'Omar Haddad', role: 'Sales operations' },
  { id: 'sofia-berg', name: 'Sofia Berg', role: 'Credit & finance' },
  { id: 'johan-ek', name: 'Johan Ek', role: 'Purchasing' },
  { id: 'leila-karimi', name: 'Leila Karimi', role: 'Data protection' },
  { id: 'markus-weber', name: 'Markus Weber', role: 'Service team lead' },
];

/** A person from untrusted JSON, or null. */
export function toPerson(value: unknown): DemoPerson | null {
  const v = value as Partial<Record<string, unknown>> | null;
  if (!v || typeof v.id !== 'string' || !v.id || typeof v.name !== 'string' || !v.name) return null;
  return { id: v.id, name: v.name, ...(typeof v.role === 'string' ? { role: v.role } : {}) };
}

/** `GET /demo/people` answers an array of people or `{ people: [...] }`; anything else → null. */
export function toPeople(body: unknown): DemoPerson[] | null {
  const list = Array.isArray(body) ? body : (body as { people?: unknown } | null)?.people;
  if (!Array.isArray(list)) return null;
  const people = list.map(toPerson).filter((p): p is DemoPerson => p !== null);
  return people.length ? people : null;
}
