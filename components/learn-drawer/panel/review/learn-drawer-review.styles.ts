/**
 * The review's own rules, after the lesson player's stylesheet (the review wears the lesson's look:
 * its quiz, buttons, states and tokens).
 */
import { css } from 'lit';

export const reviewStyles = css`
  :host {
    max-inline-size: none;
  }
  .review {
    display: grid;
    gap: 0.9em;
    padding: 0.25em 0.25em 1em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .pause {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
