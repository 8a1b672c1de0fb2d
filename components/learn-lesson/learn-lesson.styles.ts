/**
 * The lesson player's look, after the shared theme (components/shared/theme.styles.ts: the drawer's
 * `--learn-*` tokens, so one set themes both). Sizes in px/em, never rem (the host's root font size
 * is not ours); logical properties throughout, so Arabic mirrors itself. Motion only without
 * prefers-reduced-motion.
 */
import { css } from 'lit';
import { feedbackSlotStyles } from '../shared/feedback-slot.js';
import { themeStyles } from '../shared/theme.styles.js';

const frame = css`
  :host {
    --_pad: 1.25em;
    display: block;
    max-inline-size: var(--learn-lesson-width, 640px);
    font-family: var(--learn-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    font-size: var(--learn-font-size, 15px);
    line-height: 1.5;
  }
  :host([size='compact']) {
    --_pad: 0.9em;
    max-inline-size: none;
    font-size: var(--learn-font-size, 14px);
  }
  :host([size='full']) {
    max-inline-size: none;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    box-sizing: border-box;
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  :host([size='full']) .card {
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.3em;
  }
  :host([size='compact']) .title {
    font-size: 1.15em;
  }
  [data-focus]:focus {
    outline: none;
  }
  [data-focus]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .eyebrow {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin-block-end: 0.3em;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
`;

const controls = css`
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
  }
  button,
  input {
    font: inherit;
  }
  :is(button, a, input, summary, video):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button,
  .button-quiet {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button-quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
  }
  .button-quiet:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.55em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
  }
  /* A thick start edge (logical, so it mirrors in RTL) marks right and wrong; dashed, the right one missed. */
  .option[data-result] {
    padding-inline-start: calc(0.7em - 3px);
    border-inline-start-width: 4px;
  }
  .option[data-result='right'] {
    border-color: var(--_success);
  }
  .option[data-result='wrong'] {
    border-color: var(--_danger);
  }
  .option[data-result='missed'] {
    border-style: dashed;
    border-color: var(--_success);
  }
  fieldset:disabled .option {
    cursor: default;
  }
`;

const views = css`
  .intro,
  .complete,
  .player {
    display: grid;
    gap: 0.75em;
  }
  .intro > .button,
  .complete > .button,
  .complete > .button-quiet {
    justify-self: start;
  }
  .summary,
  .meta {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    font-size: 0.9em;
  }
  .meta span {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .progress {
    display: grid;
    gap: 0.3em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  progress {
    inline-size: 100%;
    block-size: 6px;
    border: 0;
    border-radius: 3px;
    background: var(--_raised);
    appearance: none;
  }
  progress::-webkit-progress-bar {
    border-radius: 3px;
    background: var(--_raised);
  }
  progress::-webkit-progress-value {
    border-radius: 3px;
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    border-radius: 3px;
    background: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    progress::-webkit-progress-value {
      transition: inline-size 200ms ease-out;
    }
  }
  .step {
    display: grid;
    gap: 0.75em;
    padding-block: 0.25em;
  }
  .step-heading {
    font-size: 1.1em;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .nav .button-quiet {
    margin-inline-start: -0.6em;
  }
  .figure {
    margin: 0;
  }
  .figure :is(img, video) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  figcaption,
  .hint {
    margin-block-start: 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .transcript {
    margin-block-start: 0.6em;
  }
  .transcript summary {
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .transcript p {
    margin-block-start: 0.4em;
    white-space: pre-line;
  }
  .checklist,
  .feedback ul,
  .next-steps ul {
    display: grid;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  fieldset {
    display: grid;
    gap: 0.45em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .hint {
    margin-block: 0 0.2em;
  }
  .quiz {
    display: grid;
    gap: 0.75em;
  }
  .quiz > .button {
    justify-self: start;
  }
  .feedback {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 650;
  }
  .feedback[data-correct='true'] .verdict,
  .feedback li[data-result='right'] > .icon,
  .feedback li[data-result='missed'] > .icon,
  .done {
    color: var(--_success);
  }
  .feedback[data-correct='false'] .verdict,
  .feedback li[data-result='wrong'] > .icon {
    color: var(--_danger);
  }
  .feedback li {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .explanation {
    margin-block-start: 0.2em;
    color: var(--_text);
  }
  .feedback .button-quiet {
    justify-self: start;
    margin-inline-start: -0.6em;
  }
  .try-it {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .note {
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
    background: var(--_notice);
  }
  .done {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .score {
    font-size: 1.05em;
    font-weight: 600;
  }
  .result-text {
    color: var(--_muted);
  }
  .complete .title {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .complete[data-passed='true'] .title > .icon {
    color: var(--_success);
  }
  .next-steps {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .next-steps h3 {
    color: var(--_muted);
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.55em 0.7em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--_raised);
  }
  .item > .icon {
    margin-block-start: 0.1em;
    color: var(--_accent);
  }
`;

const states = css`
  .state {
    display: grid;
    justify-items: center;
    gap: 0.45em;
    padding: 1em 0.5em;
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
    font-size: 1.05em;
  }
  .state p {
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.7em;
  }
  .skeleton span {
    display: block;
    block-size: 0.85em;
    border-radius: 4px;
    background: var(--_raised);
  }
  .skeleton span:first-child {
    inline-size: 60%;
    block-size: 1.3em;
  }
  .skeleton span:nth-child(3) {
    inline-size: 80%;
  }
  .skeleton .skeleton-button {
    inline-size: 7em;
    block-size: 2.5em;
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;

const prose = css`
  /* Second line of defence after sanitising: nothing in a step can paint outside this box. */
  .prose {
    contain: paint;
    position: relative;
  }
  .prose.plain {
    white-space: pre-line;
  }
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose :is(h2, h3, h4) {
    margin: 1.1em 0 0.35em;
    font-size: 1em;
  }
  .prose :is(p, ul, ol, blockquote, pre, table) {
    margin: 0 0 0.8em;
  }
  .prose :is(ul, ol) {
    padding-inline-start: 1.4em;
  }
  .prose a {
    color: var(--_accent);
  }
  .prose blockquote {
    margin-inline: 0;
    padding: 0.5em 0.8em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_raised);
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
  .prose img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .prose .learn-anchor {
    display: none;
  }
  @media (forced-colors: active) {
    .option[data-result] {
      outline: 2px solid Highlight;
    }
  }
`;

export const lessonStyles = [themeStyles, frame, controls, views, states, prose, feedbackSlotStyles];
