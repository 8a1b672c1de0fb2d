/** The learn locale: options, then the page's `<html lang>`, then the browser, then English. */
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function clean(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // Browsers and CMSs write "sv_SE" or "EN": lower-case the language subtag and use dashes.
  const [lang = '', ...rest] = trimmed.split(/[-_]/);
  const candidate = [lang.toLowerCase(), ...rest].join('-');
  return TAG.test(candidate) ? candidate : undefined;
}

export function resolveLocale(option?: string): string {
  return (
    clean(option) ??
    clean(typeof document !== 'undefined' ? document.documentElement.lang : undefined) ??
    clean(typeof navigator !== 'undefined' ? navigator.language : undefined) ??
    'en'
  );
}
