/// <reference types="mocha" />
/**
 * The markdown pipeline in Chromium: hostile input renders inert in a live document, and the
 * decoration (links, images, heading anchors, code) is what the article view relies on.
 */
import { expect } from '@open-wc/testing';
import { renderMarkdown } from '../../../src/markdown/index.js';
import { renderArticleHtml } from '../../../src/markdown/render-html.js';
import { trustedHTML } from '../../../src/markdown/trusted-types.js';
import { HOSTILE, inertProblems } from './hostile.js';

const mounted: HTMLElement[] = [];

/**
 * Into the live document, as the article view does: sanitised HTML through our Trusted Types
 * policy into a sink. (Not open-wc's `fixture`: it waits for an animation frame, which a
 * background page never gets when web-test-runner runs two files at once — modernweb-dev/web#2588.)
 */
async function mount(markup: string): Promise<HTMLElement> {
  const box = document.createElement('article');
  box.innerHTML = trustedHTML(markup) as string;
  document.body.append(box);
  mounted.push(box);
  return box;
}

describe('renderMarkdown in the browser', () => {
  afterEach(() => {
    for (const box of mounted.splice(0)) box.remove();
    expect((window as { __pwned?: unknown }).__pwned, 'a payload ran').to.equal(undefined);
  });

  for (const [what, markdown] of HOSTILE) {
    it(`renders inert: ${what}`, async () => {
      const result = renderMarkdown(markdown);
      expect(result.fallback, result.reason).to.equal(false);
      const box = await mount(result.html);
      expect(inertProblems(box, location.href)).to.deep.equal([]);
    });
  }

  it('cannot cover the host page: nothing rendered is fixed or absolute', async () => {
    const box = await mount(renderMarkdown(HOSTILE.map(([, md]) => md).join('\n\n')).html);
    for (const el of box.querySelectorAll('*')) {
      expect(getComputedStyle(el).position, el.outerHTML.slice(0, 80)).to.equal('static');
    }
  });

  it('opens links to other origins in a new tab, keeps same-origin, relative and mailto links as they are', async () => {
    const md = [
      `[other](https://elsewhere.example/doc)`,
      `[protocol-relative](//elsewhere.example/x)`,
      `[same](${location.origin}/help)`,
      `[relative](/help/close-dates)`,
      `[mail](mailto:pricing@fjordhall.example)`,
      `[phone](tel:+46101234567)`,
    ].join(' ');
    const box = await mount(renderMarkdown(md).html);
    const target = (text: string) => {
      const a = Array.from(box.querySelectorAll('a')).find((el) => el.textContent === text);
      return [a?.getAttribute('target') ?? null, a?.getAttribute('rel') ?? null];
    };
    expect(target('other')).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(target('protocol-relative')).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(target('same')).to.deep.equal([null, null]);
    expect(target('relative')).to.deep.equal([null, null]);
    expect(target('mail')).to.deep.equal([null, null]);
    expect(target('phone')).to.deep.equal([null, null]);
  });

  it('uses pageOrigin when given', async () => {
    const box = await mount(renderMarkdown(`[crm](https://crm.example.com/x)`, { pageOrigin: 'https://crm.example.com' }).html);
    expect(box.querySelector('a')?.hasAttribute('target')).to.equal(false);
  });

  it('loads images lazily and keeps alt text (empty when missing)', async () => {
    const box = await mount(renderMarkdown('![Quote approval screen](/img/quote.png)\n\n<img src="/img/decor.png">').html);
    const [first, second] = Array.from(box.querySelectorAll('img'));
    expect(first?.getAttribute('alt')).to.equal('Quote approval screen');
    expect(first?.getAttribute('loading')).to.equal('lazy');
    expect(first?.getAttribute('decoding')).to.equal('async');
    expect(second?.getAttribute('alt')).to.equal('');
  });

  it('gives h2/h3 prefixed, de-duplicated ids and an anchor link, and lists them', async () => {
    const md = '# Title\n\n## Close dates\n\ntext\n\n### Why *dates* slip\n\n## Close dates\n\n#### Not listed\n\n[back up](#close-dates)';
    const result = renderMarkdown(md, { idPrefix: 'learn-close-dates-' });
    expect(result.headings).to.deep.equal([
      { id: 'learn-close-dates-close-dates', text: 'Close dates', level: 2 },
      { id: 'learn-close-dates-why-dates-slip', text: 'Why dates slip', level: 3 },
      { id: 'learn-close-dates-close-dates-2', text: 'Close dates', level: 2 },
    ]);
    const box = await mount(result.html);
    const h3 = box.querySelector('h3');
    expect(h3?.id).to.equal('learn-close-dates-why-dates-slip');
    const anchor = h3?.nextElementSibling;
    expect(anchor?.getAttribute('href')).to.equal('#learn-close-dates-why-dates-slip');
    expect(anchor?.getAttribute('aria-label')).to.equal('Link to section Why dates slip');
    expect(box.querySelector('p > a')?.getAttribute('href')).to.equal('#learn-close-dates-close-dates');
    expect(box.querySelector('h1')?.id).to.equal('');
  });

  it('slugs Swedish and German headings readably', () => {
    const { headings } = renderMarkdown('## Försäljning & rabatter\n\n## Übersicht der Aufträge');
    expect(headings.map((h) => h.id)).to.deep.equal(['forsaljning-rabatter', 'ubersicht-der-auftrage']);
  });

  it('styles code blocks and keeps their language, lets the keyboard scroll them', async () => {
    const box = await mount(renderMarkdown('```ts\nconst discount = 0.1;\n```\n\nInline `code` too.').html);
    const pre = box.querySelector('pre');
    expect(pre?.className).to.equal('learn-code');
    expect(pre?.getAttribute('tabindex')).to.equal('0');
    expect(pre?.querySelector('code')?.className).to.equal('language-ts');
    expect(box.querySelector('p code')?.textContent).to.equal('code');
  });

  it('keeps safe raw HTML (tables, details) and task list state', async () => {
    const md = '| Stage | Probability |\n| --- | ---: |\n| Propose | 50 % |\n\n<details><summary>More</summary>Hidden text</details>\n\n- [x] Quote attached\n- [ ] Discount approved';
    const box = await mount(renderMarkdown(md).html);
    expect(box.querySelector('td[align="right"]')?.textContent).to.equal('50 %');
    expect(box.querySelector('details > summary')?.textContent).to.equal('More');
    expect(Array.from(box.querySelectorAll('li')).map((li) => li.textContent?.trim())).to.deep.equal(['☑ Quote attached', '☐ Discount approved']);
  });

  it('is accessible', async () => {
    const md = '## Close dates\n\nA close date in the past blocks the forecast. See [the rules](https://intranet.example.com/rules).\n\n![Close date field](/img/close-date.png)\n\n### How to fix\n\n1. Open the opportunity\n2. Pick a new date\n\n```\nclose_date >= today\n```';
    const box = await mount(renderMarkdown(md, { idPrefix: 'a11y-' }).html);
    await expect(box).to.be.accessible();
  });

  it('falls back on deep nesting in the browser too, without throwing', async () => {
    const result = renderMarkdown(`${'> '.repeat(3_000)}<img src=x onerror="window.__pwned=1">`);
    expect(result.fallback).to.equal(true);
    const box = await mount(result.html);
    expect(inertProblems(box, location.href)).to.deep.equal([]);
    expect(box.querySelector('img')).to.equal(null);
  });
});

describe('renderArticleHtml in the browser', () => {
  afterEach(() => {
    for (const box of mounted.splice(0)) box.remove();
    expect((window as { __pwned?: unknown }).__pwned, 'a payload ran').to.equal(undefined);
  });

  for (const [what, payload] of HOSTILE) {
    it(`renders hostile server HTML inert: ${what}`, async () => {
      const result = renderArticleHtml(`<h2>Title</h2><p>Intro</p>${payload}`, { idPrefix: 'x-' });
      expect(result.fallback, result.reason).to.equal(false);
      const box = await mount(result.html);
      expect(inertProblems(box, location.href)).to.deep.equal([]);
    });
  }

  it('decorates for this page: prefixed heading ids and anchors, new tab for other origins, lazy images', async () => {
    const md = '## Close dates\n\n[other](https://elsewhere.example/doc) [same](/help)\n\n![Field](/img/f.png)';
    const result = renderArticleHtml(renderMarkdown(md, { decorate: false }).html, { idPrefix: 'learn-close-dates-' });
    expect(result.headings).to.deep.equal([{ id: 'learn-close-dates-close-dates', text: 'Close dates', level: 2 }]);
    expect(result.html).to.equal(renderMarkdown(md, { idPrefix: 'learn-close-dates-' }).html);
    const box = await mount(result.html);
    expect(box.querySelector('h2 + a.learn-anchor')?.getAttribute('href')).to.equal('#learn-close-dates-close-dates');
    expect(box.querySelector('a[href^="https://elsewhere"]')?.getAttribute('target')).to.equal('_blank');
    expect(box.querySelector('img')?.getAttribute('loading')).to.equal('lazy');
  });
});
