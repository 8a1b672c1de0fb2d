/**
 * Keyboard shortcuts written as people read them: `Alt+Shift+H`, `Control+/`, `F1`. Parsed once
 * per attribute change; matched against the physical key (`event.code`) for letters and digits,
 * because Alt/Option changes `event.key` on macOS (Alt+Shift+H types "Ó" there).
 */
export interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** Lower-cased key name without modifiers: `h`, `/`, `f1`. */
  key: string;
  /** Normalised for `aria-keyshortcuts`, e.g. `Alt+Shift+H`. */
  aria: string;
}

/** `null` for an empty value or `none` (the shortcut is switched off). The last part is the key. */
export function parseShortcut(value: string | null): Shortcut | null {
  const parts = (value ?? '').split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  if (!key || key === 'none') return null;
  const has = (...names: string[]) => parts.some((part) => names.includes(part));
  const shortcut = { alt: has('alt', 'option'), ctrl: has('control', 'ctrl'), shift: has('shift'), meta: has('meta', 'cmd', 'command'), key };
  const modifiers = [shortcut.ctrl && 'Control', shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.meta && 'Meta'].filter(Boolean);
  return { ...shortcut, aria: [...modifiers, key[0]!.toUpperCase() + key.slice(1)].join('+') };
}

export function matchesShortcut(event: KeyboardEvent, { alt, ctrl, shift, meta, key }: Shortcut): boolean {
  if (event.altKey !== alt || event.ctrlKey !== ctrl || event.shiftKey !== shift || event.metaKey !== meta) return false;
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key;
}
