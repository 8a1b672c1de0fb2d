/**
 * Helm CRM's hash routes for a Learnflow screen key: where a try-it step's "Take me there" lands
 * (the SDK's `navigate` event carries `{ screen, record }`). Kept apart from screens.ts so The Hub
 * can send people into the CRM without loading the CRM's screens.
 */
const DEFAULT_RECORD: Record<string, string> = { opportunity: '1042', account: 'skanska-mo', quote: 'Q-2291' };

/** `crm/quote` + `{ id: 'Q-2291' }` → `#/quote/Q-2291`; null for a screen Helm CRM does not have. */
export function hashForScreen(screen: string, record?: { type: string; id?: string }): string | null {
  const [app, section] = screen.split('/');
  if (app !== 'crm' || !section) return null;
  if (section === 'forecast') return '#/forecast';
  const fallback = DEFAULT_RECORD[section];
  if (!fallback) return null;
  const id = record && record.type === section && record.id ? record.id : fallback;
  return `#/${section}/${encodeURIComponent(id)}`;
}
