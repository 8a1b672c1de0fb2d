/**
 * A line chart over days as SVG (feedback over time): a share 0–100 % per day, gaps where a day has
 * no value, a marker on every point, gridlines labelled in text. One image (`role="img"`) whose
 * summary the caller writes; the table view has every number. Time runs left to right in every
 * language (the charts are `direction: ltr` in the styles), as on a calendar.
 */
import { html, svg, type TemplateResult } from 'lit';

export interface LinePoint {
  /** The x-axis label: a short date. */
  label: string;
  /** 0–1, or null when the day has no value. */
  value: number | null;
}

export interface LineChartOptions {
  id: string;
  summary: string;
  points: LinePoint[];
  /** 0.5 → "50 %". */
  percent: (share: number) => string;
  /** At most this wide (CSS px; default 880): drawn to the column, so its text keeps its size. */
  width?: number;
}

const MAX_W = 880;
const H = 220;
const LEFT = 48;
const RIGHT = 16;
const TOP = 10;
const BOTTOM = 30;

export function renderLineChart(o: LineChartOptions): TemplateResult {
  const { points } = o;
  const W = Math.min(MAX_W, o.width ?? MAX_W);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const step = points.length > 1 ? plotW / (points.length - 1) : 0;
  const px = (i: number) => LEFT + (points.length > 1 ? i * step : plotW / 2);
  const py = (v: number) => TOP + (1 - v) * plotH;

  // One path per run of days with a value: a day without one is a gap, not a zero.
  const runs: string[] = [];
  let run = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run) runs.push(run);
      run = '';
      return;
    }
    run += `${run ? 'L' : 'M'}${px(i).toFixed(1)} ${py(p.value).toFixed(1)}`;
  });
  if (run) runs.push(run);

  // A date label per ~140 px (six at full width), always the first and the last (and none crowding the last).
  const every = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(W / 140))));
  const last = points.length - 1;
  const labelled: number[] = [];
  for (let i = 0; i < last; i += every) if (i === 0 || last - i >= every * 0.8) labelled.push(i);
  labelled.push(last);

  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${o.summary} data-chart=${o.id}>
      ${[0, 0.25, 0.5, 0.75, 1].map(
        (v) => svg`<line x1=${LEFT} x2=${W - RIGHT} y1=${py(v)} y2=${py(v)} class="grid" /><text x=${LEFT - 6} y=${py(v) + 4} text-anchor="end" class="axis">${o.percent(v)}</text>`,
      )}
      ${labelled.map((i) => svg`<text x=${px(i)} y=${H - 8} text-anchor=${i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'} class="axis">${points[i]!.label}</text>`)}
      ${runs.map((d) => svg`<path d=${d} class="line" />`)}
      ${points.map((p, i) => (p.value === null ? svg`` : svg`<circle cx=${px(i)} cy=${py(p.value)} r="3.5" class="point" />`))}
    </svg>
  </figure>`;
}
