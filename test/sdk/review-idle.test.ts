/// <reference types="mocha" />
/**
 * The review badge's idle work (sdk/learning/review-watch.ts) runs only when there is something to
 * do: a stored schedule, or a user with a token (the server keeps per-user data only for them).
 * A user without a token and nothing stored — the drawer's everyday visitor — loads neither the
 * watch nor the engine and asks the server for nothing of theirs; a token arriving later starts it.
 */
import { expect } from '@open-wc/testing';
import { createLearn, httpBackend } from '../../sdk/index.js';
import type { Learn } from '../../sdk/types.js';
import { ARTICLES, catalogReady, cleanup, freshTenant, nextEvent, track } from './helpers.js';
import { FULL_RUN, LESSON, memory, progressAfter, start } from './lesson-fixtures.js';

const CATALOG = { version: 'v1', generatedAt: '2026-10-03T09:00:00Z', articles: ARTICLES.map(({ body: _b, ...meta }) => meta) };
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** A server behind a fake `fetch`: the catalog, and an empty review schedule for whoever sends a token. */
function server() {
  const reviewGets: { auth: string | null }[] = [];
  let heard: () => void = () => {};
  const reviewAsked = () => new Promise<void>((resolve) => (heard = resolve));
  const fetch = (input: string, init: RequestInit = {}) => {
    const url = new URL(input);
    if (url.pathname.endsWith('/v1/review')) {
      reviewGets.push({ auth: new Headers(init.headers).get('authorization') });
      heard();
      return Promise.resolve(json({ cards: [] }));
    }
    return Promise.resolve(url.pathname.endsWith('/v1/catalog') ? json(CATALOG) : new Response(null, { status: 404 }));
  };
  return { backend: () => httpBackend({ url: 'https://help.example.com/api', fetch }), reviewGets, reviewAsked };
}

/** Whether the page has fetched the lazily loaded learning modules (the test runs on the sources). */
const learningLoaded = () => performance.getEntriesByType('resource').some((e) => /learning\/(review-watch|engine)\.ts/.test(e.name));

/** Runs after idle work requested before it (requestIdleCallback runs callbacks in order). */
const afterIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

async function settled(learn: Learn): Promise<void> {
  await catalogReady(learn);
  await afterIdle();
}

describe('learn.review at idle', () => {
  afterEach(cleanup);

  it('loads neither the watch nor the engine for a user without a token and nothing stored; with a token it reads the server', async () => {
    const anonymous = server();
    const guest = track(createLearn({ backend: anonymous.backend(), tenant: freshTenant(), user: { id: 'bench-user' } }));
    await settled(guest);
    expect(learningLoaded(), 'no review-watch or engine module fetched').to.equal(false);

    // The control: the same page with a token asks for the schedule (so the check above can fail).
    const signedIn = server();
    const asked = signedIn.reviewAsked();
    track(createLearn({ backend: signedIn.backend(), tenant: freshTenant(), user: { id: 'bench-user', token: 'jwt' } }));
    await asked;
    expect(signedIn.reviewGets).to.deep.equal([{ auth: 'Bearer jwt' }]);
    expect(anonymous.reviewGets, 'the user without a token asked for nothing').to.deep.equal([]);
    expect(learningLoaded()).to.equal(true);
  });

  it('syncs the schedule once the token arrives (setUser with the same id)', async () => {
    const { backend, reviewGets, reviewAsked } = server();
    const learn = track(createLearn({ backend: backend(), tenant: freshTenant(), user: { id: 'bench-user' } }));
    await settled(learn);
    expect(reviewGets).to.deep.equal([]);
    const asked = reviewAsked();
    await learn.setUser({ id: 'bench-user', token: 'jwt' });
    await asked;
    expect(reviewGets).to.deep.equal([{ auth: 'Bearer jwt' }]);
  });

  it('still reads the stored schedule of a visitor without a token after a reload', async () => {
    const backend = memory();
    const tenant = freshTenant();
    const first = start(backend, tenant, { user: null });
    await first.lessons.save(LESSON, progressAfter(FULL_RUN));
    await first.review.pause();
    first.destroy();
    const second = start(backend, tenant, { user: null });
    expect(await nextEvent(second, 'review-change')).to.deep.equal({ due: 0, paused: true });
    expect(second.review.paused).to.equal(true);
  });
});
