/// <reference types="mocha" />
/**
 * Keyboard and focus: focus moves into the panel on open, Esc first clears a filled search field,
 * then asks to close (`learn-request-close`, cancelable), and focus returns to whatever opened the
 * drawer — the launcher, or the host's own help button.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LearnRequestCloseEvent } from '../../../components/events/learn-request-close.js';
import { $, clickOpen, deepFocus, launcherOf, openPanel, search, searchInput, setup, useDrawerTestHooks, until } from './fixtures.js';

describe('<learn-drawer> focus and Esc', () => {
  useDrawerTestHooks();

  it('moves focus into the search field on open and back to the launcher on Esc', async () => {
    const { drawer, learn } = await setup();
    launcherOf(drawer).focus();
    const panel = await clickOpen(drawer);
    await until(() => deepFocus() === searchInput(panel), 'focus moves into the panel');
    await sendKeys({ press: 'Escape' });
    await until(() => !drawer.open, 'Esc closes');
    expect(learn.isOpen).to.equal(false);
    expect(deepFocus()).to.equal(launcherOf(drawer));
    expect(launcherOf(drawer).getAttribute('aria-expanded')).to.equal('false');
  });

  it("returns focus to the host's own button that called learn.open()", async () => {
    const { drawer, learn } = await setup(html`<div>
      <button id="host-help" type="button">Need help?</button>
      <learn-drawer no-launcher></learn-drawer>
    </div>`);
    const hostButton = drawer.parentElement!.querySelector<HTMLButtonElement>('#host-help')!;
    hostButton.addEventListener('click', () => learn.open());
    hostButton.focus();
    hostButton.click();
    const panel = await openPanel(drawer);
    await until(() => deepFocus() === searchInput(panel));
    await sendKeys({ press: 'Escape' });
    await until(() => !drawer.open);
    expect(deepFocus()).to.equal(hostButton);
  });

  it('clears a filled search field on the first Esc and closes on the second', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    await search(panel, 'discount');
    await sendKeys({ press: 'Escape' });
    await panel.updateComplete;
    expect(searchInput(panel).value).to.equal('');
    expect(drawer.open, 'still open after the first Esc').to.equal(true);
    expect($(panel, '[data-suggestion]'), 'back on the home view').to.exist;
    await sendKeys({ press: 'Escape' });
    await until(() => !drawer.open);
  });

  it('stays open when learn-request-close is cancelled, and says what asked', async () => {
    const { drawer, learn } = await setup();
    const panel = await clickOpen(drawer);
    const sources: string[] = [];
    const keepOpen = (event: LearnRequestCloseEvent) => {
      sources.push(event.detail.source);
      expect(event.bubbles).to.equal(false);
      event.preventDefault();
    };
    drawer.addEventListener('learn-request-close', keepOpen);
    await sendKeys({ press: 'Escape' });
    $(panel, '[part~="close-button"]')!.click();
    launcherOf(drawer).click();
    expect(sources).to.deep.equal(['escape', 'close-button', 'launcher']);
    expect(drawer.open).to.equal(true);
    expect(learn.isOpen).to.equal(true);
    expect($<HTMLDialogElement>(panel, 'dialog')!.open).to.equal(true);

    drawer.removeEventListener('learn-request-close', keepOpen);
    const request = oneEvent(drawer, 'learn-request-close');
    $(panel, '[part~="close-button"]')!.click();
    expect((await request).detail.source).to.equal('close-button');
    await until(() => !drawer.open);
  });

  it('asks to close on a click on the modal backdrop, not on a click inside', async () => {
    const { drawer } = await setup(html`<learn-drawer modal></learn-drawer>`);
    const panel = await clickOpen(drawer);
    const sources: string[] = [];
    drawer.addEventListener('learn-request-close', (event) => {
      sources.push(event.detail.source);
      event.preventDefault();
    });
    $(panel, '.title')!.click();
    expect(sources).to.deep.equal([]);
    const dialog = $<HTMLDialogElement>(panel, 'dialog')!;
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); // target: the dialog, i.e. its ::backdrop
    expect(sources).to.deep.equal(['outside']);
  });

  it('brings focus back into an open drawer with the shortcut, and closes it from inside', async () => {
    const { drawer } = await setup(html`<div><input aria-label="Amount" /><learn-drawer></learn-drawer></div>`);
    const amount = drawer.parentElement!.querySelector('input')!;
    const panel = await clickOpen(drawer);
    amount.focus(); // non-modal: the person went back to the host form
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyH' });
    expect(deepFocus()).to.equal(searchInput(panel));
    expect(drawer.open).to.equal(true);
    await sendKeys({ press: 'KeyH' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await until(() => !drawer.open);
  });

  it('does not take focus back from the host form when the host closes the drawer', async () => {
    const { drawer, learn } = await setup(html`<div><input aria-label="Amount" /><learn-drawer></learn-drawer></div>`);
    const amount = drawer.parentElement!.querySelector('input')!;
    await clickOpen(drawer);
    amount.focus();
    learn.close();
    await until(() => !drawer.open);
    expect(deepFocus()).to.equal(amount);
  });
});
