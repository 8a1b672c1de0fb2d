/**
 * `<learn-insights>`'s look: the shared theme and widget styles, plus the filter row, the report
 * sections, the charts (series colours as `--learn-chart-1…4` with light and dark defaults; their
 * patterns are drawn in the surface colour) and the tables.
 */
import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';

const insights = css`
  :host {
    max-inline-size: var(--learn-insights-width, 1100px);
    --_c1: var(--learn-chart-1, var(--_accent));
    --_c2: var(--learn-chart-2, #0f8a7e);
    --_c3: var(--learn-chart-3, #b8630b);
    --_c4: var(--learn-chart-4, #b42318);
  }
  :host([theme='dark']) {
    --_c2: var(--learn-chart-2, #5fd0c2);
    --_c3: var(--learn-chart-3, #f2b56b);
    --_c4: var(--learn-chart-4, #ff9b8f);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_c2: var(--learn-chart-2, #5fd0c2);
      --_c3: var(--learn-chart-3, #f2b56b);
      --_c4: var(--learn-chart-4, #ff9b8f);
    }
  }
  .head {
    display: grid;
    gap: 0.3em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em;
  }
  .filters .field {
    flex: 0 1 11em;
  }
  .filters .field-wide {
    flex: 1 1 14em;
  }
  .filters .error-text {
    flex-basis: 100%;
  }
  .range {
    font-weight: 600;
  }
  .report {
    display: grid;
    gap: 0.6em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_border);
  }
  .report-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .report-title {
    font-size: 1.1em;
  }
  .report-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .report-body {
    display: grid;
    gap: 0.6em;
    min-inline-size: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
    gap: 1.25em;
  }
  .pair > div {
    display: grid;
    gap: 0.4em;
    align-content: start;
    min-inline-size: 0;
  }
  .chart-title {
    margin: 0;
    font-size: 0.95em;
  }
  .empty {
    margin: 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .chart {
    display: grid;
    gap: 0.4em;
    margin: 0;
    min-inline-size: 0;
  }
  /* At their own size (the width and height attributes) where there is room, scaled down where not. */
  .chart > svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-family: inherit;
    /* Said, not only inherited: axe measures the contrast of SVG text against the nearest background. */
    background: var(--_surface);
    /* SVG reads text-anchor in the writing direction: the charts place their text themselves (bar-chart.ts mirrors it). */
    direction: ltr;
  }
  .row-label {
    font-size: 14px;
    font-weight: 600;
    fill: var(--_text);
  }
  .value,
  .axis {
    font-size: 13px;
    fill: var(--_text);
  }
  .note {
    font-size: 12.5px;
    fill: var(--_muted);
  }
  .s0 {
    fill: var(--_c1);
  }
  .s1 {
    fill: var(--_c2);
  }
  .s2 {
    fill: var(--_c3);
  }
  .s3 {
    fill: var(--_c4);
  }
  .mark {
    stroke: var(--_surface);
    stroke-width: 1.4;
  }
  .dot {
    fill: var(--_surface);
  }
  .bar {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--_c1);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .point {
    fill: var(--_surface);
    stroke: var(--_c1);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.92em;
  }
  caption {
    padding: 0.5em 0.75em;
    font-weight: 650;
    text-align: start;
  }
  th,
  td {
    padding: 0.4em 0.75em;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_raised);
    font-weight: 650;
  }
  tbody th {
    font-weight: 500;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;

export const insightsStyles = [themeStyles, widgetStyles, insights];
