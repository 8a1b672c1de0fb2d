/**
 * The markdown pipeline in Node with a jsdom window (how the server renders), and the caps that
 * keep marked from overflowing the stack. Browser behaviour is covered by render.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { MARKDOWN_LIMITS, renderMarkdown } from '../../../src/markdown/index.js';
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
