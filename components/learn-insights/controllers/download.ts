/**
 * "Download CSV": the report's CSV through the runtime (`learn.insights.csv`, so the bearer token
 * goes with it — a plain link could not carry it), saved as a file from a Blob and an object URL.
 * One download per report at a time; the file is named after the report and the range.
 */
import type { InsightsFilter, InsightsReportName, Learn } from '../../../sdk/types.js';

/** `learnflow-searches-2026-10-27-to-2026-11-25.csv` (with `-crm-opportunity` for a screen). */
export function csvFileName(name: InsightsReportName, filter: Required<Pick<InsightsFilter, 'from' | 'to'>> & InsightsFilter): string {
  const screen = filter.screen ? `-${filter.screen.replace(/[^a-z0-9._-]+/g, '-')}` : '';
  return `learnflow-${name}-${filter.from}-to-${filter.to}${screen}.csv`;
}

export class Downloads {
  private readonly busy = new Set<InsightsReportName>();

  constructor(private readonly host: { requestUpdate(): void; renderRoot: HTMLElement | DocumentFragment }) {}

  isBusy(name: InsightsReportName): boolean {
    return this.busy.has(name);
  }

  /** Resolves with the file's name once the browser was handed the file; rejects with the runtime's error. */
  async download(learn: Learn, name: InsightsReportName, filter: Required<Pick<InsightsFilter, 'from' | 'to'>> & InsightsFilter): Promise<string | null> {
    if (this.busy.has(name)) return null;
    this.busy.add(name);
    this.host.requestUpdate();
    try {
      const csv = await learn.insights.csv(name, filter);
      const file = csvFileName(name, filter);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: file, hidden: true });
      this.host.renderRoot.appendChild(link);
      link.click();
      link.remove();
      // Revoked later, not now: a download the browser has not started reading yet would fail.
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      return file;
    } finally {
      this.busy.delete(name);
      this.host.requestUpdate();
    }
  }
}
