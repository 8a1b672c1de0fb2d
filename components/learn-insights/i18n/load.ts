/** `<learn-insights>`'s translations other than English, each a chunk loaded the first time it is needed. */
import { Translations } from '../../shared/translations.js';
import { en, type InsightsStrings } from './en.js';

export const insightsTranslations = new Translations<InsightsStrings>(
  en,
  {
    sv: () => import('./sv.js').then((m) => m.sv),
    de: () => import('./de.js').then((m) => m.de),
    ar: () => import('./ar.js').then((m) => m.ar),
  },
  'the insights translation',
);
