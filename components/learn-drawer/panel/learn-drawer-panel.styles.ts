/**
 * The drawer's look, after the shared theme (components/shared/theme.styles.ts: the `--learn-*`
 * tokens with light and dark defaults). Sizes in px/em, never rem (the host's root font size is not
 * ours). Logical properties throughout, so Arabic mirrors itself.
 */
import { css } from 'lit';
import { feedbackSlotStyles } from '../../shared/feedback-slot.js';
import { themeStyles } from '../../shared/theme.styles.js';

const layout = css`
  :host {
    --_duration: var(--learn-drawer-duration, 220ms);
    /* Where the panel starts its slide: off its own edge. */
    --_from: 100%;
    display: contents;
  }
  :host([side='start']) {
    --_from: -100%;
  }
  :host(:dir(rtl)) {
    --_from: -100%;
  }
  :host([side='start']:dir(rtl)) {
    --_from: 100%;
  }

  dialog {
    position: fixed;
    z-index: var(--learn-z-index, 2147483000);
    inset-block: 0;
    inset-inline: auto 0;
    box-sizing: border-box;
    inline-size: min(var(--learn-drawer-width, 400px), 100vw);
    block-size: 100%;
    max-inline-size: 100vw;
    max-block-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--learn-drawer-shadow, 0 0 32px rgb(0 0 0 / 0.18));
    font-family: var(--learn-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    font-size: var(--learn-font-size, 15px);
    line-height: 1.5;
    overflow: hidden;
  }
  :host([side='start']) dialog {
    inset-inline: 0 auto;
    border-inline-start: 0;
    border-inline-end: 1px solid var(--_border);
  }
  dialog::backdrop {
    background: var(--learn-backdrop, rgb(15 20 30 / 0.45));
  }
  /* Narrow screens: modal and full-screen (the page behind is not usable at this width anyway). */
  @media (max-width: 599.98px) {
    dialog {
      inline-size: 100vw;
      border: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog {
      transition:
        translate var(--_duration) cubic-bezier(0.2, 0.8, 0.2, 1),
        display var(--_duration) allow-discrete,
        overlay var(--_duration) allow-discrete;
    }
    dialog:not([open]) {
      translate: var(--_from) 0;
    }
    @starting-style {
      dialog[open] {
        translate: var(--_from) 0;
      }
    }
    dialog::backdrop {
      transition: opacity var(--_duration);
    }
    @starting-style {
      dialog[open]::backdrop {
        opacity: 0;
      }
    }
  }

  .surface {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  .header {
    display: grid;
    gap: 0.75em;
    padding: 1em 1em 0.9em;
    border-block-end: 1px solid var(--_border);
    background: var(--_raised);
  }
  .title-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 650;
  }
  .search-field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-field > .icon {
    position: absolute;
    inset-inline-start: 0.7em;
    color: var(--_muted);
    pointer-events: none;
  }
  input[type='search'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.6em;
    padding-block: 0.45em;
    padding-inline: 2.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .body {
    flex: 1;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.75em 1em 1.5em;
  }
  .footer {
    margin: 0;
    padding: 0.6em 1em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.85em;
  }
`;

const controls = css`
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  button,
  a {
    font: inherit;
  }
  :is(button, a, input, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='search']:focus-visible {
    outline-offset: 0;
    border-color: var(--_accent);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.4em;
    block-size: 2.4em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.55em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button-quiet {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.35em 0.6em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button-quiet:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .muted {
    color: var(--_muted);
  }
`;

const lists = css`
  .list-section + .list-section {
    margin-block-start: 1.25em;
  }
  .section-heading {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0.25em 0 0.5em;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .article-list {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.65em;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.6em 0.7em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item > .icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
  .item:hover,
  [role='option'][aria-selected='true'] {
    background: var(--_raised);
  }
  [role='option'][aria-selected='true'] {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  :dir(rtl) [role='option'][aria-selected='true'] {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  .item-text {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .item-title {
    font-weight: 600;
  }
  .item-summary {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    color: var(--_muted);
    font-size: 0.9em;
  }
  mark {
    border-radius: 2px;
    background: var(--_mark);
    color: inherit;
  }
  .result-count {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.85em;
  }
`;

const states = css`
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0;
    padding: 0.6em 1em;
    border-block-end: 1px solid var(--_border);
    background: var(--_notice);
    font-size: 0.9em;
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 0.4em;
    padding: 2em 1em;
    text-align: center;
  }
  .state > .icon {
    inline-size: 2em;
    block-size: 2em;
    color: var(--_muted);
  }
  .state-error > .icon {
    color: var(--_danger);
  }
  .state-title {
    margin: 0;
    font-size: 1.05em;
  }
  .state p {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.9em;
    padding-block: 0.5em;
  }
  .skeleton-item {
    display: grid;
    gap: 0.4em;
  }
  .skeleton-item span {
    display: block;
    block-size: 0.8em;
    border-radius: 4px;
    background: var(--_raised);
  }
  .skeleton-item span:first-child {
    inline-size: 70%;
    block-size: 1em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-item span {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;

const article = css`
  .article-bar {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    margin-inline: -0.6em;
    margin-block-end: 0.5em;
  }
  .article-title {
    margin: 0 0 0.25em;
    font-size: 1.35em;
    line-height: 1.3;
  }
  .article-title:focus {
    outline: none;
  }
  .article-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .article-meta {
    margin: 0 0 1em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Second line of defence after sanitising: nothing in an article can paint outside this box. */
  [part~='article-body'] {
    contain: paint;
    position: relative;
    overflow-wrap: anywhere;
  }
  /*
   * Blocks below the drawer's fold are laid out and painted when they scroll into view, so opening
   * a long article costs its first screen, not its whole length (measured: the forced layout of
   * opening the demo's close-dates article 5.5–14 → 2.6–5 ms). They stay in the accessibility tree
   * and find-in-page (auto, not hidden). The clip margin keeps focus rings of links on a block's
   * first or last line whole (content-visibility implies paint containment).
   */
  .prose > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
    overflow-clip-margin: 6px;
  }
  .prose :is(h2, h3) {
    margin: 1.3em 0 0.4em;
    line-height: 1.3;
  }
  .prose h2 {
    font-size: 1.12em;
  }
  .prose h3 {
    font-size: 1em;
  }
  .prose .learn-heading {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .prose .learn-anchor {
    color: var(--_muted);
    text-decoration: none;
    opacity: 0;
  }
  .prose .learn-heading:hover .learn-anchor,
  .prose .learn-anchor:focus-visible {
    opacity: 1;
  }
  .prose :is(p, ul, ol, blockquote, pre, table) {
    margin: 0 0 0.9em;
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.4em;
  }
  .prose li + li {
    margin-block-start: 0.25em;
  }
  .prose a {
    color: var(--_accent);
  }
  .prose blockquote {
    margin-inline: 0;
    padding: 0.6em 0.9em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_raised);
  }
  .prose blockquote > :last-child {
    margin-block-end: 0;
  }
  .prose code {
    padding: 0.1em 0.3em;
    border-radius: 4px;
    background: var(--_raised);
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .prose pre {
    overflow: auto;
    padding: 0.8em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .prose pre code {
    padding: 0;
    background: none;
  }
  .prose img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .prose table {
    display: block;
    overflow: auto;
    border-collapse: collapse;
  }
  .prose :is(th, td) {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;

export const panelStyles = [themeStyles, layout, controls, lists, states, article, feedbackSlotStyles];
