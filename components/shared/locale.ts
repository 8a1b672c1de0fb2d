/**
 * Locale helpers shared by the launcher (which must stay tiny) and the panel. A locale is a
 * BCP 47 tag; we only ever branch on its primary language.
 */

/** Primary language subtag, lower-cased: `sv-SE` → `sv`. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The locale an element shows: its own `locale` attribute, else the runtime's, else the page's
 * `lang`, else the browser's, else English.
 */
export function resolveLocale(explicit: string | null | undefined, runtimeLocale?: string): string {
  return explicit || runtimeLocale || document.documentElement.lang || navigator.language || 'en';
}
