/**
 * The launcher's styles, adopted as a constructable stylesheet: allowed by `style-src 'self'`
 * (no inline <style>, no `unsafe-inline`), created on first use rather than at import. Written
 * one rule per line: the launcher ships in the 5 KB first-load budget. Anything beyond the accent,
 * offset and font tokens is styled with `::part(launcher)`; inside, the launcher is the only
 * `button` (and the only `svg`), so the rules select it by tag; a slotted badge is styled by the host
 * (it is the host's own element).
 */
const css = `
:host{--_o:var(--learn-launcher-offset,20px);font-family:var(--learn-font-family,system-ui,sans-serif)}
:host([hidden]),:host([no-launcher]) button{display:none}
button{position:fixed;z-index:var(--learn-z-index,2147483000);inset-block:auto var(--_o);inset-inline:auto var(--_o);display:inline-flex;align-items:center;gap:.45em;min-block-size:48px;padding:0 1.1em 0 .9em;border:0;border-radius:99px;background:var(--learn-accent,#1f5bd8);color:var(--learn-accent-contrast,#fff);box-shadow:0 4px 14px #0004;font:600 15px/1 var(--learn-font-family,system-ui,sans-serif);cursor:pointer}
button:hover{filter:brightness(1.1)}
button:focus-visible{outline:3px solid var(--learn-focus-ring,#f5a000);outline-offset:3px}
svg{inline-size:1.4em;block-size:1.4em}
:host([corner^=top]) button{inset-block:var(--_o) auto}
:host([corner$=start]) button{inset-inline:var(--_o) auto}
@media (forced-colors:active){button{border:1px solid}}
`;

let sheet: CSSStyleSheet | undefined;

export function launcherStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
