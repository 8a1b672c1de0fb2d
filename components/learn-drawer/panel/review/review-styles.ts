/**
 * The review's own rules, adopted into the panel's shadow root next to the panel's stylesheet
 * (the review renders there, without a shadow root of its own, so buttons, states and tokens look
 * like the rest of the drawer). Kept in this chunk: the drawer's first open does not pay for them.
 */
const RULES = `
.review{display:grid;gap:.9em;padding:.25em .25em 1em}
.review-meta{margin:0;color:var(--_muted);font-size:.9em}
.review fieldset{display:grid;gap:.45em;margin:0;padding:0;border:0;min-inline-size:0}
.review legend{margin-block-end:.5em;padding:0;font-weight:600;font-size:1.05em}
.review-choice{display:flex;gap:.6em;align-items:flex-start;padding:.6em .7em;border:1px solid var(--_border);border-radius:var(--_radius);cursor:pointer}
.review-choice:has(input:checked){border-color:var(--_accent);background:color-mix(in srgb,var(--_accent) 8%,transparent)}
.review-choice input{margin:.2em 0 0;accent-color:var(--_accent)}
.review-feedback{display:grid;gap:.4em;padding:.75em .9em;border-inline-start:4px solid var(--_accent);border-radius:var(--_radius);background:var(--_raised)}
.review-feedback[data-correct=false]{border-inline-start-color:var(--_danger)}
.review-feedback p{margin:0}
.review-actions{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
.review-pause{margin-block-start:1em;padding-block-start:.75em;border-block-start:1px solid var(--_border);color:var(--_muted);font-size:.9em}
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the review's rules to the shadow root it renders in (once per root). */
export function adoptReviewStyles(root: Node): void {
  if (!(root instanceof ShadowRoot)) return;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(RULES);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
