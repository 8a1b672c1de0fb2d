/// <reference types="mocha" />
/**
 * The launcher: a disclosure button with a localized name; opening by click, by the keyboard
 * shortcut and by the runtime (`learn.open()`, also from the host's own button); attributes; and
 * no listener left behind after the element is removed.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, ARTICLES, clickOpen, launcherOf, openPanel, panelOf, pressChord, setup, startLearn, useDrawerTestHooks, until, withControlledIdle } from './fixtures.js';
import type { LearnDrawer } from '../../../components/learn-drawer/learn-drawer.js';
import { memoryBackend } from '../../../sdk/backends/memory.js';
import { installFacade } from '../../../sdk/facade.js';

describe('<learn-drawer> launcher', () => {
  useDrawerTestHooks();

  it('is a disclosure button named "Help" with the shortcut announced', async () => {
    const { drawer } = await setup();
    const launcher = launcherOf(drawer);
    expect(launcher.localName).to.equal('button');
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(launcher.textContent?.trim()).to.equal('Help');
    expect(launcher.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+H');
    await expect(drawer).to.be.accessible();
  });

  it('takes its name from the locale (attribute, else the runtime)', async () => {
    const { drawer } = await setup(html`<learn-drawer locale="sv"></learn-drawer>`);
    expect(launcherOf(drawer).textContent?.trim()).to.equal('Hjälp');
    drawer.locale = 'de';
    expect(launcherOf(drawer).textContent?.trim()).to.equal('Hilfe');
    drawer.locale = null;
    expect(launcherOf(drawer).textContent?.trim()).to.equal('Help'); // the runtime's locale is en
  });

  it('opens on click and reflects it in aria-expanded, with show/hide events that do not bubble', async () => {
    const { drawer, learn } = await setup();
    let bubbled = 0;
    const count = () => bubbled++;
    document.addEventListener('learn-show', count);
    try {
      const shown = oneEvent(drawer, 'learn-show');
      const panel = await clickOpen(drawer);
      const event = await shown;
      expect(event.bubbles).to.equal(false);
      expect(launcherOf(drawer).getAttribute('aria-expanded')).to.equal('true');
      expect(launcherOf(drawer).getAttribute('aria-controls')).to.equal(panel.id);
      expect(drawer.shadowRoot!.getElementById(panel.id)).to.equal(panel);
      expect(learn.isOpen).to.equal(true);
      expect(drawer.open).to.equal(true);

      const hidden = oneEvent(drawer, 'learn-hide');
      launcherOf(drawer).click(); // a disclosure button toggles
      await hidden;
      expect(launcherOf(drawer).getAttribute('aria-expanded')).to.equal('false');
      expect(learn.isOpen).to.equal(false);
      expect(bubbled).to.equal(0);
    } finally {
      document.removeEventListener('learn-show', count);
    }
  });

  it('opens with the keyboard shortcut from anywhere on the page', async () => {
    const { drawer, learn } = await setup(html`<div><input id="amount" aria-label="Amount" /><learn-drawer></learn-drawer></div>`);
    const amount = drawer.parentElement!.querySelector('input')!;
    amount.focus();
    await pressChord('Alt', 'Shift', 'KeyH');
    await openPanel(drawer);
    expect(learn.isOpen).to.equal(true);
  });

  it('uses a configured shortcut, and none when set to "none"', async () => {
    const { drawer, learn } = await setup(html`<learn-drawer shortcut="Control+F1"></learn-drawer>`);
    expect(launcherOf(drawer).getAttribute('aria-keyshortcuts')).to.equal('Control+F1');
    await pressChord('Alt', 'Shift', 'KeyH');
    expect(learn.isOpen).to.equal(false);
    await pressChord('Control', 'F1');
    await openPanel(drawer);

    drawer.shortcut = 'none';
    expect(launcherOf(drawer).hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('follows learn.open() and learn.close() from the host', async () => {
    const { drawer, learn } = await setup(html`<learn-drawer no-launcher></learn-drawer>`);
    expect(getComputedStyle(launcherOf(drawer)).display).to.equal('none');
    learn.open();
    await openPanel(drawer);
    learn.close();
    await until(() => !panelOf(drawer)!.open);
    expect($<HTMLDialogElement>(panelOf(drawer)!, 'dialog')!.open).to.equal(false);
  });

  it('places the launcher in the configured corner', async () => {
    const { drawer } = await setup(html`<learn-drawer corner="top-start"></learn-drawer>`);
    const box = launcherOf(drawer).getBoundingClientRect();
    expect(box.top).to.be.lessThan(100);
    expect(box.left).to.be.lessThan(100);
    drawer.corner = 'bottom-end';
    const moved = launcherOf(drawer).getBoundingClientRect();
    expect(moved.bottom).to.be.greaterThan(window.innerHeight - 100);
    expect(moved.right).to.be.greaterThan(window.innerWidth - 100);
  });

  it('finds a runtime created after it connected (the ContextRoot replays its request)', async () => {
    const drawer = await fixture<LearnDrawer>(html`<learn-drawer></learn-drawer>`);
    const { learn } = startLearn();
    launcherOf(drawer).click();
    await openPanel(drawer);
    expect(learn.isOpen).to.equal(true);
  });

  it('follows a runtime that is destroyed and created again', async () => {
    const { drawer, learn } = await setup();
    await clickOpen(drawer);
    learn.destroy();
    await until(() => !drawer.open, 'closes when its runtime goes away');
    const { learn: next } = startLearn();
    next.open();
    await openPanel(drawer);
  });

  it('removes its listeners when disconnected', async () => {
    const { drawer, learn } = await setup();
    drawer.remove();
    await pressChord('Alt', 'Shift', 'KeyH');
    expect(learn.isOpen, 'the shortcut no longer opens it').to.equal(false);
    learn.open();
    // The closed panel may already exist (prepared at idle); it must not open.
    expect(panelOf(drawer)?.open ?? false, 'runtime events no longer reach it').to.equal(false);
    expect(drawer.open).to.equal(false);
  });

  describe('ahead of the click', () => {
    it('asks for idle time to preload the panel only once a runtime has answered, after the runtime’s own start', async () => {
      await withControlledIdle(async (requested) => {
        await fixture<LearnDrawer>(html`<learn-drawer></learn-drawer>`);
        expect(requested.length, 'no runtime yet: nothing to preload for').to.equal(0);
        startLearn();
        expect(requested.length, 'the runtime answered: panel preload at the next idle moment').to.equal(1);
      });
    });

    it('prepares the closed panel at idle, so a click renders the suggestions before it returns', async () => {
      await withControlledIdle(async (requested) => {
        const { drawer } = await setup();
        // Idle moments, one after another: the panel chunk, then the closed panel.
        await until(() => {
          requested.splice(0).forEach((run) => run());
          return panelOf(drawer);
        }, 'the panel was not prepared at idle');
        const panel = panelOf(drawer)!;
        await panel.updateComplete;
        expect(panel.open).to.equal(false);
        expect($<HTMLDialogElement>(panel, 'dialog')!.open).to.equal(false);
        expect($(panel, '[data-suggestion]'), 'first the frame of the panel only').to.equal(null);
        // The next idle moment: the body, still closed.
        requested.splice(0).forEach((run) => run());
        await panel.updateComplete;
        expect($(panel, '[data-suggestion]'), 'then its suggestions, at idle').to.not.equal(null);
        expect($<HTMLDialogElement>(panel, 'dialog')!.open).to.equal(false);

        launcherOf(drawer).click();
        expect($<HTMLDialogElement>(panel, 'dialog')!.open, 'open when click() returns').to.equal(true);
        expect($(panel, '[data-suggestion]'), 'suggestions rendered when click() returns').to.not.equal(null);
      });
    });

    it('wakes a script-tag runtime still waiting for idle time when the pointer reaches the launcher', async () => {
      const win = window as Window & { learnflow?: unknown };
      await withControlledIdle(async () => {
        const facade = installFacade(win);
        try {
          void facade.init({ backend: memoryBackend({ articles: ARTICLES }), tenant: `drawer-wake-${Date.now()}`, locale: 'en' });
          const drawer = await fixture<LearnDrawer>(html`<learn-drawer></learn-drawer>`);
          expect(facade.learn).to.equal(null);
          launcherOf(drawer).dispatchEvent(new PointerEvent('pointerenter'));
          await until(() => facade.learn, 'the runtime did not start on hover');
        } finally {
          facade.destroy();
          delete win.learnflow;
        }
      });
    });
  });
});
