/**
 * The lesson player's translations other than English, each a chunk of its own loaded the first
 * time a lesson shows that language (the drawer's i18n/load.ts pattern; separate strings, because
 * a page with only a lesson must not download the drawer's, and the other way round).
 */
import { en, type LessonStrings } from './en.js';

const LOADERS: Record<string, () => Promise<LessonStrings>> = {
  sv: () => import('./sv.js').then((m) => m.sv),
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
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
