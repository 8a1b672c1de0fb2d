/** `sv` matches `sv`, `sv-SE` and `sv-FI`: people read a language, not a region. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}
