/**
 * The translations other than English, each a chunk of its own loaded the first time the drawer
 * shows that language: a page in English (most of them) never downloads Swedish, German and
 * Arabic. English is built in; it is also what shows for the moment a translation is loading.
 */
import { en, type Strings } from './en.js';

const LOADERS: Record<string, () => Promise<Strings>> = {
  sv: () => import('./sv.js').then((m) => m.sv),
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
};

const loaded = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<Strings | undefined>>();

/** Whether we ship a translation for this primary language. */
export function isShipped(language: string): boolean {
  return language === 'en' || language in LOADERS;
}

/** The translation if it is loaded (English always is), else undefined. */
export function loadedStrings(language: string): Strings | undefined {
  return loaded.get(language);
}

/**
 * Loads a shipped translation once; resolves with it (undefined for a language we do not ship,
 * or after a failed chunk load, which the next call retries).
 */
export function loadStrings(language: string): Promise<Strings | undefined> {
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
        console.warn(`Learnflow: the "${language}" translation could not be loaded; showing English.`, error);
        return undefined;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
