/**
 * The drawer's translations other than English, each a chunk of its own loaded the first time the
 * drawer shows that language: a page in English (most of them) never downloads Swedish, German and
 * Arabic. English is built in; it is also what shows for the moment a translation is loading.
 */
import { Translations } from '../../../shared/translations.js';
import { en, type Strings } from './en.js';

export const drawerTranslations = new Translations<Strings>(
  en,
  {
    sv: () => import('./sv.js').then((m) => m.sv),
    de: () => import('./de.js').then((m) => m.de),
    ar: () => import('./ar.js').then((m) => m.ar),
  },
  'the help translation',
);
