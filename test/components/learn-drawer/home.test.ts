/// <reference types="mocha" />
/**
 * The home view and its states: suggestions that follow the work context (announced politely),
 * recently viewed, loading, an empty catalog, the offline / stale notice, and an error with retry
 * when the backend fails and nothing is cached.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, clickOpen, setup, texts, useDrawerTestHooks, until } from './fixtures.js';

describe('<learn-drawer> home view', () => {
  useDrawerTestHooks();

  it('suggests articles for the current screen and follows setContext, announcing the change', async () => {
    const { drawer, learn } = await setup();
    const panel = await clickOpen(drawer);
    const ids = () => $$(panel, '[data-suggestion]').map((el) => el.dataset['suggestion']);
    expect(ids()).to.include.members(['close-dates', 'pipeline-stages']);
    expect(ids()).not.to.include('duplicate-accounts');

    learn.setContext({ screen: 'crm/account', record: { type: 'account' } });
    await until(() => ids().includes('duplicate-accounts'), 'suggestions follow the context');
    expect(ids()).to.include('credit-hold');
    expect(ids()).not.to.include('pipeline-stages');
    expect($(panel, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    expect($(panel, '[role="status"]')!.textContent).to.contain('Suggestions updated');
  });

  it('names each suggestion by its title and describes it with its summary', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    const first = $(panel, '[data-suggestion]')!;
    const described = panel.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.equal(first.querySelector('.item-summary')!.textContent);
  });

  it('says when nothing is specific to the screen', async () => {
    const { drawer } = await setup(undefined, { context: { screen: 'erp/goods-receipt' } });
    const panel = await clickOpen(drawer);
    expect($$(panel, '[data-suggestion]')).to.have.length(0);
    expect($(panel, '.list-section')!.textContent).to.contain('Nothing here is specific to this screen');
  });

  it('shows a loading skeleton, announced, until the catalog arrives', async () => {
    const { drawer, learn } = await setup(undefined, { latencyMs: 400, waitForCatalog: false });
    const panel = await clickOpen(drawer);
    if (learn.catalogState.status !== 'ready') {
      expect($(panel, '[part~="loading"]')).to.exist;
      expect($(panel, '[role="status"]')!.textContent).to.contain('Loading help');
    }
    await until(() => $(panel, '[data-suggestion]'));
    expect($(panel, '[part~="loading"]')).to.equal(null);
  });

  it('has a designed empty state when nothing is published', async () => {
    const { drawer } = await setup(undefined, { articles: [] });
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="empty"]')!.textContent).to.contain('No help articles yet');
    expect($(panel, '[part~="empty"] [part~="ask-button"]')).to.exist;
  });

  it('shows an error with retry when the backend fails and nothing is cached', async () => {
    const { drawer, learn, backend } = await setup(undefined, { failure: 'http' });
    await until(() => learn.catalogState.status === 'error');
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="error"]')!.textContent).to.contain('Help could not be loaded');
    expect($(panel, '[role="status"]')!.textContent).to.contain('Help could not be loaded');
    backend.setFailure(null);
    $<HTMLButtonElement>(panel, '[part~="error"] button')!.click();
    await until(() => $(panel, '[data-suggestion]'), 'retry loads the catalog');
    expect($(panel, '[part~="error"]')).to.equal(null);
  });

  it('says it is offline when the backend cannot be reached, and keeps the cached help usable', async () => {
    const { drawer, learn, backend } = await setup();
    const panel = await clickOpen(drawer);
    expect($(panel, '[part~="offline"]')).to.equal(null);
    backend.setFailure('network');
    await learn.refresh();
    await until(() => $(panel, '[part~="offline"]'), 'the offline notice');
    expect($(panel, '[part~="offline"]')!.dataset['reason']).to.equal('offline');
    expect($(panel, '[part~="offline"]')!.textContent).to.contain('offline');
    expect($$(panel, '[data-suggestion]').length, 'suggestions still there').to.be.greaterThan(0);
    expect($(panel, '[role="status"]')!.textContent).to.contain('offline');
  });

  it('lists recently viewed articles, newest first', async () => {
    const { drawer, learn } = await setup();
    learn.markViewed('credit-hold');
    learn.markViewed('forecast-submission');
    const panel = await clickOpen(drawer);
    await until(() => $$(panel, '[data-recent]').length === 2);
    expect(texts($$(panel, '[data-recent]'))).to.deep.equal(['Submit your forecast by Monday 12:00', 'Customers on credit hold']);
  });

  it('shows the shortcut as a tip, in the drawer’s language', async () => {
    const { drawer } = await setup(html`<learn-drawer locale="sv"></learn-drawer>`);
    const panel = await clickOpen(drawer);
    // Translations other than English are chunks loaded on first use.
    await until(() => $(panel, '.surface')!.getAttribute('lang') === 'sv', 'the Swedish translation arrives');
    await panel.updateComplete;
    expect($(panel, '[part~="footer"]')!.textContent).to.contain('Alt+Shift+H').and.to.contain('Tips');
    expect($(panel, '#title')!.textContent).to.equal('Hjälp');
  });
});
