/** `<learn-insights>`: the contract is the JSDoc on the class below (it feeds custom-elements.json). */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ensureContextRoot } from '../../sdk/context.js';
import { dayMs, lastDays } from '../../sdk/insights/filter.js';
import type { InsightsReportName, Learn } from '../../sdk/types.js';
import { renderFailure, renderMessage, renderSkeleton } from '../learn-ask/parts/states.js';
import { AnnounceController } from '../learn-drawer/panel/controllers/announcer.js';
import { RuntimeController } from '../learn-drawer/panel/controllers/runtime.js';
import { BackendStart } from '../shared/backend-start.js';
import { formatDuration } from '../shared/durations.js';
import { LanguageController } from '../shared/language-controller.js';
import { VERSION } from '../shared/version.js';
import { Downloads } from './controllers/download.js';
import { ChartWidthController } from './controllers/chart-width.js';
import { ReportsController } from './controllers/reports.js';
import type { InsightsStrings } from './i18n/en.js';
import { insightsTranslations } from './i18n/load.js';
import { insightsStyles } from './learn-insights.styles.js';
import { renderFilters, type FilterValues } from './parts/filters.js';
import { REPORT_NAMES, type Formats } from './parts/reports.js';
import { renderSection } from './parts/section.js';

type Screen = 'not-connected' | 'starting' | 'error' | 'signed-out' | 'forbidden' | 'reports';

/** The range shown first: the 30 days ending today, as the server's own default. */
const DEFAULT_DAYS = 30;

/**
 * @summary For content owners: what people search for and do not find (and the most frequent
 * searches), articles ranked by helpfulness with the reasons people gave, open questions by topic
 * and age against the target answer time, the lesson funnel (started, completed, passed) and
 * feedback over time. Each report is an accessible SVG chart with a table view and a CSV download;
 * all of them follow one date range and, optionally, one screen.
 *
 * Consumes the runtime from `learnContext` (or starts one from `backend`) and reads through
 * `learn.insights`, which needs the reference server. Needs a signed-in user whose token carries the
 * `owner` role; anyone else is told, politely, that they need the content owner role.
 *
 * @tag learn-insights
 *
 * @csspart base - The card around everything.
 * @csspart filters - The filter form: `filter-from`, `filter-to`, `filter-screen`, `apply-button`; a bad range is `filter-error`.
 * @csspart range - The line saying which range and screen the reports show.
 * @csspart report - One report's section (`data-report="searches|articles|questions|lessons|feedback"`).
 * @csspart view-toggle - "Show table" / "Show chart".
 * @csspart download-button - "Download CSV".
 * @csspart summary - A report's one-line summary.
 * @csspart chart - A chart (an SVG with `role="img"`); a chart with several series has a `legend`.
 * @csspart legend - The names and patterns of a chart's series.
 * @csspart table-region - The scrolling region around a table.
 * @csspart table - A report as a table.
 * @csspart empty - Nothing in this range.
 * @csspart loading - A report's loading skeleton.
 * @csspart error - A report could not be loaded; its retry button is `error-retry`.
 * @csspart not-connected - No runtime on the page.
 * @csspart signed-out - Not signed in.
 * @csspart forbidden - "You need the content owner role".
 *
 * @cssprop [--learn-insights-width=1100px] - Largest width.
 * @cssprop [--learn-chart-1=var(--learn-accent)] - First series (bars, the feedback line).
 * @cssprop [--learn-chart-2=#0f8a7e | #5fd0c2] - Second series.
 * @cssprop [--learn-chart-3=#b8630b | #f2b56b] - Third series.
 * @cssprop [--learn-chart-4=#b42318 | #ff9b8f] - Fourth series (questions past twice the target).
 * @cssprop [--learn-font-family=system-ui] - Font.
 * @cssprop [--learn-font-size=15px] - Base font size.
 * @cssprop [--learn-surface=#fff | #17191d] - Background (light | dark).
 * @cssprop [--learn-surface-raised=#f4f6f9 | #22252b] - Skeletons, table header.
 * @cssprop [--learn-text=#1b1f24 | #e8eaed] - Text colour.
 * @cssprop [--learn-text-muted=#59616d | #a6adb8] - Secondary text, gridlines.
 * @cssprop [--learn-border=#d8dde4 | #363a42] - Borders.
 * @cssprop [--learn-accent=#1f5bd8 | #8fb0ff] - Buttons, the first series.
 * @cssprop [--learn-accent-contrast=#fff | #0b1020] - Text on the accent colour.
 * @cssprop [--learn-danger=#b42318 | #ff9b8f] - Errors.
 * @cssprop [--learn-radius=8px] - Corner radius.
 * @cssprop [--learn-focus-ring=#f5a000] - Focus outline colour.
 */
export class LearnInsights extends LitElement {
  static override properties = {
    backend: {},
    locale: {},
    theme: { reflect: true },
  };
  static override styles = insightsStyles;
  static readonly version = VERSION;

  private readonly runtime = new RuntimeController(this, {
    'user-change': () => undefined,
    'catalog-change': () => undefined,
    connectivity: () => undefined,
  });
  private readonly starter = new BackendStart(this, () => this.runtime.learn, 'insights');
  private readonly localize = new LanguageController<InsightsStrings>(this, insightsTranslations, () => this.locale, () => this.runtime.learn?.locale);
  private readonly announcer = new AnnounceController(this);
  /** The filter the reports show (a new object on each Apply: the reports reload when it changes). */
  private filter: FilterValues = lastDays(DEFAULT_DAYS);
  private readonly reports = new ReportsController(this, () => this.runtime.learn, () => this.filter);
  private readonly downloads = new Downloads(this);
  private readonly chartWidth = new ChartWidthController(this);
  private readonly views = new Map<InsightsReportName, 'chart' | 'table'>();
  private rangeError = '';

  /** Reference server URL for a page with no script of its own: a runtime is started with it when none answers. */
  backend: string | undefined;
  /** Language (`en`, `sv`, `de`, `ar`); default: the runtime's locale, then the page's `lang`. */
  locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  private get learn(): Learn | undefined {
    return this.runtime.learn;
  }

  private get screen(): Screen {
    const learn = this.learn;
    if (!learn) return this.starter.failed ? 'error' : this.backend ? 'starting' : 'not-connected';
    if (!learn.user?.token) return 'signed-out';
    return this.reports.refusal ?? 'reports';
  }

  /** The screens the catalog's articles are placed on, for the screen filter. */
  private get screens(): string[] {
    const articles = this.learn?.catalogState.catalog?.articles ?? [];
    const keys = new Set(articles.flatMap((a) => a.contexts ?? []));
    if (this.filter.screen) keys.add(this.filter.screen);
    return [...keys].sort();
  }

  private formats(lang: string): Formats {
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const noValue = this.localize.strings.noValue;
    return {
      number: (n) => number.format(n),
      percent: (share) => (share === null ? noValue : percent.format(share)),
      day: (day, isShort) => (isShort ? short : long).format(new Date(`${day}T00:00:00Z`)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      duration: (minutes) => formatDuration(minutes, lang),
    };
  }

  private apply(values: FilterValues): void {
    const s = this.localize.strings;
    const from = dayMs(values.from);
    const to = dayMs(values.to);
    if (from === undefined || to === undefined || from > to) {
      this.rangeError = s.rangeInvalid;
      this.requestUpdate();
      return;
    }
    this.rangeError = '';
    this.filter = values;
    this.announcer.announce(s.loading);
    this.requestUpdate();
  }

  private toggle(name: InsightsReportName): void {
    this.views.set(name, this.views.get(name) === 'table' ? 'chart' : 'table');
    this.requestUpdate();
  }

  private async download(name: InsightsReportName): Promise<void> {
    const learn = this.learn;
    if (!learn) return;
    const s = this.localize.strings;
    try {
      const file = await this.downloads.download(learn, name, this.filter);
      if (file) this.announcer.announce(s.downloaded(file));
    } catch {
      this.announcer.announce(s.downloadFailed);
    }
  }

  private renderReports(s: InsightsStrings, lang: string): TemplateResult {
    const f = this.formats(lang);
    const rtl = this.localize.dir === 'rtl';
    const { from, to, screen } = this.filter;
    return html`${renderFilters({ values: this.filter, screens: this.screens, strings: s, error: this.rangeError, onApply: (v) => this.apply(v) })}
      <p class="range" part="range">${s.showing(f.day(from), f.day(to), screen)}</p>
      ${REPORT_NAMES.map((name) =>
        renderSection({
          name,
          data: this.reports.data(name),
          pending: this.reports.pending(name),
          failure: this.reports.failure(name),
          view: this.views.get(name) ?? 'chart',
          downloading: this.downloads.isBusy(name),
          strings: s,
          formats: f,
          layout: { rtl, width: this.chartWidth.width },
          onToggle: () => this.toggle(name),
          onDownload: () => void this.download(name),
          onRetry: () => this.reports.reload(name),
        }),
      )}`;
  }

  override render(): TemplateResult {
    const s = this.localize.strings;
    const lang = this.localize.lang;
    const screen = this.screen;
    let body: TemplateResult;
    if (screen === 'not-connected') body = renderMessage('not-connected', s.notConnected, '');
    else if (screen === 'starting') body = renderSkeleton(s.loading);
    else if (screen === 'error') body = renderFailure(s.errorTitle, s.errorBody, s.retry, () => this.starter.start());
    else if (screen === 'signed-out') body = renderMessage('signed-out', s.signedOutTitle, s.signedOutBody);
    else if (screen === 'forbidden') body = renderMessage('forbidden', s.forbiddenTitle, s.forbiddenBody);
    else body = this.renderReports(s, lang);
    return html`<div class="card" part="base" lang=${lang} dir=${this.localize.dir} aria-busy=${screen === 'starting' ? 'true' : 'false'}>
      ${screen === 'reports' ? html`<header class="head"><h2 class="title">${s.title}</h2><p class="muted">${s.intro}</p></header>` : nothing}
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
    </div>`;
  }
}
