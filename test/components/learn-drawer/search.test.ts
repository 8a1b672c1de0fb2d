/// <reference types="mocha" />
/**
 * Instant search: results in a listbox the search field controls, matches in <mark>, the arrow
 * keys / Home / End / Enter, the count announced, and the empty state with "Ask an expert"
 * (`learn-ask`, bubbling and composed, with the query and the work context).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearnAskEvent } from '../../../components/events/learn-ask.js';
import { $, $$, clickOpen, deepFocus, search, searchInput, setup, texts, useDrawerTestHooks, until } from './fixtures.js';

describe('<learn-drawer> search', () => {
  useDrawerTestHooks();

  it('shows results as you type, with the matches in <mark>', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'discount');
    const options = $$(panel, '[role="listbox"] > [role="option"]');
    expect(options.length).to.be.greaterThan(0);
    expect(texts(options)[0]).to.contain('Get a discount approved');
    const marks = texts($$(panel, '[role="option"] mark'));
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).to.match(/^discount/);
    const input = searchInput(panel);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal($(panel, '[role="listbox"]')!.id);
    expect($(panel, '[part~="result-count"]')!.textContent).to.match(/\d+ articles? found/);
  });

  it('announces the number of results once typing pauses', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'pipeline');
    const count = $$(panel, '[role="option"]').length;
    await until(() => $(panel, '[role="status"]')!.textContent!.includes('found'), 'the count is announced');
    expect($(panel, '[role="status"]')!.textContent).to.contain(`${count} article`);
  });

  it('moves through results with the arrow keys, Home and End, and opens one with Enter', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'account');
    const input = searchInput(panel);
    const options = () => $$(panel, '[role="option"]');
    const active = () => input.getAttribute('aria-activedescendant');
    expect(options().length).to.be.greaterThan(1);
    expect(active()).to.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    await panel.updateComplete;
    expect(active()).to.equal(options()[0]!.id);
    expect(options()[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(panel.shadowRoot!.getElementById(active()!), 'the id resolves in the same shadow root').to.equal(options()[0]);

    await sendKeys({ press: 'ArrowDown' });
    await panel.updateComplete;
    expect(active()).to.equal(options()[1]!.id);
    await sendKeys({ press: 'End' });
    await panel.updateComplete;
    expect(active()).to.equal(options().at(-1)!.id);
    await sendKeys({ press: 'ArrowDown' }); // wraps
    await panel.updateComplete;
    expect(active()).to.equal(options()[0]!.id);
    await sendKeys({ press: 'ArrowUp' });
    await panel.updateComplete;
    expect(active()).to.equal(options().at(-1)!.id);
    await sendKeys({ press: 'Home' });
    await panel.updateComplete;
    expect(active()).to.equal(options()[0]!.id);
    expect(deepFocus(), 'focus never left the field').to.equal(input);

    const title = texts([options()[0]!.querySelector('.item-title')!])[0];
    await sendKeys({ press: 'Enter' });
    await until(() => $(panel, '[part~="article-body"]'), 'Enter opens the article');
    expect($(panel, '[part~="article-title"]')!.textContent?.trim()).to.equal(title);
  });

  it('opens a result on click without moving focus out of the field first', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'credit');
    $(panel, '[role="option"]')!.click();
    await until(() => $(panel, '[part~="article-body"]'));
    expect($(panel, '[part~="article-title"]')!.textContent).to.contain('credit hold');
  });

  it('offers to ask an expert when nothing matches, with the query and the work context', async () => {
    const { drawer, learn } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'warranty claims');
    expect($(panel, '[role="listbox"]')).to.equal(null);
    expect(searchInput(panel).getAttribute('aria-expanded')).to.equal('false');
    expect(searchInput(panel).hasAttribute('aria-controls')).to.equal(false);
    expect($(panel, '[part~="no-results"]')!.textContent).to.contain('warranty claims');

    const asked = oneEvent(document, 'learn-ask') as Promise<LearnAskEvent>;
    $(panel, '[part~="ask-button"]')!.click();
    const event = await asked;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.query).to.equal('warranty claims');
    expect(event.detail.context).to.deep.equal(learn.context);
    expect(event.detail.context.screen).to.equal('crm/opportunity');
  });

  it('keeps offering to ask while the host handles learn-ask, and says so when nobody does', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'warranty claims');
    const handle = (event: Event) => event.preventDefault();
    document.addEventListener('learn-ask', handle);
    try {
      $(panel, '[part~="ask-button"]')!.click();
      await panel.updateComplete;
      expect($(panel, '[part~="ask-button"]'), 'handled: the button stays').to.exist;
    } finally {
      document.removeEventListener('learn-ask', handle);
    }
    $(panel, '[part~="ask-button"]')!.click();
    await until(() => $(panel, '[part~="ask-unavailable"]'), 'unhandled: the drawer says asking is not set up');
    expect($(panel, '[part~="ask-button"]')).to.equal(null);
    expect($(panel, '[part~="ask-unavailable"]')!.textContent).to.contain('not set up on this page');
    await until(() => $(panel, '[role="status"]')!.textContent!.includes('not set up'), 'and announces it');
    await expect(drawer).to.be.accessible();
  });

  it('goes back from an article to the results, keeping the query', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'discount');
    const before = texts($$(panel, '[role="option"]'));
    $(panel, '[role="option"]')!.click();
    await until(() => $(panel, '[part~="article-body"]'));
    expect($(panel, '[role="listbox"]')).to.equal(null);

    $(panel, '[part~="back-button"]')!.click();
    await until(() => $(panel, '[role="option"]'));
    expect(searchInput(panel).value).to.equal('discount');
    expect(texts($$(panel, '[role="option"]'))).to.deep.equal(before);
    expect(deepFocus(), 'back puts focus in the search field').to.equal(searchInput(panel));
  });

  it('opens straight on a search with learn.open({ query })', async () => {
    const { drawer, learn } = await setup();
    learn.open({ query: 'forecast' });
    await until(() => drawer.shadowRoot!.querySelector('learn-drawer-panel')?.shadowRoot?.querySelector('[role="option"]'));
    const panel = drawer.shadowRoot!.querySelector('learn-drawer-panel')!;
    expect(searchInput(panel).value).to.equal('forecast');
  });
});
