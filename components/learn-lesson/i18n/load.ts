/**
 * The lesson player's translations other than English, loaded the first time a lesson shows that
 * language. Each shares its chunk with the drawer's translation to the same language (re-exported
 * there as `lesson`): lessons mostly play inside the drawer, and one chunk per language is ≈ 400 B
 * gzip less than two; a page with only a lesson pays ≈ 1 KB for the drawer's words in that language.
 */
import { Translations } from '../../shared/translations.js';
import { en, type LessonStrings } from './en.js';

export const lessonTranslations = new Translations<LessonStrings>(
  en,
  {
    sv: () => import('../../learn-drawer/panel/i18n/sv.js').then((m) => m.lesson),
    de: () => import('../../learn-drawer/panel/i18n/de.js').then((m) => m.lesson),
    ar: () => import('../../learn-drawer/panel/i18n/ar.js').then((m) => m.lesson),
  },
  'the lesson translation',
);
