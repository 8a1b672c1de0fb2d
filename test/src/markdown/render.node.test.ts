/**
 * The markdown pipeline in Node with a jsdom window (how the server renders), and the caps that
 * keep marked from overflowing the stack. Browser behaviour is covered by render.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { MARKDOWN_LIMITS, renderMarkdown } from '../../../src/markdown/index.js';
import { renderArticleHtml } from '../../../src/markdown/render-html.js';
import { lineNesting } from '../../../src/markdown/limits.js';
import { markdownToHtml } from '../../../src/markdown/parse.js';
import { HOSTILE, inertProblems } from './hostile.js';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://crm.example.com/opportunity/1' });
const window = dom.window as unknown as Window;
const origin = 'https://crm.example.com';

function mount(html: string): HTMLElement {
  const box = window.document.createElement('div');
  box.innerHTML = html; // jsdom runs no scripts and loads nothing by default
  return box;
}

describe('renderMarkdown in Node (jsdom window)', () => {
  it('renders markdown with headings, external links and code', () => {
    const result = renderMarkdown('## Close dates\n\nSee [the policy](https://intranet.example.com/p).\n\n```\nx\n```', {
      window,
      pageOrigin: origin,
      idPrefix: 'learn-close-dates-',
    });
    assert.equal(result.fallback, false);
    assert.deepEqual(result.headings, [{ id: 'learn-close-dates-close-dates', text: 'Close dates', level: 2 }]);
    const box = mount(result.html);
    const link = box.querySelector('p a');
    assert.equal(link?.getAttribute('target'), '_blank');
    assert.equal(link?.getAttribute('rel'), 'noopener noreferrer');
    assert.ok(box.querySelector('pre.learn-code > code'));
  });

  for (const [what, markdown] of HOSTILE) {
    it(`renders inert: ${what}`, () => {
      // The check must be able to fail: the unsanitised HTML marked produces is not inert.
      const raw = window.document.createElement('template');
      raw.innerHTML = markdownToHtml(markdown);
      assert.notDeepEqual(inertProblems(raw.content), [], 'the payload is not hostile to begin with');

      const result = renderMarkdown(markdown, { window, pageOrigin: origin });
      assert.equal(result.fallback, false, result.reason);
      assert.deepEqual(inertProblems(mount(result.html)), []);
    });
  }

  it('falls back to plain text without a window instead of throwing', () => {
    const result = renderMarkdown('# Hi <script>x</script>');
    assert.equal(result.fallback, true);
    assert.match(result.reason ?? '', /window/);
    assert.equal(result.html, '<p># Hi &lt;script&gt;x&lt;/script&gt;</p>');
  });

  it('falls back when anything in the pipeline throws (a window DOMPurify cannot use)', () => {
    const result = renderMarkdown('**bold**\n\nsecond', { window: {} as Window });
    assert.equal(result.fallback, true);
    assert.match(result.reason ?? '', /rendering failed/);
    assert.equal(result.html, '<p>**bold**</p>\n<p>second</p>');
  });
});

describe('renderMarkdown({ decorate: false }): what the server stores as Article.html', () => {
  it('is sanitised but has none of the page-specific decoration', () => {
    const result = renderMarkdown('## Close dates\n\nSee [the policy](https://intranet.example.com/p). ![x](/a.png)\n\n```\nx\n```\n\n<img src=x onerror=alert(1)>', {
      window,
      decorate: false,
    });
    assert.equal(result.fallback, false);
    assert.deepEqual(result.headings, []);
    const box = mount(result.html);
    assert.equal(box.querySelector('h2')?.id, '');
    assert.equal(box.querySelector('.learn-anchor, .learn-heading, [target], [loading], [tabindex]'), null);
    assert.deepEqual(inertProblems(box), []);
  });
});

describe('renderArticleHtml in Node (jsdom window)', () => {
  const article = '## Close dates\n\nSee [the policy](https://intranet.example.com/p) and [the rules](#close-dates).\n\n![Field](/img/f.png)\n\n### Why *dates* slip\n\n```ts\nx\n```';

  it('finishes the server HTML exactly as renderMarkdown renders the markdown', () => {
    const options = { window, pageOrigin: origin, idPrefix: 'learn-close-dates-' };
    const server = renderMarkdown(article, { window, decorate: false });
    assert.deepEqual(renderArticleHtml(server.html, options), renderMarkdown(article, options));
  });

  for (const [what, payload] of HOSTILE) {
    it(`renders hostile server HTML inert: ${what}`, () => {
      // As if the server (or whoever sits between it and us) sent this as Article.html.
      const result = renderArticleHtml(`<h2>Title</h2><p>Intro</p>${payload}`, { window, pageOrigin: origin, idPrefix: 'x-' });
      assert.equal(result.fallback, false, result.reason);
      assert.deepEqual(inertProblems(mount(result.html)), []);
    });
  }

  it('never throws: no window, a window DOMPurify cannot use, oversize or non-string input', () => {
    assert.match(renderArticleHtml('<p>x</p>').reason ?? '', /window/);
    assert.match(renderArticleHtml('<p>x</p>', { window: {} as Window }).reason ?? '', /rendering failed/);
    assert.match(renderArticleHtml('x'.repeat(400_001), { window }).reason ?? '', /over the 400000 limit/);
    assert.match(renderArticleHtml(42 as unknown as string, { window }).reason ?? '', /not a string/);
    for (const result of [renderArticleHtml('<p>x</p>'), renderArticleHtml(42 as unknown as string, { window })]) {
      assert.equal(result.fallback, true);
      assert.equal(result.html, '', 'nothing to show: the caller renders the markdown body instead');
    }
  });

  it('does not import marked, so a bundle of it leaves marked out', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        assert.notEqual(spec, 'marked', `${file} imports marked`);
        if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      }
    };
    visit(fileURLToPath(new URL('../../../src/markdown/render-html.ts', import.meta.url)));
    assert.ok(seen.size > 3, `followed ${seen.size} modules`);
  });
});

describe('markdown caps', () => {
  const deep: Array<[string, string]> = [
    ['5,000 nested blockquotes', `${'>'.repeat(5_000)} x`],
    ['5,000 list markers on a line', `${'- '.repeat(5_000)}x`],
    ['1,200 ordered markers', `${'1. '.repeat(1_200)}x`],
    ['100 indented list levels', Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
    ['blockquotes inside lists', `${'> - '.repeat(600)}x`],
  ];
  for (const [what, markdown] of deep) {
    it(`falls back on ${what} before marked recurses`, () => {
      // Unguarded, some of these overflow marked's stack; the cap must catch them first.
      const result = renderMarkdown(markdown, { window });
      assert.equal(result.fallback, true);
      assert.match(result.reason ?? '', /nests \d+ levels deep/);
    });
  }

  it('falls back on thousands of nested emphasis marks', () => {
    for (const markdown of [`${'*'.repeat(4_000)}x${'*'.repeat(4_000)}`, '**a '.repeat(2_000) + 'b' + ' a**'.repeat(2_000)]) {
      const result = renderMarkdown(markdown, { window });
      assert.equal(result.fallback, true);
      assert.match(result.reason ?? '', /emphasis marks/);
    }
  });

  it('falls back on oversize input and keeps every word, escaped', () => {
    const markdown = `<script>alert(1)</script>\n\n${'word '.repeat(MARKDOWN_LIMITS.maxChars / 5)}`;
    const result = renderMarkdown(markdown, { window });
    assert.equal(result.fallback, true);
    assert.match(result.reason ?? '', /over the 100000 limit/);
    const box = mount(result.html);
    assert.equal(box.querySelector('script'), null);
    assert.equal(box.querySelectorAll('p').length, 2);
    assert.ok(box.textContent?.startsWith('<script>alert(1)</script>'));
  });

  it('renders real nesting (lists six deep, quoted lists, deep-indented code) normally', () => {
    const markdown = [
      ...Array.from({ length: 6 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`),
      '',
      '> - quoted item',
      '>   - nested in the quote',
      '',
      '```yaml',
      `${' '.repeat(40)}key: value`,
      '```',
      '',
      '* * *',
    ].join('\n');
    const result = renderMarkdown(markdown, { window });
    assert.equal(result.fallback, false, result.reason);
    assert.equal(mount(result.html).querySelectorAll('li').length, 8);
  });

  it('counts nesting per line: markers, quotes, and indentation before a marker', () => {
    assert.equal(lineNesting('plain text'), 0);
    assert.equal(lineNesting('        indented code'), 0);
    assert.equal(lineNesting('> quote'), 1);
    assert.equal(lineNesting('> > - item'), 3);
    assert.equal(lineNesting('>>>x'), 3);
    assert.equal(lineNesting('    - item'), 3);
    assert.equal(lineNesting('1. 2) - x'), 3);
    assert.equal(lineNesting('-not a marker'), 0);
    assert.equal(lineNesting('**bold**'), 0);
  });
});
