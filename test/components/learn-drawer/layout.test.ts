/// <reference types="mocha" />
/**
 * Modality and looks: a non-modal side panel by default, modal and full-screen under 600 px or
 * with `modal`; the side it slides in from; Arabic right to left; the dark theme; reduced motion.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, clickOpen, launcherOf, setup, useDrawerTestHooks, until } from './fixtures.js';

const dialogOf = (panel: Element) => panel.shadowRoot!.querySelector('dialog')!;

describe('<learn-drawer> layout', () => {
  useDrawerTestHooks();
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('is a non-modal panel at the end edge on a wide screen: the host page stays usable', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { drawer } = await setup(html`<div><button id="save" type="button">Save</button><learn-drawer></learn-drawer></div>`);
    const panel = await clickOpen(drawer);
    const dialog = dialogOf(panel);
    expect(dialog.matches(':modal')).to.equal(false);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    const box = dialog.getBoundingClientRect();
    await until(() => Math.abs(dialog.getBoundingClientRect().right - window.innerWidth) < 1, 'slid in at the end edge');
    expect(box.width).to.equal(400);
    const save = drawer.parentElement!.querySelector<HTMLButtonElement>('#save')!;
    save.focus();
    expect(document.activeElement, 'the page behind is not inert').to.equal(save);
  });

  it('slides in from the start edge with side="start"', async () => {
    const { drawer } = await setup(html`<learn-drawer side="start"></learn-drawer>`);
    const panel = await clickOpen(drawer);
    await until(() => Math.abs(dialogOf(panel).getBoundingClientRect().left) < 1);
  });

  it('is modal and full-screen under 600 px wide', async () => {
    await setViewport({ width: 400, height: 800 });
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    const dialog = dialogOf(panel);
    expect(dialog.matches(':modal')).to.equal(true);
    await until(() => Math.abs(dialog.getBoundingClientRect().left) < 1);
    const box = dialog.getBoundingClientRect();
    expect(box.width).to.equal(window.innerWidth);
    expect(box.height).to.equal(window.innerHeight);
  });

  it('switches to modal when the viewport narrows while open', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    expect(dialogOf(panel).matches(':modal')).to.equal(false);
    await setViewport({ width: 420, height: 800 });
    await until(() => dialogOf(panel).matches(':modal'), 'reopened as modal');
    expect(drawer.open).to.equal(true);
  });

  it('keeps focus where it was inside when the viewport narrows while open (a phone turned while typing)', async () => {
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    const close = $<HTMLButtonElement>(panel, '[part~="close-button"]')!;
    close.focus();
    expect(panel.shadowRoot!.activeElement).to.equal(close);
    await setViewport({ width: 420, height: 800 });
    await until(() => dialogOf(panel).matches(':modal'), 'reopened as modal');
    await panel.updateComplete;
    expect(panel.shadowRoot!.activeElement, 'focus is not moved to the search box').to.equal(close);
  });

  it('is modal on a wide screen with the modal attribute', async () => {
    const { drawer } = await setup(html`<learn-drawer modal></learn-drawer>`);
    const panel = await clickOpen(drawer);
    expect(dialogOf(panel).matches(':modal')).to.equal(true);
  });

  it('reads right to left in Arabic', async () => {
    const { drawer } = await setup(html`<learn-drawer locale="ar"></learn-drawer>`);
    expect(launcherOf(drawer).textContent?.trim()).to.equal('المساعدة');
    const panel = await clickOpen(drawer);
    const surface = $(panel, '.surface')!;
    // English (ltr) for the moment the Arabic chunk loads, then Arabic.
    await until(() => surface.getAttribute('dir') === 'rtl', 'the Arabic translation arrives');
    await panel.updateComplete;
    expect(surface.getAttribute('dir')).to.equal('rtl');
    expect(surface.getAttribute('lang')).to.equal('ar');
    expect(surface.matches(':dir(rtl)')).to.equal(true);
    expect($(panel, '[part~="close-button"]')!.getAttribute('aria-label')).to.equal('إغلاق المساعدة');
    // The close button sits at the inline end: on the left in RTL.
    const title = $(panel, '#title')!.getBoundingClientRect();
    const close = $(panel, '[part~="close-button"]')!.getBoundingClientRect();
    expect(close.right).to.be.lessThan(title.left);
    expect($$(panel, '[data-suggestion]').length).to.be.greaterThan(0);
    // English content keeps its own direction inside the Arabic drawer ("…quote?" not "?…quote").
    const firstTitle = $(panel, '[data-suggestion] .item-title')!;
    expect(firstTitle.matches(':dir(ltr)'), 'an English title reads left to right').to.equal(true);
    await expect(drawer).to.be.accessible();
  });

  it('uses the dark theme when asked, and follows prefers-color-scheme when auto', async () => {
    const { drawer } = await setup(html`<learn-drawer theme="dark"></learn-drawer>`);
    const panel = await clickOpen(drawer);
    const background = () => getComputedStyle(dialogOf(panel)).backgroundColor;
    expect(background()).to.equal('rgb(23, 25, 29)');
    drawer.theme = 'light';
    await panel.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
    drawer.theme = 'auto';
    await emulateMedia({ colorScheme: 'dark' });
    await panel.updateComplete;
    expect(background()).to.equal('rgb(23, 25, 29)');
  });

  it('lets the host restyle it through --learn-* custom properties and ::part', async () => {
    const { drawer } = await setup(html`<learn-drawer style="--learn-drawer-width: 480px; --learn-accent: rgb(200, 0, 90)"></learn-drawer>`);
    const panel = await clickOpen(drawer);
    await until(() => dialogOf(panel).getBoundingClientRect().width === 480);
    expect(getComputedStyle(launcherOf(drawer)).backgroundColor).to.equal('rgb(200, 0, 90)');
    expect(panel.getAttribute('exportparts')).to.contain('article-body');
  });

  it('does not animate with prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { drawer } = await setup();
    const panel = await clickOpen(drawer);
    expect(getComputedStyle(dialogOf(panel)).transitionDuration).to.equal('0s');
  });
});
