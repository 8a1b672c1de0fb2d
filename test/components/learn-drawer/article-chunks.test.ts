/// <reference types="mocha" />
/**
 * Which chunks the drawer loads: the sanitiser alone for an article with the server's `html`,
 * marked only for one without, and no translation but English for a drawer in English. A file of its own: each test file runs in a fresh page,
 * so "not loaded yet" means what it says.
 */
import { expect, html } from '@open-wc/testing';
import { $, ARTICLES, openPanel, setup, useDrawerTestHooks, until } from './fixtures.js';

// The dev server serves every module as its own request; the default buffer (250) fills up early.
performance.setResourceTimingBufferSize(100_000);
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));
const MARKED = /\/marked\/|\/src\/markdown\/(parse|index)\.ts/;

describe('<learn-drawer> article pipeline chunks', () => {
  useDrawerTestHooks();

  it('renders an article with server html without loading marked, and loads it for one without', async () => {
    const withHtml = { id: 'with-html', title: 'With html', updatedAt: '2026-10-01T09:00:00Z', body: 'unused', html: '<h2>Rendered on the server</h2><p>Text.</p>' };
    const { drawer, learn } = await setup(html`<learn-drawer></learn-drawer>`, { articles: [...ARTICLES, withHtml] });
    expect(requested(MARKED), 'nothing loaded before').to.equal(false);

    learn.open({ article: 'with-html' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"] h2'), 'the server html renders');
    expect(requested(/\/src\/markdown\/render-html\.ts/), 'the sanitiser loaded').to.equal(true);
    expect(requested(MARKED), 'marked not loaded for an article with html').to.equal(false);

    learn.open({ article: 'close-dates' }); // no html: the markdown pipeline
    await until(() => $(panel, '[part~="article-body"] strong'), 'the markdown body renders');
    expect(requested(MARKED), 'marked loaded for an article without html').to.equal(true);
    expect(requested(/\/i18n\/(sv|de|ar)\.ts/), 'a drawer in English loads no other translation').to.equal(false);
  });
});
