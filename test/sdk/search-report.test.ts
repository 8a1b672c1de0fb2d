/// <reference types="mocha" />
/**
 * Search analytics: the settled query only (a prefix sequence typed is one event), the article
 * opened after it, nothing without a token, through the outbox (offline → sent once when back,
 * Retry-After honoured), flushed at pagehide, and a hostile query normalised and cut, never a crash.
 * Timings are shortened through SETTLE and TIMING instead of waiting or faking the clock.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { SearchEventBatch } from '../../src/protocol/insights.js';
import { SEARCH_QUERY_MAX } from '../../src/protocol/index.js';
import { BATCH_AT, normaliseQuery, TIMING } from '../../sdk/search-analytics/collect.js';
import { SETTLE } from '../../sdk/search-report.js';
import type { Learn } from '../../sdk/types.js';
import { askMemory, EMPLOYEE, startAsk } from './ask-fixtures.js';
import { catalogReady, cleanup, freshTenant } from './helpers.js';
import { outboxRows } from './lesson-fixtures.js';

const defaults = { settle: SETTLE.ms, load: SETTLE.loadMs, ...TIMING };
const posts = (backend: ReturnType<typeof askMemory>) => backend.writes.received.filter((r) => r.method === 'POST' && r.path === '/v1/search-events');
const sent = (backend: ReturnType<typeof askMemory>) => posts(backend).flatMap((r) => (r.body as SearchEventBatch).events);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ready(learn: Learn): Promise<Learn> {
  await catalogReady(learn);
  return learn;
}

/** Types `text` one character at a time, searching on each, as the drawer does. */
async function type(learn: Learn, text: string): Promise<number> {
  let hits = 0;
  for (let i = 1; i <= text.length; i++) hits = (await learn.search(text.slice(0, i))).length;
  return hits;
}

describe('search analytics', () => {
  beforeEach(() => {
    SETTLE.ms = 150;
    SETTLE.loadMs = 0;
    Object.assign(TIMING, { holdMs: 900, batchMs: 20 });
  });
  afterEach(async () => {
    SETTLE.ms = defaults.settle;
    SETTLE.loadMs = defaults.load;
    Object.assign(TIMING, { holdMs: defaults.holdMs, batchMs: defaults.batchMs });
    await cleanup();
  });

  it('reports a prefix sequence typed as one settled search, with its result count and screen', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    await type(learn, 'discount');
    // Backspacing within the window: what stands is the query, not "discount".
    for (const q of ['discoun', 'disco', 'disc']) await learn.search(q);
    const hits = (await learn.search('disc')).length;
    await waitUntil(() => backend.feedback.searches.length === 1, 'stored', { timeout: 4000 });
    await sleep(300);
    expect(sent(backend).map((e) => e.query)).to.deep.equal(['disc']);

    // Slower typing that never pauses for the settle time: still one search, timed from the last.
    for (const q of ['merg', 'merge dup', 'merge', 'merge du', 'mer', 'me']) {
      await learn.search(q);
      await sleep(40);
    }
    await waitUntil(() => backend.feedback.searches.length === 2, 'stored', { timeout: 4000 });
    await sleep(300);
    expect(sent(backend).map((e) => e.query)).to.deep.equal(['disc', 'me']);
    const [event] = backend.feedback.searches;
    expect(event).to.include({ query: 'disc', results: hits, screen: 'crm/opportunity', userId: EMPLOYEE.id });
    expect(hits).to.be.greaterThan(0);
    expect(event!.opened).to.equal(undefined);
    expect(event!.id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(event!.at)).to.be.closeTo(Date.now(), 60_000);
    // Nothing else leaves the browser: no user id, record or URL in the event.
    expect(Object.keys(sent(backend)[0]!).sort()).to.deep.equal(['at', 'id', 'query', 'results', 'screen']);
  });

  it('a settled search nothing was opened from is replaced by the next one that extends it', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    await learn.search('Disc');
    await sleep(350); // settled, held
    await learn.search('discount   approval');
    await sleep(350);
    await learn.search('merge');
    await waitUntil(() => backend.feedback.searches.length === 2, 'stored', { timeout: 4000 });
    expect(backend.feedback.searches.map((e) => e.query)).to.deep.equal(['discount approval', 'merge']);
  });

  it('records the article opened after a search; not after one that found nothing, nor after the next search', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    await type(learn, 'close date');
    learn.markViewed('close-dates'); // pending: settles it now, opened
    learn.markViewed('discount-approval'); // a second article is not "from the results"
    await learn.search('zzzz nothing');
    await sleep(350);
    learn.markViewed('merge-duplicates'); // nothing found: not opened from it
    await learn.search('merge');
    await sleep(350); // settled and held
    learn.markViewed('merge-duplicates');
    await learn.search('close');
    await sleep(350);
    await learn.search('\u0001'); // a later search, even one not reported, ends the chance to open 'close'
    await sleep(350);
    learn.markViewed('close-dates');
    await waitUntil(() => backend.feedback.searches.length === 4, 'stored', { timeout: 4000 });
    expect(backend.feedback.searches.map((e) => [e.query, e.opened, e.results > 0])).to.deep.equal([
      ['close date', 'close-dates', true],
      ['zzzz nothing', undefined, false],
      ['merge', 'merge-duplicates', true],
      ['close', undefined, true],
    ]);
  });

  it('reports nothing for a user without a token', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant(), { id: 'guest' }));
    await type(learn, 'discount');
    learn.markViewed('discount-approval');
    await sleep(200);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await sleep(200);
    expect(posts(backend)).to.have.length(0);
  });

  it('offline: kept in the outbox and stored once when the server is back, with one key', async () => {
    const backend = askMemory();
    const tenant = freshTenant();
    backend.writes.hook = (r) => (r.path === '/v1/search-events' ? 'network' : undefined);
    const learn = await ready(startAsk(backend, tenant));
    await learn.search('discount');
    learn.markViewed('discount-approval');
    await waitUntil(() => posts(backend).length >= 1, 'tried while unreachable', { timeout: 4000 });
    expect((await outboxRows(tenant, EMPLOYEE.id)).map((r) => `${r.method} ${r.path}`)).to.deep.equal(['POST /v1/search-events']);
    expect(backend.feedback.searches).to.have.length(0);

    backend.writes.hook = null;
    await learn.sync.flush();
    await waitUntil(() => backend.feedback.searches.length === 1, 'stored when back');
    expect(backend.feedback.searches[0]).to.include({ query: 'discount', opened: 'discount-approval' });
    expect(new Set(posts(backend).map((r) => r.idempotencyKey)).size, 'one key on every try').to.equal(1);
    await learn.sync.flush();
    expect(backend.feedback.searches).to.have.length(1);
  });

  it('a 429 with Retry-After is waited out like any outbox write', async () => {
    // The outbox's own rule (outbox.test.ts "waits at least as long as Retry-After says"; httpBackend
    // turning the header into retryAfterMs: http-writes.test.ts); here: search events take that path.
    const backend = askMemory();
    const tenant = freshTenant();
    let failedAt = 0;
    backend.writes.hook = (r) => {
      if (r.path !== '/v1/search-events') return undefined;
      failedAt = Date.now();
      return { status: 429, retryAfterMs: 90_000, message: 'slow down' };
    };
    const learn = await ready(startAsk(backend, tenant));
    await learn.search('discount');
    learn.markViewed('discount-approval');
    await waitUntil(async () => (await outboxRows(tenant, EMPLOYEE.id))[0]?.attempts === 1, 'refused once', { timeout: 4000 });
    const [row] = await outboxRows(tenant, EMPLOYEE.id);
    expect(row!.state).to.equal('queued');
    expect(row!.nextAt - failedAt).to.be.within(89_950, 90_050);
    await sleep(200);
    expect(posts(backend)).to.have.length(1);
  });

  it('pagehide writes what is held, ready and still settling at once', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    Object.assign(TIMING, { holdMs: 600_000, batchMs: 600_000 });
    await learn.search('close');
    learn.markViewed('close-dates'); // loads the collector; ready, waiting for the batch
    await learn.search('merge');
    await sleep(350); // settled, held
    SETTLE.ms = 600_000;
    await learn.search('pricing');
    await sleep(100);
    expect(posts(backend)).to.have.length(0);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(() => backend.feedback.searches.length === 3, 'flushed', { timeout: 4000 });
    expect(posts(backend)).to.have.length(1);
    expect(backend.feedback.searches.map((e) => e.query)).to.deep.equal(['close', 'merge', 'pricing']);
  });

  it(`sends ${BATCH_AT} ready searches as one batch without waiting`, async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    TIMING.batchMs = 600_000;
    const queries = ['close', 'merge', 'discount', 'pricing', 'forecast', 'approval', 'account', 'duplicates', 'opportunity', 'realistic'];
    for (const q of queries) {
      await learn.search(q);
      learn.markViewed('close-dates');
    }
    await waitUntil(() => backend.feedback.searches.length === BATCH_AT, 'one batch', { timeout: 4000 });
    expect(posts(backend)).to.have.length(1);
    expect(backend.feedback.searches.map((e) => e.query)).to.deep.equal(queries);
  });

  it('normalises a hostile or oversized query, cuts it to the limit, and never reports an empty one', async () => {
    const backend = askMemory();
    const learn = await ready(startAsk(backend, freshTenant()));
    await learn.search('\u0000\u0007\u0001'); // only control characters: nothing to report
    await sleep(350);
    await learn.search(`  <script>alert(1)</script>\n\t DISCOUNT ${'x'.repeat(20_000)}`);
    learn.markViewed('discount-approval');
    await waitUntil(() => backend.feedback.searches.length === 1, 'stored', { timeout: 4000 });
    const [event] = backend.feedback.searches;
    expect(event!.query).to.have.length(SEARCH_QUERY_MAX);
    expect(event!.query.startsWith('<script>alert(1)</script> discount xxx')).to.equal(true);
    expect(sent(backend)).to.have.length(1);

    expect(normaliseQuery('  Credit \u0000  HOLD\n')).to.equal('credit hold');
    // A cut through a surrogate pair leaves no half character.
    const emoji = normaliseQuery(`${'a'.repeat(SEARCH_QUERY_MAX - 1)}😀`);
    expect(emoji).to.equal('a'.repeat(SEARCH_QUERY_MAX - 1));
    expect(normaliseQuery(' \u0000 ')).to.equal('');
  });
});
