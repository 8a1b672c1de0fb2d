/**
 * The launcher's badge: new expert answers and due review questions, with both in words in the
 * launcher's name ("Help 1 new answer, 3 to review"). The badge shows the answers when there are
 * any (someone waited for them), else the review count. A chunk of its own, loaded by the panel
 * the first time there is something to count — due reviews, new answers, or questions asked — and
 * handed to the drawer session, which adds the badge: not in the launcher (the host page's 5 KB
 * first-load budget), and not in the panel chunk either, which every drawer loads. The home view's
 * review and "My questions" entries ship in the same chunk, for the same people.
 */
import { ContextRequestEvent, learnContext } from '../../../sdk/context.js';
import type { Learn } from '../../../sdk/types.js';
import { primaryLanguage, resolveLocale } from '../../shared/locale.js';
import { launcherLabel } from '../launcher-labels.js';

export { renderLearningEntries } from './parts/learning-entries.js';

const DUE_WORDS: Record<string, string> = { en: 'to review', sv: 'att repetera', de: 'zu wiederholen', ar: 'للمراجعة' };
const ANSWER_WORDS: Record<string, [one: string, many: string]> = {
  en: ['new answer', 'new answers'],
  sv: ['nytt svar', 'nya svar'],
  de: ['neue Antwort', 'neue Antworten'],
  ar: ['إجابة جديدة', 'إجابات جديدة'],
};

const RULES = `span[part~=launcher-badge]{min-inline-size:1.5em;padding:.2em .35em;border-radius:99px;background:var(--learn-accent-contrast,#fff);color:var(--learn-accent,#1f5bd8);font-size:12px;text-align:center;box-sizing:border-box}span[hidden]{display:none}`;
let sheet: CSSStyleSheet | undefined;

/** The launcher's name with its counts, the shown count first (WCAG 2.5.3: the name contains the visible "Help 1"). */
export function badgeLabel(locale: string, unread: number, due: number): string {
  const language = primaryLanguage(locale);
  const answers = ANSWER_WORDS[language] ?? ANSWER_WORDS['en']!;
  const parts = [
    unread > 0 ? `${unread} ${answers[unread === 1 ? 0 : 1]}` : '',
    due > 0 ? `${due} ${DUE_WORDS[language] ?? DUE_WORDS['en']}` : '',
  ].filter(Boolean);
  return `${launcherLabel(locale)} ${parts.join(', ')}`;
}

export class LauncherBadge {
  private readonly badge = document.createElement('span');
  private learn: Learn | undefined;
  private offs: (() => void)[] = [];

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
    for (const off of this.offs) off();
    this.learn = learn;
    this.offs = learn ? [learn.on('review-change', () => this.update()), learn.on('unread-change', () => this.update())] : [];
    this.update();
  };

  /** Shows the current counts; also called when the drawer's locale changes. */
  update(): void {
    const due = this.learn?.review.dueCount ?? 0;
    const unread = this.learn?.questions.unread ?? 0;
    const shown = unread || due;
    this.badge.textContent = String(shown);
    this.badge.hidden = shown === 0;
    // Which count the badge shows, for a host that styles answers apart from reviews.
    this.badge.dataset['kind'] = unread ? 'answers' : 'review';
    const locale = resolveLocale(this.drawer.locale, this.learn?.locale);
    if (shown > 0) this.launcher.setAttribute('aria-label', badgeLabel(locale, unread, due));
    else this.launcher.removeAttribute('aria-label');
  }
}
