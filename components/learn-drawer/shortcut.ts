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

const MODIFIERS: Record<string, 'alt' | 'ctrl' | 'shift' | 'meta'> = {
  alt: 'alt', option: 'alt', ctrl: 'ctrl', control: 'ctrl', shift: 'shift', meta: 'meta', cmd: 'meta', command: 'meta',
};

/** `null` for an empty value or `none` (the shortcut is switched off) and for anything unparsable. */
export function parseShortcut(value: string | null): Shortcut | null {
  const parts = (value ?? '').split('+').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || value!.trim().toLowerCase() === 'none') return null;
  const shortcut: Shortcut = { alt: false, ctrl: false, shift: false, meta: false, key: '', aria: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) shortcut[modifier] = true;
    else if (shortcut.key) return null; // two non-modifier keys: not a shortcut we can match
    else shortcut.key = part.toLowerCase();
  }
  if (!shortcut.key) return null;
  const names = [shortcut.ctrl && 'Control', shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.meta && 'Meta'];
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key[0]!.toUpperCase() + shortcut.key.slice(1);
  shortcut.aria = [...names.filter(Boolean), key].join('+');
  return shortcut;
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  if (event.altKey !== shortcut.alt || event.ctrlKey !== shortcut.ctrl || event.shiftKey !== shortcut.shift || event.metaKey !== shortcut.meta) {
    return false;
  }
  const { key } = shortcut;
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key;
}
