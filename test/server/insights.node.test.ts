/**
 * Insights over real HTTP on a small known data set: each report's numbers, the date and screen
 * filters, owner-only access, and the CSV export (escaping and formula-injection guard).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ArticleInsights, FeedbackInsights, LessonInsights, QuestionInsights, SearchInsights } from '../../src/protocol/insights.js';
import { openDatabase } from '../../server/db/database.js';
import type { FeedbackTable, QuestionTable, SearchEventTable } from '../../server/db/schema.js';
import { csvCell, toCsv } from '../../server/insights/csv.js';
import { Api } from './ask-support.js';
import { token } from './feedback-support.js';
import { DEMO_CONTENT, startTestServer, TEST_SECRET, type TestServer } from './support.js';

const RANGE = '?from=2026-11-01&to=2026-11-30';
const MINUTE = 60_000;

type FeedbackRow = Pick<FeedbackTable, 'subject' | 'kind' | 'value' | 'reason' | 'screen' | 'given_at'>;

function feedbackRows(): FeedbackRow[] {
  const row = (subject: string, kind: FeedbackTable['kind'], value: number, given_at: string, reason: string | null = null, screen: string | null = 'crm/quote'): FeedbackRow => ({ subject, kind, value, reason, screen, given_at });
  const day20 = '2026-11-20T10:00:00.000Z';
  const day21 = '2026-11-21T23:59:59.000Z';
  return [
    row('article:discount-approval', 'thumbs', 1, day20),
    row('article:discount-approval', 'thumbs', 1, day20),
    row('article:discount-approval', 'thumbs', 1, day20),
    row('article:discount-approval', 'thumbs', 0, day20, 'unclear'),
    row('lesson:crm-close-dates', 'stars', 4, day20),
    row('lesson:crm-close-dates', 'stars', 5, day20),
    row('article:credit-hold', 'thumbs', 1, day21, null, 'crm/account'),
    row('article:credit-hold', 'thumbs', 0, day21, 'outdated', 'crm/account'),
    row('article:credit-hold', 'thumbs', 0, day21, 'outdated', 'crm/account'),
    ...[10, 9, 3, 7].map((v) => row('product:learnflow', 'nps', v, day21)),
    // Outside the range: counted nowhere.
    row('article:credit-hold', 'thumbs', 1, '2026-10-01T10:00:00.000Z'),
    row('article:credit-hold', 'thumbs', 1, '2026-12-01T00:00:00.000Z'),
  ];
}

function searchRows(): Omit<SearchEventTable, 'id' | 'user_id' | 'stored_at'>[] {
  const at = '2026-11-15T12:00:00.000Z';
  const ev = (query: string, results: number, opened: string | null = null, screen: string | null = 'crm/quote') => ({ query, results, opened, screen, at });
  return [
    ev('discount approval', 3, 'discount-approval'),
    ev('discount approval', 3),
    ev('discount approval', 4),
    ev('expense report', 0),
    ev('expense report', 0),
    ev('travel policy', 0, null, 'erp/purchase-order'),
    ev('=cmd|calc', 0),
    ev('credit hold, "sweden"', 0),
    { ...ev('expense report', 0), at: '2026-10-15T12:00:00.000Z' },
  ];
}

describe('insights', () => {
  let server: TestServer;
  let api: Api;
  let karin: string;
  const now = new Date();

  before(async () => {
    server = await startTestServer({ contentDir: DEMO_CONTENT, tokenSecret: TEST_SECRET, feedback: { writeRate: false, insightsTargetMinutes: 240 } });
    api = new Api(server.url);
    karin = await token('karin-holm', ['owner']);
    const db = await openDatabase({ file: server.dbFile });
    try {
      const stored_at = new Date().toISOString();
      await db.insertInto('feedback').values(feedbackRows().map((r) => ({ ...r, id: randomUUID(), user_id: 'erik-nilsson', comment: null, answers: null, prompt: null, context: '{}', stored_at }))).execute();
      await db.insertInto('search_events').values(searchRows().map((r) => ({ ...r, id: randomUUID(), user_id: 'erik-nilsson', stored_at }))).execute();
      const question = (topic: string, status: QuestionTable['status'], ageMinutes: number, screen = 'crm/quote') => {
        const created = new Date(now.getTime() - ageMinutes * MINUTE).toISOString();
        return { id: randomUUID(), asker_id: 'erik-nilsson', asker_name: 'Erik', topic, text: 'q', html: '<p>q</p>', context: JSON.stringify({ screen }), locale: 'en', status, assignee_id: null, assignee_name: null, routed_id: null, routed_name: null, article_id: null, created_at: created, updated_at: created, first_reply_at: null };
      };
      await db
        .insertInto('questions')
        .values([question('discounts', 'open', 30), question('discounts', 'claimed', 300), question('pipeline', 'open', 600, 'crm/opportunity'), question('pipeline', 'answered', 900)])
        .execute();
      const progress = (user: string, lesson: string, startedAt: string, status: string, passed?: boolean) => ({ user_id: user, lesson_id: lesson, data: JSON.stringify({ lessonId: lesson, status, passed, startedAt }), updated_at: startedAt });
      await db
        .insertInto('progress')
        .values([
          progress('u1', 'crm-close-dates', '2026-11-02T08:00:00Z', 'completed', true),
          progress('u2', 'crm-close-dates', '2026-11-03T08:00:00+01:00', 'completed', false),
          progress('u3', 'crm-close-dates', '2026-11-04T08:00:00Z', 'in-progress'),
          progress('u1', 'crm-pipeline-stages', '2026-11-05T08:00:00Z', 'in-progress'),
          progress('u4', 'crm-pipeline-stages', '2026-10-05T08:00:00Z', 'completed', true),
        ])
        .execute();
    } finally {
      await db.destroy();
    }
  });
  after(async () => server?.close());

  it('is for content owners only: 403 for others, 401 without a token', async () => {
    for (const report of ['searches', 'articles', 'questions', 'lessons', 'feedback']) {
      assert.equal((await api.get(`/v1/insights/${report}`, await token('erik-nilsson'))).status, 403);
      assert.equal((await api.get(`/v1/insights/${report}`, await token('anna-lindqvist', ['expert']))).status, 403);
      assert.equal((await api.get(`/v1/insights/${report}`)).status, 401);
    }
  });

  it('counts searches: no-result and most frequent queries, in the range and screen', async () => {
    const body = SearchInsights.parse(await (await api.get(`/v1/insights/searches${RANGE}`, karin)).json());
    assert.deepEqual(body.range, { from: '2026-11-01', to: '2026-11-30' });
    assert.equal(body.total, 8);
    assert.equal(body.noResultTotal, 5);
    assert.deepEqual(body.noResults.map((q) => [q.query, q.count]), [['expense report', 2], ['=cmd|calc', 1], ['credit hold, "sweden"', 1], ['travel policy', 1]]);
    assert.deepEqual(body.top.slice(0, 2).map((q) => [q.query, q.count, q.opened]), [['discount approval', 3, 1], ['expense report', 2, 0]]);
    const erp = SearchInsights.parse(await (await api.get(`/v1/insights/searches${RANGE}&screen=erp/purchase-order`, karin)).json());
    assert.deepEqual([erp.total, erp.noResults.map((q) => q.query)], [1, ['travel policy']]);
  });

  it('ranks articles least helpful first, with the reasons', async () => {
    const body = ArticleInsights.parse(await (await api.get(`/v1/insights/articles${RANGE}`, karin)).json());
    assert.deepEqual(
      body.items.map((i) => [i.article, i.helpful, i.notHelpful, i.reasons]),
      [
        ['credit-hold', 1, 2, { outdated: 2, unclear: 0, 'not-answered': 0 }],
        ['discount-approval', 3, 1, { outdated: 0, unclear: 1, 'not-answered': 0 }],
      ],
    );
    assert.equal(body.items[1]?.helpfulShare, 0.75);
    assert.ok(body.items[0]?.title, 'the catalog title is joined');
    const account = ArticleInsights.parse(await (await api.get(`/v1/insights/articles${RANGE}&screen=crm/account`, karin)).json());
    assert.deepEqual(account.items.map((i) => i.article), ['credit-hold']);
  });

  it('groups open questions by topic and age against the target answer time', async () => {
    const body = QuestionInsights.parse(await (await api.get('/v1/insights/questions', karin)).json());
    assert.equal(body.targetMinutes, 240);
    assert.equal(body.open, 3);
    assert.deepEqual(
      body.topics.map((t) => [t.topic, t.open, t.ages]),
      [
        ['pipeline', 1, { fresh: 0, due: 0, late: 0, veryLate: 1 }],
        ['discounts', 2, { fresh: 1, due: 0, late: 1, veryLate: 0 }],
      ],
    );
    assert.ok((body.topics[0]?.oldestMinutes ?? 0) >= 600);
    const quote = QuestionInsights.parse(await (await api.get('/v1/insights/questions?screen=crm/quote', karin)).json());
    assert.deepEqual(quote.topics.map((t) => t.topic), ['discounts']);
  });

  it('still counts a question that has waited longer than the default 30-day range', async () => {
    const db = await openDatabase({ file: server.dbFile });
    try {
      const created = new Date(now.getTime() - 45 * 86_400_000).toISOString();
      await db
        .insertInto('questions')
        .values({ id: randomUUID(), asker_id: 'maja-sjoberg', asker_name: 'Maja', topic: 'forecast', text: 'q', html: '<p>q</p>', context: '{}', locale: 'en', status: 'open', assignee_id: null, assignee_name: null, routed_id: null, routed_name: null, article_id: null, created_at: created, updated_at: created, first_reply_at: null })
        .execute();
    } finally {
      await db.destroy();
    }
    const body = QuestionInsights.parse(await (await api.get('/v1/insights/questions', karin)).json());
    const forecast = body.topics.find((t) => t.topic === 'forecast');
    assert.equal(forecast?.open, 1);
    assert.equal(forecast?.ages.veryLate, 1);
  });

  it('gives the lesson funnel: started in the range, completed, passed', async () => {
    const body = LessonInsights.parse(await (await api.get(`/v1/insights/lessons${RANGE}`, karin)).json());
    assert.deepEqual(body.items.map((i) => [i.lesson, i.started, i.completed, i.passed]), [['crm-close-dates', 3, 2, 1], ['crm-pipeline-stages', 1, 0, 0]]);
    assert.ok(body.items[0]?.title);
  });

  it('gives feedback per day: count, helpful share, average stars, NPS', async () => {
    const body = FeedbackInsights.parse(await (await api.get(`/v1/insights/feedback${RANGE}`, karin)).json());
    assert.deepEqual(body.days, [
      { day: '2026-11-20', count: 6, helpfulShare: 0.75, averageStars: 4.5, nps: null },
      { day: '2026-11-21', count: 7, helpfulShare: 0.3333, averageStars: null, nps: 25 },
    ]);
  });

  it('refuses a bad range with 422', async () => {
    for (const query of ['?from=2026-11-31', '?from=2026-12-01&to=2026-11-01', '?to=yesterday', '?format=xml', '?screen=Not%20A%20Screen']) {
      assert.equal((await api.get(`/v1/insights/feedback${query}`, karin)).status, 422, query);
    }
  });

  it('exports CSV with a header row, quoted cells and formulas defused', async () => {
    const response = await api.get(`/v1/insights/searches${RANGE}&format=csv`, karin);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="learnflow-searches-2026-11-01-2026-11-30.csv"/);
    const lines = (await response.text()).split('\r\n');
    assert.equal(lines[0], 'list,query,count,opened,last_at');
    assert.ok(lines.includes("no-results,'=cmd|calc,1,0,2026-11-15T12:00:00.000Z"));
    assert.ok(lines.includes('no-results,"credit hold, ""sweden""",1,0,2026-11-15T12:00:00.000Z'));
    const feedback = await (await api.get(`/v1/insights/feedback${RANGE}&format=csv`, karin)).text();
    assert.equal(feedback, 'day,count,helpful_share,average_stars,nps\r\n2026-11-20,6,0.75,4.5,\r\n2026-11-21,7,0.3333,,25\r\n');
  });

  it('escapes every CSV cell kind', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) assert.equal(csvCell(formula)[0] === '"' ? csvCell(formula)[1] : csvCell(formula)[0], "'");
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(null), '');
    assert.equal(toCsv(['a', 'b'], [[1, 'x']]), 'a,b\r\n1,x\r\n');
  });
});
