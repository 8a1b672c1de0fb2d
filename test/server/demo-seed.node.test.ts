/** Demo mode seeds Erik Nilsson's learning history once, so the review has questions due. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../server/main.js';
import { join } from 'node:path';
import { DEMO_CONTENT, startTestServer, tempDir, type TestServer } from './support.js';

async function as(url: string, person: string, path: string): Promise<unknown> {
  const { user } = (await (await fetch(`${url}/demo/session?user=${person}`)).json()) as { user: { token: string } };
  return (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${user.token}` } })).json();
}

describe('demo mode learning history', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ demo: true, contentDir: DEMO_CONTENT });
  });
  after(async () => server?.close());

  it('gives Erik two finished lessons and their review questions, due now', async () => {
    const { items } = (await as(server.url, 'erik-nilsson', '/v1/progress')) as { items: { lessonId: string; status: string; passed: boolean }[] };
    assert.deepEqual(items.map((p) => [p.lessonId, p.status]).sort(), [['crm-close-dates', 'completed'], ['crm-pipeline-stages', 'completed']]);
    const { cards } = (await as(server.url, 'erik-nilsson', '/v1/review')) as { cards: { id: string; dueAt: string }[] };
    // Close dates reviews every question (review: all); pipeline stages only the one he missed (review: missed).
    assert.deepEqual(cards.map((c) => c.id).sort(), ['crm-close-dates/honest-push', 'crm-close-dates/realistic', 'crm-pipeline-stages/propose']);
    for (const card of cards) assert.ok(Date.parse(card.dueAt) <= Date.now(), `${card.id} is due`);
    // Nobody else is seeded.
    assert.deepEqual(((await as(server.url, 'maja-sjoberg', '/v1/progress')) as { items: unknown[] }).items, []);
  });

  it('seeds once: a restart leaves what is there (and whatever Erik did since) alone', async () => {
    const dir = tempDir();
    const options = { port: 0, dbFile: join(dir.path, 'learn.db'), quiet: true, demo: true, contentDir: DEMO_CONTENT };
    try {
      const first = await startServer(options);
      const before = await as(first.url, 'erik-nilsson', '/v1/review');
      await first.close();
      const again = await startServer(options);
      try {
        assert.deepEqual(await as(again.url, 'erik-nilsson', '/v1/review'), before);
      } finally {
        await again.close();
      }
    } finally {
      dir.remove();
    }
  });
});
