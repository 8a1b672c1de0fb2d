/**
 * An element's language: its `locale` attribute, else the runtime's locale, else the page's `lang`
 * (watched while connected, so a host that switches language without a reload is followed). Gives
 * the strings, the `lang` to put on them and the writing direction. Until a shipped translation's
 * chunk has loaded — a moment — the text is English and so is `lang`; the host re-renders when it
 * arrives. The drawer panel and the lesson player each add their own formats on top.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf } from './direction.js';
import { primaryLanguage, resolveLocale } from './locale.js';
import type { Translations } from './translations.js';

export class LanguageController<T> implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly translations: Translations<T>,
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
    if (!this.translations.isShipped(language)) return 'en';
    if (this.translations.get(language)) return tag;
    void this.translations.load(language).then((strings) => strings && this.host.requestUpdate());
    return 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.lang);
  }

  get strings(): T {
    // English is always loaded.
    return (this.translations.get(primaryLanguage(this.lang)) ?? this.translations.get('en'))!;
  }
}
