/// <reference types="mocha" />
/**
 * The article view: deep links (`learn.open({ article })`), the sanitised body, links inside an
 * article, "open in full page", recently viewed, failures, and hostile markdown rendering inert.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, ARTICLES, clickOpen, deepFocus, openPanel, setup, texts, useDrawerTestHooks, until } from './fixtures.js';

const HOSTILE = [
  '## Totally normal article',
  '',
  'Hello <script>window.__pwned = "script"</script> world.',
  '',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '',
  '<style>body { display: none !important }</style>',
  '',
  '<div style="position:fixed;inset:0;background:red" id="overlay">covered</div>',
  '',
  '[click me](javascript:window.__pwned="link") and [data](data:text/html,<script>alert(1)</script>)',
  '',
  '<svg><script>window.__pwned = "svg"</script><a xlink:href="javascript:alert(1)">x</a></svg>',
  '',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'mathml\'">',
  '',
  '<iframe src="javascript:alert(1)"></iframe><form action="https://evil.example"><input name="password"></form>',
].join('\n');

describe('<learn-drawer> article view', () => {
  useDrawerTestHooks();

  it('opens straight on an article with learn.open({ article }) and focuses its title', async () => {
    const { drawer, learn } = await setup();
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'), 'the body renders');
    expect($(panel, '[part~="article-title"]')!.textContent?.trim()).to.equal('Set and move close dates');
    expect($(panel, '[part~="article-body"] h2')!.textContent).to.contain('The two rules');
    expect($(panel, '[part~="article-body"] strong')!.textContent).to.equal('Close date');
    expect(deepFocus()).to.equal($(panel, '[part~="article-title"]'));
    expect($(panel, '.article-meta')!.textContent).to.contain('Sales operations');
  });

  it('shows the title from the catalog while the body loads, and records the view', async () => {
    const { drawer, learn } = await setup(undefined, { latencyMs: 150 });
    const panel = await clickOpen(drawer);
    $(panel, '[data-suggestion="discount-approval"]')!.click();
    await panel.updateComplete;
    expect($(panel, '[part~="article-title"]')!.textContent?.trim()).to.equal('Get a discount approved');
    expect($(panel, '[part~="article-body"]')).to.equal(null);
    expect($(panel, '[part~="loading"]')).to.exist;
    await until(() => $(panel, '[part~="article-body"]'));
    await until(() => learn.recent()[0] === 'discount-approval', 'markViewed');

    $(panel, '[part~="back-button"]')!.click();
    await until(() => $(panel, '[data-recent]'));
    expect(texts($$(panel, '[data-recent]'))).to.deep.equal(['Get a discount approved']);
  });

  it('opens links to other articles inside the drawer and "back" returns to the first', async () => {
    const { drawer, learn } = await setup();
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    const hashBefore = location.hash;
    $(panel, '[part~="article-body"] a[href="#learn-close-dates-the-two-rules"]')!.click();
    expect(location.hash, 'a section link does not touch the host URL').to.equal(hashBefore);

    $(panel, '[part~="article-body"] a[href="discount-approval"]')!.click();
    await until(() => $(panel, '[part~="article-title"]')!.textContent!.includes('discount'));
    await until(() => $(panel, '[part~="article-body"]')!.textContent!.includes('Pricing desk'));
    expect(location.pathname).not.to.contain('discount-approval');
    $(panel, '[part~="back-button"]')!.click();
    await until(() => $(panel, '[part~="article-title"]')!.textContent!.includes('close dates'));
  });

  it('links to the full page when the backend has one', async () => {
    const { drawer, learn } = await setup(undefined, { articlePageUrl: (id) => `https://help.fjordhall.example/articles/${id}` });
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    const link = $<HTMLAnchorElement>(panel, '[part~="full-page-link"]')!;
    expect(link.href).to.equal('https://help.fjordhall.example/articles/close-dates');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
  });

  it('has no full-page link when the backend has no such page', async () => {
    const { drawer, learn } = await setup();
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    expect($(panel, '[part~="full-page-link"]')).to.equal(null);
  });

  it('says so when an article does not exist', async () => {
    const { drawer, learn } = await setup();
    learn.open({ article: 'no-such-article' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="error"]'), 'a designed failure');
    expect($(panel, '[part~="error"]')!.textContent).to.contain('no longer available');
  });

  it('says an unread article cannot open offline, and opens it on retry when back', async () => {
    const { drawer, learn, backend } = await setup();
    backend.setFailure('network');
    learn.open({ article: 'pipeline-stages' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="error"]'));
    expect($(panel, '[part~="error"]')!.textContent).to.contain('not saved on this device');
    backend.setFailure(null);
    $<HTMLButtonElement>(panel, '[part~="error"] button')!.click();
    await until(() => $(panel, '[part~="article-body"]'));
  });

  it('renders hostile markdown inert inside the panel', async () => {
    const articles = [...ARTICLES, { id: 'hostile', title: 'Hostile', updatedAt: '2026-10-01T09:00:00Z', body: HOSTILE }];
    const { drawer, learn } = await setup(html`<learn-drawer></learn-drawer>`, { articles });
    const w = window as unknown as { __pwned?: string };
    delete w.__pwned;
    learn.open({ article: 'hostile' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    const body = $(panel, '[part~="article-body"]')!;
    expect(body.textContent).to.contain('Totally normal article');
    expect(body.querySelector('script, style, iframe, form, input, svg script, [style]')).to.equal(null);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name, `${el.localName}[${attr.name}]`).not.to.match(/^on/i);
    }
    for (const a of body.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.to.match(/^\s*(javascript|data):/i);
    expect(getComputedStyle(body).contain).to.contain('paint');
    expect(getComputedStyle(document.body).display).not.to.equal('none');
    // Give any injected handler its chance: images decode and error asynchronously.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all([...body.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
    expect(w.__pwned).to.equal(undefined);
  });

  it('shows the server-rendered html when the article has one, decorated for this page', async () => {
    const served = {
      id: 'server-rendered',
      title: 'Server rendered',
      updatedAt: '2026-10-01T09:00:00Z',
      body: '## From the markdown\n\nThe body, rendered only when there is no html.',
      html: '<h2>From the server</h2>\n<p>Rendered at import, see <a href="https://elsewhere.example/x">elsewhere</a>.</p>',
    };
    const { drawer, learn } = await setup(html`<learn-drawer></learn-drawer>`, { articles: [...ARTICLES, served] });
    learn.open({ article: 'server-rendered' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    const body = $(panel, '[part~="article-body"]')!;
    expect(body.textContent).to.contain('From the server').and.not.contain('From the markdown');
    expect(body.querySelector('h2')!.id).to.equal('learn-server-rendered-from-the-server');
    expect(body.querySelector('h2 + a')!.getAttribute('href')).to.equal('#learn-server-rendered-from-the-server');
    expect(body.querySelector('p a')!.getAttribute('target')).to.equal('_blank');
  });

  it('never trusts the server html: hostile html renders inert', async () => {
    const hostileHtml = HOSTILE.replace(/\[click me\]\([^)]*\)/, '<a href="javascript:window.__pwned=\'link\'">click me</a>');
    const articles = [...ARTICLES, { id: 'hostile-html', title: 'Hostile html', updatedAt: '2026-10-01T09:00:00Z', body: 'safe', html: `<h2>Totally normal article</h2>${hostileHtml}` }];
    const { drawer, learn } = await setup(html`<learn-drawer></learn-drawer>`, { articles });
    const w = window as unknown as { __pwned?: string };
    delete w.__pwned;
    learn.open({ article: 'hostile-html' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'));
    const body = $(panel, '[part~="article-body"]')!;
    expect(body.textContent).to.contain('Totally normal article');
    expect(body.querySelector('script, style, iframe, form, input, svg, math, [style], [id="overlay"]')).to.equal(null);
    for (const el of body.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name, `${el.localName}[${attr.name}]`).not.to.match(/^on/i);
    }
    for (const a of body.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.to.match(/^\s*(javascript|data):/i);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all([...body.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
    expect(w.__pwned).to.equal(undefined);
  });

  it('shows an article it rendered before at once, while the runtime confirms it, instead of a skeleton', async () => {
    const { drawer, learn } = await setup(undefined, { latencyMs: 150 });
    learn.open({ article: 'close-dates' });
    const panel = await openPanel(drawer);
    await until(() => $(panel, '[part~="article-body"]'), 'first rendering');
    $(panel, '[part~="back-button"]')!.click();
    await until(() => $(panel, '[data-suggestion="close-dates"]'));
    await learn.reset(); // the runtime's caches are empty now: reading it again waits for the (slow) backend
    await until(() => $(panel, '[data-suggestion="close-dates"]'), 'the catalog is back');

    $(panel, '[data-suggestion="close-dates"]')!.click();
    await panel.updateComplete;
    expect($(panel, '[part~="loading"]'), 'no skeleton').to.equal(null);
    expect($(panel, '[part~="article-body"] h2')!.textContent).to.contain('The two rules');
    await until(() => learn.isCached('close-dates'), 'the runtime confirmed it from the backend');
    expect($(panel, '[part~="article-body"] h2')!.textContent).to.contain('The two rules');
  });
});
