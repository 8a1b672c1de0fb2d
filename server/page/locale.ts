/** Page language: direction, and the few words the page frame itself says. */

/** Scripts written right to left (BCP 47 primary language subtags). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function textDirection(locale: string): 'rtl' | 'ltr' {
  return RTL.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

export interface PageLabels {
  updated: string;
  owner: string;
  plainText: string;
  notFoundTitle: string;
  notFoundText: string;
}

const LABELS: Record<string, PageLabels> = {
  en: { updated: 'Updated', owner: 'Kept up to date by', plainText: 'This article is shown as plain text because it could not be formatted.', notFoundTitle: 'Article not found', notFoundText: 'There is no article at this address. It may have been moved or removed.' },
  sv: { updated: 'Uppdaterad', owner: 'Hålls aktuell av', plainText: 'Artikeln visas som ren text eftersom den inte kunde formateras.', notFoundTitle: 'Artikeln hittades inte', notFoundText: 'Det finns ingen artikel på den här adressen. Den kan ha flyttats eller tagits bort.' },
  de: { updated: 'Aktualisiert', owner: 'Gepflegt von', plainText: 'Dieser Artikel wird als reiner Text angezeigt, weil er nicht formatiert werden konnte.', notFoundTitle: 'Artikel nicht gefunden', notFoundText: 'Unter dieser Adresse gibt es keinen Artikel. Er wurde vielleicht verschoben oder entfernt.' },
  ar: { updated: 'آخر تحديث', owner: 'يتولى تحديثه', plainText: 'تُعرض هذه المقالة كنص عادي لأنه تعذّر تنسيقها.', notFoundTitle: 'المقالة غير موجودة', notFoundText: 'لا توجد مقالة على هذا العنوان. ربما نُقلت أو حُذفت.' },
};

export function pageLabels(locale: string): PageLabels {
  return LABELS[locale.split('-')[0]?.toLowerCase() ?? ''] ?? (LABELS.en as PageLabels);
}

/** "22 September 2026" in the article's language; the ISO string if the runtime lacks the locale. */
export function formatDate(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  } catch {
    return iso;
  }
}
