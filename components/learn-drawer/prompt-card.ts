/**
 * A proactive prompt on screen, beside the launcher: a feedback card (`<learn-feedback
 * variant="card">`, whose own manners apply — it never takes focus from where the person is, only
 * announces itself; Escape and its close button dismiss it) or a suggested lesson (a small card
 * that opens the lesson in the drawer). It reports the outcome to the SDK (`learn.prompts.answered`
 * / `closed`), which keeps the caps and fires `prompt-answered` / `prompt-closed`.
 */
import type { Learn, LearnEventMap } from '../../sdk/types.js';
import { primaryLanguage, resolveLocale } from '../shared/locale.js';

/**
 * While the drawer is open (the launcher says so) the card is hidden, so neither it nor its focus
 * stops sit under the drawer; it is back when the drawer closes.
 * The launcher's sheet styles every `button` of this shadow root (it is the only one there): the card's own buttons undo that. */
const RULES = `[part~=prompt]{position:fixed;z-index:calc(var(--learn-z-index,2147483000) - 1);inset-block:auto calc(var(--learn-launcher-offset,20px) + 64px);inset-inline:auto var(--learn-launcher-offset,20px);inline-size:min(360px,calc(100vw - 2 * var(--learn-launcher-offset,20px)))}
[aria-expanded=true]~[part~=prompt]{visibility:hidden}
:host([corner^=top]) [part~=prompt]{inset-block:calc(var(--learn-launcher-offset,20px) + 64px) auto}
:host([corner$=start]) [part~=prompt]{inset-inline:var(--learn-launcher-offset,20px) auto}
[part~=prompt-card]{padding:16px;border:1px solid var(--learn-border,#d8dde4);border-radius:var(--learn-radius,8px);background:var(--learn-surface,#fff);color:var(--learn-text,#1b1f24);box-shadow:0 8px 28px rgb(0 0 0 / .18);font:15px/1.45 var(--learn-font-family,system-ui,sans-serif)}
[part~=prompt-card] h2{margin:0 0 4px;font-size:16px}
[part~=prompt-card] p{margin:0 0 12px;color:var(--learn-text-muted,#59616d)}
[part~=prompt-card] button{position:static;display:inline-block;box-shadow:none;min-block-size:40px;margin-inline-end:8px;padding:0 14px;border:1px solid var(--learn-accent,#1f5bd8);border-radius:var(--learn-radius,8px);background:var(--learn-surface,#fff);color:var(--learn-accent,#1f5bd8);font:inherit;font-weight:600;cursor:pointer}
[part~=prompt-card] button.primary{background:var(--learn-accent,#1f5bd8);color:var(--learn-accent-contrast,#fff)}
[part~=prompt-card] button:focus-visible{outline:3px solid var(--learn-focus-ring,#f5a000);outline-offset:2px}
@media (prefers-color-scheme:dark){[part~=prompt-card]{--learn-surface:#17191d;--learn-text:#e8eaed;--learn-text-muted:#a6adb8;--learn-border:#363a42;--learn-accent:#8fb0ff;--learn-accent-contrast:#0b1020}}
[part~=prompt] .sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (forced-colors:active){[part~=prompt-card]{border-color:CanvasText}}`;

const WORDS: Record<string, { heading: string; start: string; later: string; minutes: (n: number) => string }> = {
  en: { heading: 'A two-minute lesson for this screen', start: 'Start the lesson', later: 'Not now', minutes: (n) => `${n} min` },
  sv: { heading: 'En tvåminuterslektion för den här vyn', start: 'Starta lektionen', later: 'Inte nu', minutes: (n) => `${n} min` },
  de: { heading: 'Eine Zwei-Minuten-Lektion zu dieser Ansicht', start: 'Lektion starten', later: 'Nicht jetzt', minutes: (n) => `${n} Min.` },
  ar: { heading: 'درس من دقيقتين لهذه الشاشة', start: 'ابدأ الدرس', later: 'ليس الآن', minutes: (n) => `${n} دقيقة` },
};

let sheet: CSSStyleSheet | undefined;

function containerIn(drawer: HTMLElement): HTMLElement {
  const root = drawer.shadowRoot!;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.querySelector('[part~=prompt]')?.remove(); // the SDK shows one at a time; a stale one goes
  const box = document.createElement('div');
  box.setAttribute('part', 'prompt');
  root.append(box);
  return box;
}

export async function showPrompt(drawer: HTMLElement & { locale: string | null }, learn: Learn, { prompt }: LearnEventMap['prompt']): Promise<void> {
  const { id } = prompt;
  const box = containerIn(drawer);
  const end = (answered: boolean) => {
    box.remove();
    void (answered ? learn.prompts.answered(id) : learn.prompts.closed(id));
  };
  if (prompt.feedback) {
    await import('../learn-feedback/define.js');
    const { subject, kind, heading, questions } = prompt.feedback;
    const card = document.createElement('learn-feedback');
    Object.assign(card, { variant: 'card', prompt: id, subject, kind, heading, questions });
    // Answered once it is sent (the card stays to say thanks); closing it afterwards only removes it.
    let answered = false;
    card.addEventListener('learn-feedback-given', () => {
      answered = true;
      void learn.prompts.answered(id);
    });
    card.addEventListener('learn-feedback-close', () => (answered ? box.remove() : end(false)));
    box.append(card);
    return;
  }
  // From the whole catalog: a lesson suggested for one screen may be placed on another.
  const lesson = learn.catalogState.catalog?.lessons.find((l) => l.id === prompt.lesson);
  if (!prompt.lesson) return end(false);
  const words = WORDS[primaryLanguage(resolveLocale(drawer.locale, learn.locale))] ?? WORDS['en']!;
  const section = document.createElement('section');
  section.setAttribute('part', 'prompt-card');
  section.setAttribute('aria-labelledby', 'prompt-heading');
  const heading = Object.assign(document.createElement('h2'), { id: 'prompt-heading', textContent: words.heading });
  const what = Object.assign(document.createElement('p'), { textContent: lesson ? `${lesson.title} · ${words.minutes(lesson.minutes)}` : prompt.lesson });
  const start = Object.assign(document.createElement('button'), { type: 'button', className: 'primary', textContent: words.start });
  const later = Object.assign(document.createElement('button'), { type: 'button', textContent: words.later });
  start.addEventListener('click', () => {
    end(true);
    learn.open({ lesson: prompt.lesson! });
  });
  later.addEventListener('click', () => end(false));
  section.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') end(false);
  });
  // Read out by a polite live region, without taking focus from the person's work.
  const say = Object.assign(document.createElement('span'), { className: 'sr' });
  say.setAttribute('role', 'status');
  section.append(heading, what, start, later);
  box.append(say, section);
  requestAnimationFrame(() => (say.textContent = `${words.heading}: ${what.textContent}`));
}
