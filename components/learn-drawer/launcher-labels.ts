/**
 * The launcher's accessible name in each shipped language. It lives apart from the panel's
 * strings because the launcher is in the 5 KB first-load budget and the panel's are not; the panel
 * reuses it for its own title so both always say the same word.
 */
import { primaryLanguage } from '../shared/locale.js';

const LABELS: Record<string, string> = { en: 'Help', sv: 'Hjälp', de: 'Hilfe', ar: 'المساعدة' };

export function launcherLabel(locale: string): string {
  return LABELS[primaryLanguage(locale)] ?? LABELS['en']!;
}
