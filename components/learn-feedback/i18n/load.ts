/**
 * `<learn-feedback>`'s translations other than English, each a chunk loaded the first time the
 * element shows that language. English is built in, and shows while another language loads.
 */
import { Translations } from '../../shared/translations.js';
import { en, type FeedbackStrings } from './en.js';

export const feedbackTranslations = new Translations<FeedbackStrings>(
  en,
  {
    sv: () => import('./sv.js').then((m) => m.sv),
    de: () => import('./de.js').then((m) => m.de),
    ar: () => import('./ar.js').then((m) => m.ar),
  },
  'the feedback translation',
);
