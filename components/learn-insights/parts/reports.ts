/**
 * What each report looks like: its summary line, its chart(s) and, for the table view, the same
 * numbers as table(s). One entry per report; the element draws the section around them.
 */
import { html, type TemplateResult } from 'lit';
import type { InsightsReportName, InsightsReports } from '../../../sdk/types.js';
import type { InsightsStrings } from '../i18n/en.js';
import { renderBarChart } from './bar-chart.js';
import { renderTable } from './data-table.js';
import { renderLineChart } from './line-chart.js';

/** Numbers, shares, days and durations in the element's language. */
export interface Formats {
  number(n: number): string;
  /** 0.24 → "24 %"; null → the "no value" mark. */
  percent(share: number | null): string;
  /** "2026-11-25" → "25 Nov" (short) or "25 Nov 2026". */
  day(day: string, short?: boolean): string;
  /** An ISO date-time as a date and time. */
  dateTime(iso: string): string;
  duration(minutes: number): string;
}

/** Right to left, and the width a chart may take (a report section's, in CSS px). */
export interface ChartLayout {
  rtl: boolean;
  width: number;
}

export interface ReportView<R extends InsightsReportName> {
  empty(data: InsightsReports[R]): boolean;
  summary(data: InsightsReports[R], s: InsightsStrings, f: Formats): string;
  chart(data: InsightsReports[R], s: InsightsStrings, f: Formats, layout: ChartLayout): TemplateResult;
  table(data: InsightsReports[R], s: InsightsStrings, f: Formats): TemplateResult;
}

/** How many rows a chart draws (the table and the CSV have them all). */
const CHART_ROWS = 10;

const searches: ReportView<'searches'> = {
  empty: (d) => d.total === 0,
  summary: (d, s, f) => s.searchTotals(f.number(d.total), f.number(d.noResultTotal)),
  chart(d, s, f, { rtl, width }) {
    const one = (id: string, title: string, items: typeof d.top) =>
      items.length
        ? renderBarChart({
            id,
            width: Math.min(440, width),
            summary: s.searchesChart(title, `“${items[0]!.query}”`, f.number(items[0]!.count)),
            series: [{ label: s.count }],
            rows: items.slice(0, CHART_ROWS).map((q) => ({ label: q.query, values: [q.count] })),
            mode: 'grouped',
            format: (v) => f.number(v),
            rtl,
          })
        : html`<p class="muted">${s.empty.searches}</p>`;
    return html`<div class="pair">
      <div><h4 class="chart-title">${s.noResults}</h4>${one('no-results', s.noResults, d.noResults)}</div>
      <div><h4 class="chart-title">${s.topQueries}</h4>${one('top-queries', s.topQueries, d.top)}</div>
    </div>`;
  },
  table(d, s, f) {
    const columns = [{ label: s.query }, { label: s.count, numeric: true }, { label: s.opened, numeric: true }, { label: s.lastSearched }];
    const rows = (items: typeof d.top) => items.map((q) => [q.query, f.number(q.count), f.number(q.opened), f.dateTime(q.lastAt)]);
    return html`<div class="pair">
      ${renderTable('no-results-table', s.noResults, columns, rows(d.noResults))} ${renderTable('top-queries-table', s.topQueries, columns, rows(d.top))}
    </div>`;
  },
};

const ratingsOf = (n: number, s: InsightsStrings, f: Formats) => s.ratings(n, f.number(n));

function reasonsText(r: InsightsReports['articles']['items'][number]['reasons'], s: InsightsStrings, f: Formats): string {
  return (['outdated', 'unclear', 'not-answered'] as const)
    .filter((k) => r[k] > 0)
    .map((k) => `${s.reasons[k]} ${f.number(r[k])}`)
    .join(' · ');
}

const articles: ReportView<'articles'> = {
  empty: (d) => d.items.length === 0,
  summary: (d, s, f) => ratingsOf(d.items.reduce((n, a) => n + a.helpful + a.notHelpful, 0), s, f),
  chart(d, s, f, { rtl, width }) {
    const worst = d.items[0]!;
    return renderBarChart({
      width: Math.min(640, width),
      id: 'articles',
      summary: s.articlesChart(d.items.length, `“${worst.title ?? worst.article}”`, f.percent(worst.helpfulShare)),
      series: [{ label: s.helpfulShare }],
      rows: d.items.slice(0, CHART_ROWS).map((a) => {
        const reasons = reasonsText(a.reasons, s, f);
        return { label: a.title ?? a.article, values: [(a.helpfulShare ?? 0) * 100], note: `${ratingsOf(a.helpful + a.notHelpful, s, f)}${reasons ? ` — ${s.notHelpful.toLowerCase()}: ${reasons}` : ''}` };
      }),
      mode: 'grouped',
      max: 100,
      format: (v) => `${f.percent(v / 100)} ${s.helpful.toLowerCase()}`,
      rtl,
    });
  },
  table(d, s, f) {
    const columns = [
      { label: s.article },
      { label: s.helpfulShare, numeric: true },
      { label: s.helpful, numeric: true },
      { label: s.notHelpful, numeric: true },
      { label: s.reasons.outdated, numeric: true },
      { label: s.reasons.unclear, numeric: true },
      { label: s.reasons['not-answered'], numeric: true },
    ];
    const rows = d.items.map((a) => [a.title ?? a.article, f.percent(a.helpfulShare), f.number(a.helpful), f.number(a.notHelpful), f.number(a.reasons.outdated), f.number(a.reasons.unclear), f.number(a.reasons['not-answered'])]);
    return renderTable('articles-table', s.sections.articles, columns, rows);
  },
};

const AGE_KEYS = ['fresh', 'due', 'late', 'veryLate'] as const;

const questions: ReportView<'questions'> = {
  empty: (d) => d.open === 0,
  summary: (d, s, f) => `${s.openTotal(d.open, f.number(d.open))} · ${s.target(f.duration(d.targetMinutes))}`,
  chart(d, s, f, { rtl, width }) {
    const late = d.topics.reduce((n, t) => n + t.ages.late + t.ages.veryLate, 0);
    return renderBarChart({
      width: Math.min(640, width),
      id: 'questions',
      summary: s.questionsChart(f.number(d.open), f.number(late), f.duration(d.targetMinutes)),
      series: AGE_KEYS.map((k) => ({ label: s.ages[k] })),
      rows: d.topics.slice(0, CHART_ROWS).map((t) => ({
        label: t.topic,
        values: AGE_KEYS.map((k) => t.ages[k]),
        note: [...AGE_KEYS.filter((k) => t.ages[k] > 0).map((k) => `${s.ages[k]} ${f.number(t.ages[k])}`), `${s.oldest} ${f.duration(t.oldestMinutes)}`].join(' · '),
      })),
      mode: 'stacked',
      format: (v) => `${f.number(v)} ${s.open.toLowerCase()}`,
      rtl,
    });
  },
  table(d, s, f) {
    const columns = [{ label: s.topic }, { label: s.open, numeric: true }, ...AGE_KEYS.map((k) => ({ label: s.ages[k], numeric: true })), { label: s.oldest, numeric: true }];
    const rows = d.topics.map((t) => [t.topic, f.number(t.open), ...AGE_KEYS.map((k) => f.number(t.ages[k])), f.duration(t.oldestMinutes)]);
    return renderTable('questions-table', `${s.sections.questions} (${s.target(f.duration(d.targetMinutes))})`, columns, rows);
  },
};

const FUNNEL = ['started', 'completed', 'passed'] as const;

const lessons: ReportView<'lessons'> = {
  empty: (d) => d.items.length === 0,
  summary: (d, s, f) => FUNNEL.map((k) => `${s.funnel[k]} ${f.number(d.items.reduce((n, l) => n + l[k], 0))}`).join(' · '),
  chart(d, s, f, { rtl, width }) {
    const total = (k: (typeof FUNNEL)[number]) => f.number(d.items.reduce((n, l) => n + l[k], 0));
    return renderBarChart({
      width: Math.min(640, width),
      id: 'lessons',
      summary: s.lessonsChart(d.items.length, total('started'), total('completed'), total('passed')),
      series: FUNNEL.map((k) => ({ label: s.funnel[k] })),
      rows: d.items.slice(0, CHART_ROWS).map((l) => ({ label: l.title ?? l.lesson, values: FUNNEL.map((k) => l[k]) })),
      mode: 'grouped',
      format: (v, row, i) => {
        const started = row.values[0] ?? 0;
        return i <= 0 || !started ? `${s.funnel[FUNNEL[Math.max(0, i)]!]} ${f.number(v)}` : `${s.funnel[FUNNEL[i]!]} ${f.number(v)} (${f.percent(v / started)})`;
      },
      rtl,
    });
  },
  table(d, s, f) {
    const columns = [{ label: s.lesson }, ...FUNNEL.map((k) => ({ label: s.funnel[k], numeric: true }))];
    return renderTable('lessons-table', s.sections.lessons, columns, d.items.map((l) => [l.title ?? l.lesson, ...FUNNEL.map((k) => f.number(l[k]))]));
  },
};

const DAY_MS = 86_400_000;

/**
 * Every day of the range, a day without feedback as a gap (the report lists only days with some):
 * the time axis stays true to the calendar. Ranges over a year keep to the days listed.
 */
function calendar(d: InsightsReports['feedback']): { day: string; helpfulShare: number | null }[] {
  const from = Date.parse(`${d.range.from}T00:00:00Z`);
  const to = Date.parse(`${d.range.to}T00:00:00Z`);
  const count = (to - from) / DAY_MS + 1;
  if (!(count > 0 && count <= 366)) return d.days;
  const byDay = new Map(d.days.map((x) => [x.day, x.helpfulShare]));
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(from + i * DAY_MS).toISOString().slice(0, 10);
    return { day, helpfulShare: byDay.get(day) ?? null };
  });
}

const feedback: ReportView<'feedback'> = {
  empty: (d) => d.days.length === 0,
  summary: (d, s, f) => s.feedbackTotals(f.number(d.days.reduce((n, x) => n + x.count, 0)), f.number(d.days.length)),
  chart(d, s, f, { width }) {
    const shares = d.days.map((x) => x.helpfulShare).filter((v): v is number => v !== null);
    const days = calendar(d);
    return renderLineChart({
      width,
      id: 'feedback',
      summary: s.feedbackChart(d.days.length, f.day(days[0]!.day), f.day(days[days.length - 1]!.day), f.percent(shares.length ? Math.min(...shares) : null), f.percent(shares.length ? Math.max(...shares) : null)),
      points: days.map((x) => ({ label: f.day(x.day, true), value: x.helpfulShare })),
      percent: (v) => f.percent(v),
    });
  },
  table(d, s, f) {
    const columns = [{ label: s.day }, { label: s.feedbackCount, numeric: true }, { label: s.helpfulShare, numeric: true }, { label: s.averageStars, numeric: true }, { label: s.nps, numeric: true }];
    const rows = d.days.map((x) => [f.day(x.day), f.number(x.count), f.percent(x.helpfulShare), x.averageStars === null ? s.noValue : f.number(Math.round(x.averageStars * 10) / 10), x.nps === null ? s.noValue : f.number(Math.round(x.nps))]);
    return renderTable('feedback-table', s.sections.feedback, columns, rows);
  },
};

export const REPORT_VIEWS: { [R in InsightsReportName]: ReportView<R> } = { searches, articles, questions, lessons, feedback };
export const REPORT_NAMES = Object.keys(REPORT_VIEWS) as InsightsReportName[];
