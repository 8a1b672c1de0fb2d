/**
 * A horizontal bar chart as SVG: one row per item (its name above its bars), one bar per series
 * side by side (`grouped`: the lesson funnel) or the series end to end in one bar (`stacked`: the
 * age of open questions). Accessible as one image: `role="img"` with a summary the caller writes
 * (the table view has every number). Nothing is told by colour alone: every bar carries its number
 * in text, series differ by pattern as well as shade, and the legend names them. Right to left,
 * the bars grow from the right.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export interface BarSeries {
  label: string;
}

export interface BarRow {
  label: string;
  values: number[];
  /** A line of text under the bars (reasons, shares): what the row says in words. */
  note?: string;
}

export interface BarChartOptions {
  /** Unique within the element (pattern ids are made from it). */
  id: string;
  /** What the chart shows, in a sentence: the image's accessible name. */
  summary: string;
  series: BarSeries[];
  rows: BarRow[];
  mode: 'grouped' | 'stacked';
  /** Text at a bar's end: its value (grouped) or the row's total (stacked). */
  format: (value: number, row: BarRow, series: number) => string;
  /** The largest bar; default the largest value (grouped) or row total (stacked). */
  max?: number;
  /** Width in px (and viewBox units); default 640. */
  width?: number;
  rtl: boolean;
}

const WIDTH = 640;
const LABEL_H = 20;
const BAR_H = 14;
const STACK_H = 18;
const GAP = 4;
const NOTE_H = 18;
const ROW_GAP = 14;
/** Room at the bar's end for its number. */
const VALUE_W = 96;
/** Characters that fit a row at the label's size (≈ 7.5 px each). */
const clip = (text: string, width: number) => {
  const max = Math.floor(width / 8.5);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The pattern of series `i`: solid, hatched, dotted, cross-hatched (then again). */
export function seriesPatterns(id: string, count: number): SVGTemplateResult {
  const marks = [
    svg``,
    svg`<path d="M0 6 6 0M-1 1 1 -1M5 7 7 5" class="mark" />`,
    svg`<circle cx="3" cy="3" r="1.3" class="dot" />`,
    svg`<path d="M0 0 6 6M6 0 0 6" class="mark" />`,
  ];
  return svg`<defs>${Array.from({ length: count }, (_, i) =>
    svg`<pattern id=${`${id}-p${i}`} width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class=${`s${i % 4}`} />${marks[i % 4]}</pattern>`,
  )}</defs>`;
}

/** The legend: a swatch with the series' pattern and its name, for each series. */
export function renderLegend(id: string, series: BarSeries[]): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${series.map(
      (s, i) => html`<li><svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">${seriesPatterns(`${id}-l${i}`, i + 1)}<rect width="12" height="12" rx="2" fill=${`url(#${id}-l${i}-p${i})`} /></svg>${s.label}</li>`,
    )}
  </ul>`;
}

export function renderBarChart(o: BarChartOptions): TemplateResult {
  const { rows, series, mode, rtl } = o;
  const W = o.width ?? WIDTH;
  const scaleMax = Math.max(1, o.max ?? Math.max(0, ...rows.map((r) => (mode === 'stacked' ? sum(r.values) : Math.max(0, ...r.values)))));
  const room = W - VALUE_W;
  const length = (v: number) => (Math.max(0, v) / scaleMax) * room;
  // Left to right, x is x; right to left, the same distance from the right edge.
  const x = (at: number, width = 0) => (rtl ? W - at - width : at);
  const anchor = rtl ? 'end' : 'start';
  const barsH = mode === 'stacked' ? STACK_H : series.length * (BAR_H + GAP) - GAP;
  const rowH = (r: BarRow) => LABEL_H + barsH + (r.note ? NOTE_H : 0) + ROW_GAP;
  const height = Math.max(1, sum(rows.map(rowH)) - ROW_GAP + 4);

  let y = 0;
  const drawn = rows.map((row) => {
    const top = y;
    y += rowH(row);
    const barTop = top + LABEL_H;
    let bars: SVGTemplateResult[];
    if (mode === 'stacked') {
      let at = 0;
      bars = row.values.map((v, i) => {
        const w = length(v);
        const bar = w > 0 ? svg`<rect x=${x(at, w)} y=${barTop} width=${w} height=${STACK_H} fill=${`url(#${o.id}-p${i})`} class="bar" />` : svg``;
        at += w;
        return bar;
      });
      bars.push(svg`<text x=${x(at + 6)} y=${barTop + STACK_H - 4} text-anchor=${anchor} class="value">${o.format(sum(row.values), row, -1)}</text>`);
    } else {
      bars = row.values.map((v, i) => {
        const w = length(v);
        const by = barTop + i * (BAR_H + GAP);
        return svg`<rect x=${x(0, w)} y=${by} width=${w} height=${BAR_H} fill=${`url(#${o.id}-p${i})`} class="bar" /><text x=${x(w + 6)} y=${by + BAR_H - 3} text-anchor=${anchor} class="value">${o.format(v, row, i)}</text>`;
      });
    }
    return svg`<g>
      <text x=${x(0)} y=${top + 14} text-anchor=${anchor} class="row-label">${clip(row.label, W)}</text>
      ${bars}
      ${row.note ? svg`<text x=${x(0)} y=${barTop + barsH + 14} text-anchor=${anchor} class="note">${clip(row.note, W * 1.1)}</text>` : nothing}
    </g>`;
  });

  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${W} ${height}" width=${W} height=${height} role="img" aria-label=${o.summary} data-chart=${o.id}>
      ${seriesPatterns(o.id, series.length)} ${drawn}
    </svg>
    ${series.length > 1 ? renderLegend(o.id, series) : nothing}
  </figure>`;
}
