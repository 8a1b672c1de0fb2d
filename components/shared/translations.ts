/**
 * One element's translations: English built in (also what shows while another language loads),
 * the others loaded once each, the first time they are needed, from their chunk. A language we do
 * not ship, or a chunk that fails to load (retried next time), falls back to English.
 */
export class Translations<T> {
  private readonly loaded: Map<string, T>;
  private readonly loading = new Map<string, Promise<T | undefined>>();

  constructor(
    en: T,
    private readonly loaders: Record<string, () => Promise<T>>,
    /** For the warning: "the lesson translation", "the translation". */
    private readonly what: string,
  ) {
    this.loaded = new Map([['en', en]]);
  }

  /** Whether we ship a translation for this primary language. */
  isShipped(language: string): boolean {
    return language === 'en' || language in this.loaders;
  }

  /** The translation if it is loaded (English always is), else undefined. */
  get(language: string): T | undefined {
    return this.loaded.get(language);
  }

  /** Loads a shipped translation once; undefined for one we do not ship or after a failed load. */
  load(language: string): Promise<T | undefined> {
    const known = this.loaded.get(language);
    if (known) return Promise.resolve(known);
    const load = this.loaders[language];
    if (!load) return Promise.resolve(undefined);
    let pending = this.loading.get(language);
    if (!pending) {
      pending = load().then(
        (strings) => {
          this.loaded.set(language, strings);
          return strings;
        },
        (error: unknown) => {
          this.loading.delete(language);
          console.warn(`Learnflow: ${this.what} in "${language}" could not be loaded; showing English.`, error);
          return undefined;
        },
      );
      this.loading.set(language, pending);
    }
    return pending;
  }
}
