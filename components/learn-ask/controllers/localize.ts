/**
 * `<learn-ask>`'s language (components/shared/language-controller.ts: attribute, runtime, page
 * `lang`), plus its formats: numbers for the character count, durations ("about 2 hours") and ages
 * ("3 hours ago") in the platform's own words.
 */
import type { ReactiveControllerHost } from 'lit';
import { formatAge, formatDuration } from '../../shared/durations.js';
import { LanguageController } from '../../shared/language-controller.js';
import type { AskStrings } from '../i18n/en.js';
import { askTranslations } from '../i18n/load.js';

export class AskLocalizeController extends LanguageController<AskStrings> {
  private numbers: { lang: string; format: Intl.NumberFormat } | undefined;

  constructor(host: ReactiveControllerHost, explicit: () => string | undefined, runtime: () => string | undefined) {
    super(host, askTranslations, explicit, runtime);
  }

  number(value: number): string {
    const lang = this.lang;
    if (this.numbers?.lang !== lang) this.numbers = { lang, format: new Intl.NumberFormat(lang) };
    return this.numbers.format.format(value);
  }

  duration(minutes: number): string {
    return formatDuration(minutes, this.lang);
  }

  age(iso: string): string {
    return formatAge(iso, this.lang);
  }
}
