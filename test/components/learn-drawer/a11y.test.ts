/// <reference types="mocha" />
/**
 * An axe audit of every visible state of the drawer (through both shadow roots): launcher closed,
 * home, search results with an active option, no results, article, offline, loading, error; and
 * the dark theme. Violations of any impact fail.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, clickOpen, openPanel, search, setup, useDrawerTestHooks, until } from './fixtures.js';

describe('<learn-drawer> accessibility (axe)', () => {
  useDrawerTestHooks();

  it('launcher, closed', async () => {
    const { drawer } = await setup();
    await expect(drawer).to.be.accessible();
  });

  it('home: suggestions and recently viewed', async () => {
    const { drawer, learn } = await setup();
    learn.markViewed('credit-hold');
    const panel = await clickOpen(drawer);
    await until(() => $(panel, '[data-recent]'));
    await expect(drawer).to.be.accessible();
  });

  it('home, on a host page with its own landmarks (no duplicate banner or main)', async () => {
    const { drawer } = await setup(html`<div>
      <header><a href="#/opportunity/1042">Helm CRM</a></header>
      <nav aria-label="Helm CRM"><a href="#/account">Accounts</a></nav>
      <main><h1>Opportunity</h1></main>
      <learn-drawer></learn-drawer>
    </div>`);
    await clickOpen(drawer);
    await expect(drawer.parentElement!).to.be.accessible();
  });

  it('search results with an active option', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'discount');
    await sendKeys({ press: 'ArrowDown' });
    await panel.updateComplete;
    expect($(panel, '[aria-selected="true"] mark')).to.exist;
    await expect(drawer).to.be.accessible();
  });

  it('no search results', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'warranty claims');
    await expect(drawer).to.be.accessible();
  });

  it('article', async () => {
    const { drawer, learn } = await setup(undefined, { articlePageUrl: (id) => `https://help.fjordhall.example/articles/${id}` });
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    await expect(drawer).to.be.accessible();
  });

  it('offline', async () => {
    const { drawer, learn, backend } = await setup();
    const panel = await clickOpen(drawer);
    backend.setFailure('network');
    await learn.refresh();
    await until(() => $(panel, '[part~="offline"]'));
    await expect(drawer).to.be.accessible();
  });

  it('loading', async () => {
    const { drawer } = await setup(undefined, { latencyMs: 2000, waitForCatalog: false });
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="loading"]')).to.exist;
    await expect(drawer).to.be.accessible();
  });

  it('error, nothing cached', async () => {
    const { drawer, learn } = await setup(undefined, { failure: 'http' });
    await until(() => learn.catalogState.status === 'error');
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="error"]')).to.exist;
    await expect(drawer).to.be.accessible();
  });

  it('dark theme, modal', async () => {
    const { drawer } = await setup(html`<learn-drawer theme="dark" modal></learn-drawer>`);
    await clickOpen(drawer);
    await expect(drawer).to.be.accessible();
  });
});
