/** `<learn-inbox>`'s look: the shared theme and widget styles, plus the queue, filters and tabs. */
import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';

const inbox = css`
  :host {
    max-inline-size: var(--learn-inbox-width, 960px);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters .field {
    flex: 1 1 10em;
  }
  .group {
    display: grid;
    gap: 0.4em;
  }
  .item .status-dot {
    margin-block-start: 0.5em;
  }
  .bar {
    display: flex;
    gap: 0.5em;
  }
  .question,
  .context {
    display: grid;
    gap: 0.75em;
  }
  .question > .prose,
  .question > .plain {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  .context-list {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .context-list div {
    display: grid;
    grid-template-columns: minmax(8em, auto) 1fr;
    gap: 0.75em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .internal-label {
    color: var(--_danger);
  }
  .tabs {
    display: flex;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    padding: 0.4em 0.9em;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    font-weight: 650;
  }
  .preview {
    min-block-size: 6em;
    padding: 0.6em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;

export const inboxStyles = [themeStyles, widgetStyles, inbox];
