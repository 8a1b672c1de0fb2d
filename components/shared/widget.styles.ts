/**
 * The look `<learn-ask>` and `<learn-inbox>` share, after the theme tokens (theme.styles.ts): the
 * card and its sizes, buttons, fields, list items, notices, states, the skeleton, and the prose of
 * sanitised messages. Sizes in px/em (the host's root font size is not ours); logical properties,
 * so Arabic mirrors itself; motion only without prefers-reduced-motion.
 */
import { css } from 'lit';

export const widgetStyles = css`
  :host {
    display: block;
    font-family: var(--learn-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    font-size: var(--learn-font-size, 15px);
    line-height: 1.5;
  }
  :host([size='compact']) {
    font-size: var(--learn-font-size, 14px);
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    --_pad: 1.25em;
    box-sizing: border-box;
    display: grid;
    gap: 1em;
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  :host([size='compact']) .card {
    --_pad: 0.9em;
  }
  :host([size='full']) .card {
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2,
  h3 {
    line-height: 1.3;
  }
  .title {
    font-size: 1.25em;
  }
  :host([size='compact']) .title {
    font-size: 1.1em;
  }
  .label {
    font-size: 0.9em;
    font-weight: 650;
  }
  .muted {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9em;
  }
  [data-focus]:focus {
    outline: none;
  }
  [data-focus]:focus-visible,
  :is(button, a, input, select, textarea, summary):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  .button,
  .button-quiet,
  .link-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding: 0.45em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button-quiet,
  .link-button {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
  }
  .link-button {
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  .button-quiet:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    flex: none;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_raised);
    color: var(--_text);
  }
  .form,
  .field {
    display: grid;
    gap: 0.45em;
  }
  .form {
    gap: 1.1em;
  }
  select,
  textarea,
  input:not([type='checkbox']) {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5em 0.65em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  textarea {
    resize: vertical;
    min-block-size: 5em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error-text {
    color: var(--_danger);
    font-size: 0.9em;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    cursor: pointer;
  }
  .check input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
  }
  .item-list {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    inline-size: 100%;
    padding: 0.6em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .item:hover {
    background: var(--_raised);
  }
  .item .icon {
    color: var(--_accent);
    margin-block-start: 0.1em;
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
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
    background: var(--_notice);
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 0.5em;
    padding: 1.5em 0.5em;
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
    font-size: 1.1em;
  }
  .skeleton {
    display: grid;
    gap: 0.7em;
  }
  .skeleton span {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: var(--_raised);
  }
  .skeleton span:first-child {
    inline-size: 55%;
    block-size: 1.3em;
  }
  .skeleton .tall {
    block-size: 6em;
  }
  .skeleton .short {
    inline-size: 8em;
    block-size: 2.5em;
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
  .avatar {
    display: inline-grid;
    place-items: center;
    inline-size: 2.4em;
    block-size: 2.4em;
    flex: none;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.9em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .status-dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_muted);
  }
  [data-status='answered'] > .status-dot,
  [data-status='solved'] > .status-dot {
    background: var(--_success);
  }
  [data-status='claimed'] > .status-dot {
    background: var(--_accent);
  }
  .messages {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    display: grid;
    gap: 0.3em;
    padding: 0.7em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .message[data-role='expert'] {
    background: var(--_raised);
  }
  .message[data-internal='true'] {
    border-style: dashed;
    border-color: var(--_danger);
    background: var(--_notice);
  }
  .message-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
    font-size: 0.85em;
  }
  .message-author {
    font-weight: 650;
  }
  .plain {
    white-space: pre-line;
  }
  /* Second line of defence after sanitising: nothing in a message can paint outside this box. */
  .prose {
    contain: paint;
    position: relative;
  }
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .prose pre {
    overflow-x: auto;
    padding: 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
