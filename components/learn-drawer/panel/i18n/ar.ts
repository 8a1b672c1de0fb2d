import type { Strings } from './en.js';

const plural = new Intl.PluralRules('ar');

export const ar: Strings = {
  close: 'إغلاق المساعدة',
  searchLabel: 'البحث في المساعدة',
  searchPlaceholder: 'ابحث في مقالات المساعدة',
  suggestedHeading: 'مقترحات لهذه الشاشة',
  noSuggestions: 'لا يوجد شيء خاص بهذه الشاشة بعد. استخدم البحث أعلاه للعثور على المساعدة في أي موضوع.',
  recentHeading: 'شوهدت مؤخرًا',
  resultsLabel: 'نتائج البحث',
  // Arabic has six plural forms; Intl.PluralRules picks the right one.
  resultCount: (count) =>
    ({
      zero: 'لم يُعثر على أي مقالة',
      one: 'تم العثور على مقالة واحدة',
      two: 'تم العثور على مقالتين',
      few: `تم العثور على ${count} مقالات`,
      many: `تم العثور على ${count} مقالة`,
      other: `تم العثور على ${count} مقالة`,
    })[plural.select(count)] ?? `${count}`,
  searching: 'جارٍ البحث…',
  noResultsTitle: (query) => `لا توجد مساعدة تطابق «${query}»`,
  noResultsHint: 'جرّب كلمات أخرى، أو اسأل زميلًا يعرف هذا المجال.',
  ask: 'اسأل خبيرًا',
  askUnavailable: 'لم يتم إعداد سؤال الخبراء في هذه الصفحة بعد.',
  back: 'رجوع',
  openFullPage: 'فتح في صفحة كاملة',
  opensInNewTab: '(يفتح في علامة تبويب جديدة)',
  updated: (date) => `آخر تحديث ${date}`,
  owner: (owner) => `المسؤول: ${owner}`,
  loading: 'جارٍ تحميل المساعدة…',
  loadingArticle: 'جارٍ تحميل المقالة…',
  offline: 'أنت غير متصل. يتم عرض المساعدة المحفوظة على هذا الجهاز.',
  stale: 'تعذّر تحديث المساعدة الآن. يتم عرض النسخة المحفوظة على هذا الجهاز.',
  backOnline: 'عاد الاتصال.',
  errorTitle: 'تعذّر تحميل المساعدة',
  errorBody: 'لم تستجب خدمة المساعدة. تحقّق من الاتصال وحاول مرة أخرى.',
  searchError: 'البحث غير متاح حاليًا.',
  retry: 'حاول مرة أخرى',
  emptyTitle: 'لا توجد مقالات مساعدة بعد',
  emptyBody: 'لم يُنشر شيء هنا بعد. لا يزال بإمكانك سؤال خبير.',
  articleNotFound: 'هذه المقالة لم تعد متاحة.',
  articleOffline: 'هذه المقالة غير محفوظة على هذا الجهاز. ستُفتح عندما يعود الاتصال.',
  articleError: 'تعذّر تحميل هذه المقالة.',
  suggestionsUpdated: 'تم تحديث المقترحات لهذه الشاشة.',
  shortcutHint: (keys) => `تلميح: اضغط ${keys} لفتح المساعدة من أي مكان.`,
  notConnected: 'المساعدة غير متصلة في هذه الصفحة.',
  lessonsHeading: 'دروس لهذه الشاشة',
  lessonMeta: (minutes) => `مدة الدرس بالدقائق: ${minutes}`,
  // A count after a colon avoids Arabic's number agreement (1, 2, 3–10, 11+ take different forms).
  lessonKind: 'درس',
};

/** The lesson player's words in the same chunk: one download per language for the drawer and the lessons in it. */
export { ar as lesson } from '../../../learn-lesson/i18n/ar.js';
