/**
 * Ask-an-expert content: importing `<content>/ask/topics.yaml` and `experts.yaml` (a bad file is
 * refused with its path and the reason, and keeps what was imported before), the demo's topics and
 * experts matching the demo's people, and demo mode's seeded history.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InboxList, QuestionList, TopicsResponse } from '../../src/protocol/index.js';
import { describeImport, refusedCount } from '../../server/content/describe.js';
import { importArticles } from '../../server/content/import.js';
import { openDatabase } from '../../server/db/database.js';
import { DEMO_PEOPLE } from '../../server/demo/people.js';
import { TOPICS, writeAskContent } from './ask-support.js';
import { DEMO_CONTENT, startTestServer, tempDir, type TestServer } from './support.js';

describe('ask content import', () => {
  it('imports topics and experts, refuses a bad file with its path and reason, and keeps the earlier version', async () => {
    const dir = tempDir();
    const db = await openDatabase({ file: join(dir.path, 'learn.db') });
    try {
      const content = join(dir.path, 'content');
      writeAskContent(content);
      const first = await importArticles(db, content);
      assert.deepEqual(first.ask.topics, ['discounts', 'pipeline']);
      assert.deepEqual(first.ask.experts, ['anna-lindqvist', 'markus-weber', 'omar-haddad']);
      assert.match(describeImport(first).summary, /Ask: 2 topics, 3 experts/);

      // An owner that is not an id, in the second entry: the whole file is refused, naming the entry.
      writeFileSync(join(content, 'ask', 'topics.yaml'), `- id: discounts\n  name: Discounts\n  owner: anna-lindqvist\n- id: pipeline\n  name: Pipeline\n  owner: Omar Haddad\n`);
      const bad = await importArticles(db, content);
      assert.equal(refusedCount(bad), 1);
      assert.match(bad.ask.refused[0]?.path ?? '', /ask\/topics\.yaml$/);
      assert.match(bad.ask.refused[0]?.reason ?? '', /entry 2 \("pipeline"\): owner: must be a slug/);
      const problems = describeImport(bad).problems.join('\n');
      assert.match(problems, /refused .*topics\.yaml: entry 2/);
      const kept = await db.selectFrom('ask_topics').select('id').orderBy('id').execute();
      assert.deepEqual(kept.map((r) => r.id), ['discounts', 'pipeline'], 'the earlier topics stay until the file is fixed');

      for (const [text, reason] of [
        ['id: x\nname: y\n', /must be a YAML list/],
        ['- id: a\n  name: A\n  owner: anna-lindqvist\n- id: a\n  name: B\n  owner: anna-lindqvist\n', /duplicate id "a"/],
        ['- id: a\n  owner: anna-lindqvist\n', /name: missing \(required\)/],
        ['- [unclosed\n', /invalid YAML/],
      ] as const) {
        writeFileSync(join(content, 'ask', 'topics.yaml'), text);
        assert.match((await importArticles(db, content)).ask.refused[0]?.reason ?? '', reason);
      }

      // Valid but pointing at nobody: imported, with warnings.
      writeFileSync(join(content, 'ask', 'topics.yaml'), JSON.stringify([...TOPICS, { id: 'orphans', name: 'Orphans', owner: 'nobody-here' }]));
      const warned = await importArticles(db, content);
      assert.deepEqual(warned.ask.refused, []);
      assert.ok(warned.ask.warnings.some((w) => /owner "nobody-here" is not in experts\.yaml/.test(w.message)));
      assert.ok(warned.ask.warnings.some((w) => /topic "orphans": no expert/.test(w.message)));
    } finally {
      await db.destroy();
      dir.remove();
    }
  });

  it('the demo\'s topics and experts import cleanly, and every expert is a demo person with the expert role', async () => {
    const dir = tempDir();
    const db = await openDatabase({ file: join(dir.path, 'learn.db') });
    try {
      const report = await importArticles(db, DEMO_CONTENT);
      assert.deepEqual(report.ask.refused, []);
      assert.deepEqual(report.ask.warnings, []);
      assert.equal(report.ask.experts.length, 6);
      const experts = DEMO_PEOPLE.filter((p) => p.roles.includes('expert')).map((p) => p.id).sort();
      assert.deepEqual([...report.ask.experts].sort(), experts);
      assert.ok(report.ask.topics.includes('discounts') && report.ask.topics.includes('purchase-orders'));
    } finally {
      await db.destroy();
      dir.remove();
    }
  });
});

describe('demo mode ask history', () => {
  let server: TestServer;
  const session = async (person: string) => ((await (await fetch(`${server.url}/demo/session?user=${person}`)).json()) as { user: { token: string } }).user.token;
  const get = async (path: string, token: string) => (await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } })).json();

  before(async () => {
    server = await startTestServer({ demo: true, contentDir: DEMO_CONTENT });
  });
  after(async () => server?.close());

  it('has typical answer times from the seeded answers, history for Erik, and one open question waiting for Anna', async () => {
    const erik = await session('erik-nilsson');
    const { items } = TopicsResponse.parse(await get('/v1/topics', erik));
    const typical = Object.fromEntries(items.filter((t) => t.typicalMinutes !== undefined).map((t) => [t.id, t.typicalMinutes]));
    assert.deepEqual(typical, { discounts: 42, pipeline: 30 });
    const discounts = items.find((t) => t.id === 'discounts');
    assert.deepEqual(discounts?.experts.map((e) => e.name), ['Anna Lindqvist']);

    const mine = QuestionList.parse(await get('/v1/questions', erik)).items;
    assert.ok(mine.length >= 3 && mine.every((q) => q.messages.length > 0 && q.status !== 'open'));

    const anna = await session('anna-lindqvist');
    const waiting = InboxList.parse(await get('/v1/inbox?status=waiting', anna)).items;
    assert.equal(waiting.length, 1);
    assert.equal(waiting[0]?.routedTo?.id, 'anna-lindqvist');
    assert.equal(waiting[0]?.asker.name, 'Maja Sjöberg');
  });
});
