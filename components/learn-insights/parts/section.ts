/**
 * One report's section: its heading, "Show table"/"Show chart" and "Download CSV" (once there is
 * something to show), then the state — a skeleton while loading (`aria-busy`), an error with Try
 * again, "nothing in this range", or the summary line with the chart or the table.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InsightsReportName, InsightsReports } from '../../../sdk/types.js';
import { icons } from '../../learn-drawer/panel/parts/icons.js';
import type { Failure } from '../../shared/failure.js';
import type { InsightsStrings } from '../i18n/en.js';
import { REPORT_VIEWS, type ChartLayout, type Formats, type ReportView } from './reports.js';

export interface SectionOptions<R extends InsightsReportName> {
  name: R;
  data: InsightsReports[R] | null;
  pending: boolean;
  failure: Failure | null;
  view: 'chart' | 'table';
  downloading: boolean;
  strings: InsightsStrings;
  formats: Formats;
  layout: ChartLayout;
  onToggle(): void;
  onDownload(): void;
  onRetry(): void;
}

export function renderSection<R extends InsightsReportName>(o: SectionOptions<R>): TemplateResult {
  const s = o.strings;
  const view = REPORT_VIEWS[o.name] as ReportView<R>;
  const data = o.pending ? null : o.data;
  const hasData = !!data && !view.empty(data);
  const bodyId = `${o.name}-body`;
  let body: TemplateResult;
  if (o.pending) {
    body = html`<div class="skeleton" part="loading" role="img" aria-label=${s.loading}><span></span><span class="tall"></span></div>`;
  } else if (o.failure) {
    body = html`<div class="state state-error" part="error">
      ${icons.alert}
      <p class="state-title">${s.errorTitle}</p>
      <p>${o.failure === 'offline' ? s.offlineBody : s.errorBody}</p>
      <button type="button" class="button" part="error-retry" @click=${o.onRetry}>${s.retry}</button>
    </div>`;
  } else if (!data) {
    body = html``;
  } else if (!hasData) {
    body = html`<p class="empty" part="empty">${s.empty[o.name]}</p>`;
  } else {
    body = html`<p class="summary muted" part="summary">${view.summary(data, s, o.formats)}</p>
      ${o.view === 'table' ? view.table(data, s, o.formats) : view.chart(data, s, o.formats, o.layout)}`;
  }
  return html`<section class="report" part="report" data-report=${o.name} aria-busy=${o.pending ? 'true' : 'false'}>
    <div class="report-head">
      <h3 id=${`${o.name}-title`} class="report-title">${s.sections[o.name]}</h3>
      ${hasData
        ? html`<div class="report-actions">
            <button type="button" class="button-quiet" part="view-toggle" aria-controls=${bodyId} @click=${o.onToggle}>${o.view === 'chart' ? s.showTable : s.showChart}</button>
            <button type="button" class="button-quiet" part="download-button" aria-disabled=${o.downloading ? 'true' : 'false'} @click=${o.onDownload}>${s.download}</button>
          </div>`
        : nothing}
    </div>
    <div id=${bodyId} class="report-body">${body}</div>
  </section>`;
}
