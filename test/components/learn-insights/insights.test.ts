/// <reference types="mocha" />
/**
 * `<learn-insights>` over a real runtime whose httpBackend talks to a stand-in for the server's
 * insights routes (test/sdk/insights-fixtures.ts): the five reports as charts with a table view,
 * the filter, CSV downloads, and the states — loading, empty, an error with Try again, signed out,
 * and "you need the content owner role" on 403 — each audited with axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/learn-insights/define.js';
import type { LearnInsights } from '../../../components/learn-insights/learn-insights.js';
import type { Learn, LearnUser } from '../../../sdk/types.js';
import { cleanup } from '../../sdk/helpers.js';
import { CSV_HEADERS, EMPLOYEE_NOT_OWNER, insightsLearn, OWNER, REPORTS, type Respond } from '../../sdk/insights-fixtures.js';
import { $, $$, text, until } from '../learn-ask/fixtures.js';
import { useElementTestHooks } from '../shared/test-hooks.js';

const section = (el: HTMLElement, name: string) => $(el, `[data-report="${name}"]`)!;

async function setup(user: LearnUser | null = OWNER, respond?: Respond, template = html`<learn-insights></learn-insights>`) {
  const { learn, seen } = insightsLearn(user, respond, document.documentElement);
  const el = await fixture<LearnInsights>(template);
  return { el, learn, seen };
}

/** Every report drawn (not loading). */
const loaded = (el: LearnInsights) => until(() => $$(el, '[part~="report"]').length === 5 && $$(el, '[part~="report"][aria-busy="true"]').length === 0, 'the five reports');

describe('<learn-insights>', () => {
  useElementTestHooks([]);
  afterEach(cleanup);

  it('shows the five reports as labelled SVG charts, with summaries; accessible', async () => {
    const { el, seen } = await setup();
    await loaded(el);
    const charts = $$(el, 'svg[role="img"]');
    expect(charts.map((c) => c.getAttribute('data-chart'))).to.deep.equal(['no-results', 'top-queries', 'articles', 'questions', 'lessons', 'feedback']);
    for (const chart of charts) expect(chart.getAttribute('aria-label')).to.have.length.greaterThan(20);
    expect(text(section(el, 'searches'))).to.contain('412 searches, 57 with no results').and.contain('expense report');
    expect(text(section(el, 'articles'))).to.contain('Renewal discounts').and.contain('outdated 14');
    expect($(el, '[data-chart="questions"]')!.getAttribute('aria-label')).to.contain('7 open questions, 2 older than the target of 4 hours');
    expect(text(section(el, 'lessons'))).to.contain('Completed 96 (80%)');
    // Feedback over time keeps to the calendar: three days with feedback are three points, the rest gaps.
    expect($$(el, '[data-chart="feedback"] .point')).to.have.length(3);
    expect($$(el, '[data-report="questions"] .legend li').map(text)).to.deep.equal(['Within half the target', 'Nearing the target', 'Past the target', 'Past twice the target']);
    // The default range: the 30 days ending today, sent to every report.
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    expect(seen.map((s) => s.url.searchParams.get('from'))).to.deep.equal(Array(5).fill(from));
    expect($<HTMLInputElement>(el, '[part~="filter-from"]')!.value).to.equal(from);
    await expect(el).to.be.accessible();
  });

  it('“Show table” shows a real table with a caption and header cells, and back', async () => {
    const { el } = await setup();
    await loaded(el);
    const toggle = () => $<HTMLButtonElement>(el, '[data-report="lessons"] [part~="view-toggle"]')!;
    expect(text(toggle())).to.equal('Show table');
    toggle().click();
    await el.updateComplete;
    const table = $(el, '[data-report="lessons"] table')!;
    expect(text(table.querySelector('caption'))).to.equal('Lesson funnel');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), text(th)])).to.deep.equal([['col', 'Lesson'], ['col', 'Started'], ['col', 'Completed'], ['col', 'Passed']]);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(text)).to.deep.equal(['Discount rules in two minutes', 'Purchase orders and approval limits']);
    expect($(el, '[data-report="lessons"] svg[role="img"]')).to.equal(null);
    expect(text(toggle())).to.equal('Show chart');
    for (const name of ['searches', 'articles', 'questions', 'feedback']) $<HTMLButtonElement>(el, `[data-report="${name}"] [part~="view-toggle"]`)!.click();
    await el.updateComplete;
    expect($$(el, 'table')).to.have.length(6);
    await expect(el).to.be.accessible();
    toggle().click();
    await el.updateComplete;
    expect($(el, '[data-report="lessons"] svg[role="img"]')).to.not.equal(null);
  });

  it('Apply reloads every report for the range and screen; a backwards range is refused next to the fields', async () => {
    const { el, seen, learn } = await setup();
    await loaded(el);
    const from = $<HTMLInputElement>(el, '[part~="filter-from"]')!;
    const to = $<HTMLInputElement>(el, '[part~="filter-to"]')!;
    from.value = '2026-11-10';
    to.value = '2026-11-01';
    $<HTMLButtonElement>(el, '[part~="apply-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="filter-error"]'))).to.contain('on or before');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(seen).to.have.length(5);
    await expect(el).to.be.accessible();

    from.value = '2026-10-01';
    to.value = '2026-10-31';
    $<HTMLButtonElement>(el, '[part~="apply-button"]')!.click();
    await until(() => seen.length === 10, 'five more requests');
    await loaded(el);
    expect(seen.slice(5).map((s) => `${s.url.searchParams.get('from')}..${s.url.searchParams.get('to')}`)).to.deep.equal(Array(5).fill('2026-10-01..2026-10-31'));
    expect($(el, '[part~="filter-error"]')).to.equal(null);
    expect(text($(el, '[part~="range"]'))).to.equal('Oct 1, 2026 – Oct 31, 2026, all screens');
    expect(learn.user?.id).to.equal(OWNER.id);
  });

  it('Download CSV saves the report’s CSV under a name with the range', async () => {
    const { el, seen } = await setup();
    await loaded(el);
    const saved: { name: string; body: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) void fetch(this.href).then((r) => r.text()).then((body) => saved.push({ name: this.download, body }));
      else click.call(this);
    };
    try {
      $<HTMLButtonElement>(el, '[data-report="searches"] [part~="download-button"]')!.click();
      await until(() => saved.length === 1, 'the file');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const { from, to } = Object.fromEntries(seen[0]!.url.searchParams);
    expect(saved[0]!.name).to.equal(`learnflow-searches-${from}-to-${to}.csv`);
    expect(saved[0]!.body.split('\r\n')[0]).to.equal(CSV_HEADERS.searches);
    expect(seen.at(-1)!.url.searchParams.get('format')).to.equal('csv');
    await until(() => text($(el, '[role="status"]')).includes('Downloaded learnflow-searches-'), 'announced');
  });

  it('loading: a skeleton per report and aria-busy; accessible', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { el } = await setup(OWNER, async () => (await gate, undefined));
    await until(() => $$(el, '[part~="report"][aria-busy="true"]').length === 5, 'five loading reports');
    expect($$(el, '[part~="loading"]')).to.have.length(5);
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
  });

  it('empty and failed reports: “No searches in this range”, and Try again loads the report', async () => {
    let failLessons = true;
    const { el } = await setup(OWNER, (url) => {
      if (url.pathname.endsWith('/searches')) return new Response(JSON.stringify({ ...REPORTS.searches, total: 0, noResultTotal: 0, noResults: [], top: [] }), { headers: { 'content-type': 'application/json' } });
      if (url.pathname.endsWith('/lessons') && failLessons) return new Response('{"error":{"code":"x","message":"boom"}}', { status: 500 });
      return undefined;
    });
    await loaded(el);
    expect(text($(el, '[data-report="searches"] [part~="empty"]'))).to.equal('No searches in this range.');
    expect($(el, '[data-report="searches"] [part~="download-button"]'), 'nothing to download').to.equal(null);
    expect(text($(el, '[data-report="lessons"] [part~="error"]'))).to.contain('This report could not be loaded');
    await expect(el).to.be.accessible();
    failLessons = false;
    $<HTMLButtonElement>(el, '[data-report="lessons"] [part~="error-retry"]')!.click();
    await until(() => $(el, '[data-chart="lessons"]'), 'the lesson funnel');
  });

  it('not an owner (403): “You need the content owner role”; signed out: asks to sign in; both accessible', async () => {
    const { el } = await setup(EMPLOYEE_NOT_OWNER);
    await until(() => $(el, '[part~="forbidden"]'), 'the 403 state');
    expect(text($(el, '[part~="forbidden"]'))).to.contain('You need the content owner role');
    expect($(el, 'svg[role="img"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await cleanup();

    const guest = await setup(null);
    await until(() => $(guest.el, '[part~="signed-out"]'), 'signed out');
    expect(guest.seen).to.have.length(0);
    await expect(guest.el).to.be.accessible();
    await (guest.learn as Learn).setUser(OWNER);
    await loaded(guest.el);
  });

  it('in Arabic: right to left, translated, accessible; dark theme accessible', async () => {
    const { el } = await setup(OWNER, undefined, html`<learn-insights locale="ar" theme="dark"></learn-insights>`);
    await until(() => $(el, '.card')?.getAttribute('dir') === 'rtl', 'Arabic loaded');
    await loaded(el);
    expect(text($(el, 'h2'))).to.equal('رؤى حول المساعدة');
    const label = $(el, '[data-chart="lessons"] .row-label')!;
    expect(label.getAttribute('text-anchor'), 'bars grow from the right').to.equal('end');
    await expect(el).to.be.accessible();
  });
});
