/**
 * The lesson player's language (components/shared/language-controller.ts: attribute, runtime,
 * page `lang`, followed while connected), plus its one format: percentages for the score.
 */
import type { ReactiveControllerHost } from 'lit';
import { LanguageController } from '../../shared/language-controller.js';
import type { LessonStrings } from '../i18n/en.js';
import { lessonTranslations } from '../i18n/load.js';

export class LessonLocalizeController extends LanguageController<LessonStrings> {
  private percentFormat: { lang: string; format: Intl.NumberFormat } | undefined;

  constructor(host: ReactiveControllerHost, explicit: () => string | undefined, runtime: () => string | undefined) {
    super(host, lessonTranslations, explicit, runtime);
  }

  /** 0.67 → "67 %" / "67%" as the language writes it. */
  percent(fraction: number): string {
    const lang = this.lang;
    if (this.percentFormat?.lang !== lang) this.percentFormat = { lang, format: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }) };
    return this.percentFormat.format.format(fraction);
  }
}
