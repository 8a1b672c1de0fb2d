/**
 * The lesson player's translations other than English, loaded the first time a lesson shows that
 * language. Each shares its chunk with the drawer's translation to the same language (re-exported
 * there as `lesson`): lessons mostly play inside the drawer, and one chunk per language is ≈ 400 B
 * gzip less than two; a page with only a lesson pays ≈ 1 KB for the drawer's words in that language.
 */
import { en, type LessonStrings } from './en.js';

const LOADERS: Record<string, () => Promise<LessonStrings>> = {
  sv: () => import('../../learn-drawer/panel/i18n/sv.js').then((m) => m.lesson),
  de: () => import('../../learn-drawer/panel/i18n/de.js').then((m) => m.lesson),
  ar: () => import('../../learn-drawer/panel/i18n/ar.js').then((m) => m.lesson),
};

const loaded = new Map<string, LessonStrings>([['en', en]]);
const loading = new Map<string, Promise<LessonStrings | undefined>>();

export function isShipped(language: string): boolean {
  return language === 'en' || language in LOADERS;
}

export function loadedStrings(language: string): LessonStrings | undefined {
  return loaded.get(language);
}

/** Loads a shipped translation once; undefined for one we do not ship or after a failed load (retried next time). */
export function loadStrings(language: string): Promise<LessonStrings | undefined> {
  const known = loaded.get(language);
  if (known) return Promise.resolve(known);
  const load = LOADERS[language];
  if (!load) return Promise.resolve(undefined);
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (strings) => {
        loaded.set(language, strings);
        return strings;
      },
      (error: unknown) => {
        loading.delete(language);
        console.warn(`Learnflow: the "${language}" lesson translation could not be loaded; showing English.`, error);
        return undefined;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
