/**
 * The lesson player's language: its `locale` attribute, else the runtime's locale, else the page's
 * `lang` (watched, so a host that switches language without a reload is followed). Gives the
 * strings, the writing direction and number formats. English is built in and shows while another
 * shipped language's chunk loads; languages we do not ship fall back to English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf } from '../../shared/direction.js';
import { primaryLanguage, resolveLocale } from '../../shared/locale.js';
import { en, type LessonStrings } from '../i18n/en.js';
import { isShipped, loadedStrings, loadStrings } from '../i18n/load.js';

export class LessonLocalizeController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private percentFormat: { lang: string; format: Intl.NumberFormat } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly explicit: () => string | undefined,
    private readonly runtime: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The BCP 47 tag of the text on screen: English while a translation loads or when we do not ship the language. */
  get lang(): string {
    const tag = resolveLocale(this.explicit(), this.runtime());
    const language = primaryLanguage(tag);
    if (!isShipped(language)) return 'en';
    if (loadedStrings(language)) return tag;
    void loadStrings(language).then((strings) => strings && this.host.requestUpdate());
    return 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.lang);
  }

  get strings(): LessonStrings {
    return loadedStrings(primaryLanguage(this.lang)) ?? en;
  }

  /** 0.67 → "67 %" / "67%" as the language writes it. */
  percent(fraction: number): string {
    const lang = this.lang;
    if (this.percentFormat?.lang !== lang) this.percentFormat = { lang, format: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }) };
    return this.percentFormat.format.format(fraction);
  }
}
