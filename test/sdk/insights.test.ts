/// <reference types="mocha" />
/**
 * `learn.insights` over httpBackend and a stand-in for the server's insights routes: reports are
 * validated, the filter reaches the server as a query string (and a bad one never leaves the
 * browser), CSV comes back as text with its header row, and every refusal is a BackendError of the
 * kind `<learn-insights>` branches on. memoryBackend says insights need the reference server.
 */
import { expect } from '@open-wc/testing';
import { createLearn, memoryBackend } from '../../sdk/index.js';
import { ARTICLES, backendFailure, cleanup, freshTenant, track } from './helpers.js';
import { CSV_HEADERS, EMPLOYEE_NOT_OWNER, insightsLearn, OWNER, REPORTS } from './insights-fixtures.js';

describe('learn.insights', () => {
  afterEach(cleanup);

  it('reads each report with the bearer token and returns it validated', async () => {
    const { learn, seen } = insightsLearn();
    for (const name of Object.keys(REPORTS) as (keyof typeof REPORTS)[]) {
      expect(await learn.insights.report(name), name).to.deep.equal(REPORTS[name]);
    }
    expect(seen.map((s) => s.url.pathname)).to.deep.equal(['searches', 'articles', 'questions', 'lessons', 'feedback'].map((n) => `/api/v1/insights/${n}`));
    expect(seen[0]!.headers.get('Authorization')).to.equal(`Bearer ${OWNER.token}`);
    expect(seen[0]!.url.search, 'no filter: the server’s default range').to.equal('');
  });

  it('sends the filter as from, to and screen', async () => {
    const { learn, seen } = insightsLearn();
    await learn.insights.report('searches', { from: '2026-10-01', to: '2026-10-31', screen: 'crm/opportunity' });
    const params = seen[0]!.url.searchParams;
    expect([params.get('from'), params.get('to'), params.get('screen'), params.get('format')]).to.deep.equal(['2026-10-01', '2026-10-31', 'crm/opportunity', null]);
  });

  it('refuses a bad filter or report name with invalid-input before any request', async () => {
    const { learn, seen } = insightsLearn();
    const bad = [
      [{ from: '2026-02-30' }, /from "2026-02-30" is not a date/],
      [{ to: '25/11/2026' }, /to "25\/11\/2026"/],
      [{ from: '2026-11-02', to: '2026-11-01' }, /after to/],
      [{ screen: 'CRM Opportunity!' }, /screen key/],
    ] as const;
    for (const [filter, message] of bad) {
      const error = await backendFailure(learn.insights.report('searches', filter));
      expect(error.kind, JSON.stringify(filter)).to.equal('invalid-input');
      expect(error.message).to.match(message);
    }
    const unknown = await backendFailure(learn.insights.report('visits' as 'searches'));
    expect(unknown.kind).to.equal('invalid-input');
    expect(seen).to.have.length(0);
  });

  it('the CSV is text with the header row, asked for with format=csv', async () => {
    const { learn, seen } = insightsLearn();
    const csv = await learn.insights.csv('feedback', { from: '2026-11-01', to: '2026-11-25' });
    expect(csv.split('\r\n')[0]).to.equal(CSV_HEADERS.feedback);
    expect(seen[0]!.url.searchParams.get('format')).to.equal('csv');
    expect(seen[0]!.headers.get('Accept')).to.equal('text/csv');
  });

  it('unauthorized without a token (no request), forbidden without role owner, invalid-input on 422', async () => {
    const guest = insightsLearn({ id: 'guest', name: 'Guest' });
    expect((await backendFailure(guest.learn.insights.report('lessons'))).kind).to.equal('unauthorized');
    expect(guest.seen).to.have.length(0);

    const erik = insightsLearn(EMPLOYEE_NOT_OWNER);
    const forbidden = await backendFailure(erik.learn.insights.report('lessons'));
    expect([forbidden.kind, forbidden.status]).to.deep.equal(['forbidden', 403]);
    expect(forbidden.message).to.contain('content owners');
    expect((await backendFailure(erik.learn.insights.csv('lessons'))).kind).to.equal('forbidden');

    const expired = insightsLearn(OWNER, () => new Response('{"error":{"code":"unauthorized","message":"token expired"}}', { status: 401 }));
    expect((await backendFailure(expired.learn.insights.report('lessons'))).kind).to.equal('unauthorized');

    const refused = insightsLearn(OWNER, () => new Response('{"error":{"code":"validation_failed","message":"the range is too long"}}', { status: 422 }));
    const invalid = await backendFailure(refused.learn.insights.report('lessons'));
    expect(invalid.kind).to.equal('invalid-input');
    expect(invalid.message).to.contain('the range is too long');
  });

  it('a malformed report is invalid-response; a dropped connection is network; a hang times out', async () => {
    const wrong = insightsLearn(OWNER, () => new Response(JSON.stringify({ ...REPORTS.searches, total: -1 }), { headers: { 'content-type': 'application/json' } }));
    const invalid = await backendFailure(wrong.learn.insights.report('searches'));
    expect(invalid.kind).to.equal('invalid-response');
    expect(invalid.message).to.contain('total');

    const html = insightsLearn(OWNER, () => new Response('<html>proxy</html>', { headers: { 'content-type': 'text/html' } }));
    expect((await backendFailure(html.learn.insights.report('searches'))).kind).to.equal('invalid-response');

    const down = insightsLearn(OWNER, () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await backendFailure(down.learn.insights.report('searches'))).kind).to.equal('network');

    const hang = insightsLearn(OWNER, (_url) => new Promise<Response>(() => {}));
    expect((await backendFailure(hang.learn.insights.report('searches'))).kind).to.equal('timeout');
  });

  it('an aborted call rejects with aborted', async () => {
    const { learn } = insightsLearn(OWNER, () => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = learn.insights.report('questions', {}, { signal: controller.signal });
    controller.abort();
    expect((await backendFailure(pending)).kind).to.equal('aborted');
  });

  it('memoryBackend: a clear error that insights need the reference server', async () => {
    const learn = track(createLearn({ backend: memoryBackend({ articles: ARTICLES }), tenant: freshTenant(), user: OWNER }));
    const error = await backendFailure(learn.insights.report('searches'));
    expect(error.message).to.contain('reference server');
    expect((await backendFailure(learn.insights.csv('searches'))).message).to.contain('reference server');
  });
});
