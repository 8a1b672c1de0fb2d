/**
 * The look every Learnflow element shares. Public tokens are `--learn-*` (one set themes the drawer
 * and the lesson player alike), each mapped to a private `--_*` with light and dark defaults, so a
 * token the host sets wins in both themes; `theme="light|dark"` forces one, `auto` follows
 * `prefers-color-scheme`. Plus the few rules both elements need to the letter.
 */
import { css } from 'lit';

const light = css`
  --_surface: var(--learn-surface, #fff);
  --_raised: var(--learn-surface-raised, #f4f6f9);
  --_text: var(--learn-text, #1b1f24);
  --_muted: var(--learn-text-muted, #59616d);
  --_border: var(--learn-border, #d8dde4);
  --_accent: var(--learn-accent, #1f5bd8);
  --_on-accent: var(--learn-accent-contrast, #fff);
  --_mark: var(--learn-mark, #fde68a);
  --_notice: var(--learn-notice, #fff4d6);
  --_success: var(--learn-success, #17663a);
  --_danger: var(--learn-danger, #b42318);
  color-scheme: light;
`;

const dark = css`
  --_surface: var(--learn-surface, #17191d);
  --_raised: var(--learn-surface-raised, #22252b);
  --_text: var(--learn-text, #e8eaed);
  --_muted: var(--learn-text-muted, #a6adb8);
  --_border: var(--learn-border, #363a42);
  --_accent: var(--learn-accent, #8fb0ff);
  --_on-accent: var(--learn-accent-contrast, #0b1020);
  --_mark: var(--learn-mark, #5c4a00);
  --_notice: var(--learn-notice, #3a3014);
  --_success: var(--learn-success, #7fd6a0);
  --_danger: var(--learn-danger, #ff9b8f);
  color-scheme: dark;
`;

/** Goes first in an element's styles: its own `:host` rules come after. */
export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--learn-radius, 8px);
    --_focus: var(--learn-focus-ring, #f5a000);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Icons that point in reading order ("back", "next") mirror in right-to-left text. */
  :dir(rtl) .flip {
    transform: scaleX(-1);
  }
`;
