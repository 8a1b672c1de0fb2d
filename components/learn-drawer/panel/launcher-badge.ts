/**
 * The count of due review questions on the launcher, with the count in words in the launcher's
 * name ("Help 3 to review"). A chunk of its own, loaded by the drawer session the first time
 * something is due: not in the launcher (the host page's 5 KB first-load budget), and not in the
 * panel chunk either, which every drawer loads whether or not its person ever finished a lesson.
 */
import { ContextRequestEvent, learnContext } from '../../../sdk/context.js';
import type { Learn } from '../../../sdk/types.js';
import { primaryLanguage, resolveLocale } from '../../shared/locale.js';
import { launcherLabel } from '../launcher-labels.js';

const DUE_WORDS: Record<string, string> = { en: 'to review', sv: 'att repetera', de: 'zu wiederholen', ar: 'للمراجعة' };

const RULES = `span[part~=launcher-badge]{min-inline-size:1.5em;padding:.2em .35em;border-radius:99px;background:var(--learn-accent-contrast,#fff);color:var(--learn-accent,#1f5bd8);font-size:12px;text-align:center;box-sizing:border-box}span[hidden]{display:none}`;
let sheet: CSSStyleSheet | undefined;

export class LauncherBadge {
  private readonly badge = document.createElement('span');
  private learn: Learn | undefined;
  private off: (() => void) | undefined;

  constructor(
    private readonly drawer: HTMLElement & { locale: string | null },
    private readonly launcher: HTMLElement,
  ) {
    const root = drawer.shadowRoot!;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RULES);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.badge.setAttribute('part', 'launcher-badge');
    this.badge.setAttribute('aria-hidden', 'true'); // the launcher's name says it with words
    this.badge.hidden = true;
    // Before the host's own `badge` slot, after a space: the visible text reads "Help 3", and the
    // name ("Help 3 to review") must contain it (WCAG 2.5.3, label in name).
    launcher.insertBefore(document.createTextNode(' '), launcher.querySelector('slot'));
    launcher.insertBefore(this.badge, launcher.querySelector('slot'));
    drawer.dispatchEvent(new ContextRequestEvent(learnContext, drawer, this.onRuntime, true));
  }

  private readonly onRuntime = (learn: Learn | undefined): void => {
    this.off?.();
    this.learn = learn;
    this.off = learn?.on('review-change', () => this.update());
    this.update();
  };

  /** Shows the current count; also called when the drawer's locale changes. */
  update(): void {
    const due = this.learn?.review.dueCount ?? 0;
    this.badge.textContent = String(due);
    this.badge.hidden = due === 0;
    const locale = resolveLocale(this.drawer.locale, this.learn?.locale);
    if (due > 0) this.launcher.setAttribute('aria-label', `${launcherLabel(locale)} ${due} ${DUE_WORDS[primaryLanguage(locale)] ?? DUE_WORDS['en']}`);
    else this.launcher.removeAttribute('aria-label');
  }
}
