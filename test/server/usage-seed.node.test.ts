/** Demo mode seeds 90 days of usage once, deterministically, and the insights show it. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SearchInsights, ArticleInsights, FeedbackInsights, LessonInsights } from '../../src/protocol/insights.js';
import { importArticles } from '../../server/content/import.js';
import { openDatabase, type Db } from '../../server/db/database.js';
import { seedDemoUsage } from '../../server/demo/usage-seed.js';
import { createLogger } from '../../server/log.js';
import { DEMO_CONTENT, startTestServer, tempDir, type TempDir, type TestServer } from './support.js';

const NOW = new Date('2026-11-25T09:00:00Z');
const log = createLogger({ quiet: true });

async function seeded(dir: TempDir, name: string): Promise<Db> {
  const db = await openDatabase({ file: join(dir.path, name) });
  await importArticles(db, DEMO_CONTENT);
  await seedDemoUsage(db, log, NOW);
  return db;
}

describe('demo usage seed', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('seeds thousands of rows over 90 days, the same on every fresh database, and only once', async () => {
    const a = await seeded(dir, 'a.db');
    const b = await seeded(dir, 'b.db');
    try {
      const rows = (db: Db) => Promise.all([db.selectFrom('feedback').selectAll().orderBy('id').execute(), db.selectFrom('search_events').selectAll().orderBy('id').execute(), db.selectFrom('progress').selectAll().orderBy('user_id').orderBy('lesson_id').execute()]);
      const [feedback, searches, progress] = await rows(a);
      assert.ok(feedback.length > 2000, `${feedback.length} feedback`);
      assert.ok(searches.length > 3000, `${searches.length} searches`);
      assert.ok(progress.length > 200, `${progress.length} lesson starts`);
      const first = feedback.map((r) => r.given_at).sort()[0] ?? '';
      assert.ok(Date.parse(first) >= NOW.getTime() - 91 * 86_400_000 && Date.parse(first) < NOW.getTime() - 85 * 86_400_000, first);
      assert.deepEqual(await rows(b), [feedback, searches, progress]);
      await seedDemoUsage(a, log, new Date(NOW.getTime() + 86_400_000));
      assert.equal((await a.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n, feedback.length);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  describe('in demo mode', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ demo: true, contentDir: DEMO_CONTENT });
    });
    after(async () => server?.close());

    async function asKarin(path: string): Promise<unknown> {
      const { user } = (await (await fetch(`${server.url}/demo/session?user=karin-holm`)).json()) as { user: { token: string } };
      return (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${user.token}` } })).json();
    }

    it('shows the content gaps, the failing articles, feedback over time and the lesson funnel', async () => {
      const searches = SearchInsights.parse(await asKarin('/v1/insights/searches'));
      assert.ok(searches.noResults.some((q) => q.query === 'expense report'));
      assert.equal(searches.top[0]?.query, 'discount approval');
      const articles = ArticleInsights.parse(await asKarin('/v1/insights/articles'));
      const renewal = articles.items.find((i) => i.article === 'renewal-discounts');
      assert.ok(renewal && renewal.reasons.outdated > renewal.reasons.unclear);
      const feedback = FeedbackInsights.parse(await asKarin('/v1/insights/feedback'));
      assert.ok(feedback.days.length >= 20);
      const lessons = LessonInsights.parse(await asKarin('/v1/insights/lessons'));
      assert.ok(lessons.items.every((l) => l.started >= l.completed && l.completed >= l.passed));
    });
  });
});
