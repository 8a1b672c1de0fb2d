/** `<learn-ask>`'s look: the shared theme and widget styles, plus the form's own pieces. */
import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';

const ask = css`
  :host {
    max-inline-size: var(--learn-ask-width, 640px);
  }
  :host([size='compact']),
  :host([size='full']) {
    max-inline-size: none;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .nav {
    min-block-size: 2.25em;
    padding-inline: 0.5em;
  }
  .expert {
    display: grid;
    gap: 0.4em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .expert-card {
    display: flex;
    align-items: center;
    gap: 0.65em;
  }
  .expert-text {
    display: grid;
    font-size: 0.92em;
  }
  .expert-name {
    font-weight: 650;
  }
  .answer-time {
    font-size: 0.9em;
  }
  .count {
    justify-self: end;
    color: var(--_muted);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .count[data-over='true'] {
    color: var(--_danger);
    font-weight: 650;
  }
  .suggestions,
  .context {
    display: grid;
    gap: 0.45em;
  }
  .context-list {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .context-item {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-inline: 0.7em 0.3em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .context-text {
    display: grid;
    flex: 1;
    min-inline-size: 0;
    font-size: 0.9em;
  }
  .context-label {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .thread,
  .list {
    display: grid;
    gap: 0.75em;
  }
  .unread-dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-block-start: 0.45em;
    flex: none;
    border-radius: 50%;
    background: var(--_accent);
  }
  .unread-dot[hidden] {
    visibility: hidden;
    display: block;
  }
`;

export const askStyles = [themeStyles, widgetStyles, ask];
