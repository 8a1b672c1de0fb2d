/** `<learn-feedback>`'s look: the shared theme and widget styles, plus the scales and the prompt card. */
import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';

const feedback = css`
  :host {
    max-inline-size: var(--learn-feedback-width, 560px);
  }
  .card {
    gap: 0.85em;
    color: var(--_text);
  }
  :host(:not([variant='card'])) .card {
    --_pad: 1em;
  }
  :host([variant='card']) .card,
  .card[data-card] {
    box-shadow: var(--learn-feedback-shadow, 0 8px 28px rgb(0 0 0 / 0.18));
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  fieldset {
    display: grid;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.4em;
  }
  .thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .thumb {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .thumb[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .choice {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.5em;
    min-block-size: 2.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice[data-on] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .nps-choice[data-on] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .star {
    border-color: transparent;
    color: var(--_muted);
  }
  .star .icon {
    inline-size: 1.6em;
    block-size: 1.6em;
  }
  .star[data-on] .icon {
    fill: var(--learn-feedback-star, #e0a100);
    stroke: var(--learn-feedback-star, #e0a100);
  }
  .nps-ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .survey {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .survey-question {
    display: grid;
    gap: 0.4em;
  }
  .count {
    justify-self: end;
    font-size: 0.85em;
  }
  .count[data-over='true'] {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-text:empty {
    display: none;
  }
  .thanks {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .thanks .icon {
    color: var(--_success);
    inline-size: 1.6em;
    block-size: 1.6em;
  }
`;

export const feedbackStyles = [themeStyles, widgetStyles, feedback];
