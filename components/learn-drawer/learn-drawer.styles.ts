/**
 * The launcher's styles, adopted as a constructable stylesheet: allowed by `style-src 'self'`
 * (no inline <style>, no `unsafe-inline`), created on first use rather than at import.
 */
const css = /* css */ `
:host {
  --_offset: var(--learn-launcher-offset, 20px);
  font-family: var(--learn-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
}
:host([hidden]) { display: none; }
[part~='launcher'] {
  position: fixed;
  z-index: var(--learn-z-index, 2147483000);
  inset-block-end: var(--_offset);
  inset-inline-end: var(--_offset);
  display: inline-flex;
  align-items: center;
  gap: 0.45em;
  min-block-size: var(--learn-launcher-size, 48px);
  padding-block: 0;
  padding-inline: 0.95em 1.15em;
  border: 0;
  border-radius: var(--learn-launcher-radius, 999px);
  background: var(--learn-launcher-background, var(--learn-accent, #1f5bd8));
  color: var(--learn-launcher-color, var(--learn-accent-contrast, #fff));
  box-shadow: var(--learn-launcher-shadow, 0 4px 14px rgb(0 0 0 / 0.24));
  font-family: inherit;
  font-size: 15px;
  font-weight: 600;
  line-height: 1;
  cursor: pointer;
}
[part~='launcher']:hover { filter: brightness(1.1); }
[part~='launcher']:focus-visible {
  outline: 3px solid var(--learn-focus-ring, #f5a000);
  outline-offset: 3px;
}
[part~='launcher-icon'] { inline-size: 1.4em; block-size: 1.4em; flex: none; }
:host([corner^='top']) [part~='launcher'] { inset-block-end: auto; inset-block-start: var(--_offset); }
:host([corner$='start']) [part~='launcher'] { inset-inline-end: auto; inset-inline-start: var(--_offset); }
:host([no-launcher]) [part~='launcher'] { display: none; }
::slotted([slot='badge']) {
  min-inline-size: 1.5em;
  padding: 0.2em 0.4em;
  border-radius: 999px;
  background: var(--learn-badge-background, #c81e1e);
  color: var(--learn-badge-color, #fff);
  font-size: 0.8em;
}
@media (prefers-reduced-motion: no-preference) {
  [part~='launcher'] { transition: transform 0.15s ease-out; }
  [part~='launcher']:active { transform: scale(0.96); }
}
@media (forced-colors: active) {
  [part~='launcher'] { border: 1px solid ButtonText; }
}
`;

let sheet: CSSStyleSheet | undefined;

export function launcherStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
