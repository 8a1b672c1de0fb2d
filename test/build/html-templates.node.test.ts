/** The whitespace minifier for lit html`` templates of the production builds (scripts/html-templates.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { BLOCK_TAGS, minifyHtmlParts, minifyHtmlTemplates } from '../../scripts/html-templates.js';

const one = (text: string) => minifyHtmlParts([text]).parts[0];
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('minifyHtmlParts', () => {
  it('turns a whitespace run with a newline into that newline, and never joins two words', () => {
    assert.equal(one('<p>\n      Step\n      1 of\n   3</p>'), '<p>\nStep\n1 of\n3</p>');
  });

  it('leaves a run without a newline exactly as written', () => {
    assert.equal(one('<p>a  b\t c </p>'), '<p>a  b\t c </p>');
  });

  it('drops a run only between two block-level tags', () => {
    assert.equal(one('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>'), '<ul><li>a</li><li>b</li></ul>');
    assert.equal(one('</section>\n\n    <div>'), '</section><div>');
  });

  it('keeps a newline next to inline tags and custom elements, where it may be the space between two buttons', () => {
    assert.equal(one('<button>a</button>\n  <button>b</button>'), '<button>a</button>\n<button>b</button>');
    assert.equal(one('<div>\n  <a href="x">x</a>\n  <span>y</span>\n</div>'), '<div>\n<a href="x">x</a>\n<span>y</span>\n</div>');
    assert.equal(one('<li>\n  <learn-x></learn-x>\n</li>'), '<li>\n<learn-x></learn-x>\n</li>');
    assert.equal(one('<div>\n  <slot></slot>\n</div>'), '<div>\n<slot></slot>\n</div>');
  });

  it('does not drop a run that only looks like it is between tags: after a comment or before text', () => {
    assert.equal(one('<div><!-- x -->\n  <div>'), '<div><!-- x -->\n<div>');
    assert.equal(one('<div>\n  x<div>'), '<div>\nx<div>');
  });

  it('keeps a newline next to an expression (it may render inline text), and the number of parts', () => {
    const { parts, dropped } = minifyHtmlParts(['<div>\n    ', '\n    <p>\n  ', '</p>\n  </div>']);
    assert.deepEqual(parts, ['<div>\n', '\n<p>\n', '</p></div>']);
    assert.deepEqual(dropped, [0, 0, 1]);
  });

  it('changes nothing inside <pre>, <textarea>, <script>, <style> or comments', () => {
    for (const text of [
      '<pre>\n  a\n    b\n</pre>',
      '<pre class="x">\n  <b>a</b>\n  <div>b</div>\n</pre>',
      '<textarea>\n  keep\n</textarea>',
      '<style>\n  a { color: red }\n</style>',
      '<script>\n  x\n</script>',
      '<!--\n  note\n  <div>\n-->',
    ]) {
      assert.equal(one(text), text);
    }
    assert.equal(one('<pre>\n a\n</pre>\n  <div>\n  x</div>'), '<pre>\n a\n</pre>\n<div>\nx</div>');
  });

  it('changes nothing inside quoted attribute values, even across an expression', () => {
    assert.equal(one(`<div title="a\n    b" data-x='c\n   d'>`), `<div title="a\n    b" data-x='c\n   d'>`);
    const { parts } = minifyHtmlParts(['<div class="a\n    ', '\n    b">\n  <p>', '</p>']);
    assert.deepEqual(parts, ['<div class="a\n    ', '\n    b"><p>', '</p>']);
  });

  it('turns the indentation between attributes into newlines, never removing the separator', () => {
    assert.equal(one('<a\n      href="x"\n      target="_blank"\n      >x</a\n    >'), '<a\nhref="x"\ntarget="_blank"\n>x</a\n>');
    const { parts } = minifyHtmlParts(['<button\n    type="button"\n    @click=', '\n    ?disabled=', '\n  >go</button>']);
    assert.deepEqual(parts, ['<button\ntype="button"\n@click=', '\n?disabled=', '\n>go</button>']);
  });

  it('is deterministic (lit caches templates by their strings)', () => {
    const parts = ['<ul>\n  <li>', '</li>\n</ul>'];
    assert.deepEqual(minifyHtmlParts(parts), minifyHtmlParts([...parts]));
  });
});

describe('minifyHtmlTemplates', () => {
  const minify = (source: string) => minifyHtmlTemplates(ts, source);

  it('minifies html`` imported from lit, nested templates included, and keeps every expression as written', () => {
    const source = [
      "import { html } from 'lit';",
      'const items = [1, 2];',
      'export const view = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i}',
      '    </li>`)}',
      '  </ul>`;',
      'const plain = `<ul>',
      '  <li>keep</li>',
      '</ul>`;',
    ].join('\n');
    const out = minify(source);
    assert.equal(
      out,
      [
        "import { html } from 'lit';",
        'const items = [1, 2];',
        'export const view = html`<ul>',
        '${items.map((i) => html`<li>',
        '${i}',
        '</li>`)}',
        '</ul>`;',
        'const plain = `<ul>',
        '  <li>keep</li>',
        '</ul>`;',
      ].join('\n'),
    );
  });

  it('keeps every line where it was: dropped newlines move into the next expression or after the template', () => {
    const source = "import { html } from 'lit';\nconst a = html`<div>\n  <p>${\n  1}</p>\n</div>\n`;\nconst line7 = 1;";
    const out = minify(source);
    assert.equal(out, "import { html } from 'lit';\nconst a = html`<div><p>${\n\n  1}</p></div>\n`\n;\nconst line7 = 1;");
    assert.equal(out.split('\n').length, source.split('\n').length);
    assert.equal(out.split('\n').indexOf('  1}</p></div>'), source.split('\n').indexOf('  1}</p>'));
  });

  it('follows a renamed import and ignores an html tag that is not lit’s', () => {
    assert.equal(minify("import { html as h } from 'lit-html';\nh`<div>\n  <p>x</p>\n</div>`;"), "import { html as h } from 'lit-html';\nh`<div><p>x</p></div>`\n\n;");
    const own = "const html = (s: TemplateStringsArray) => s.join('');\nhtml`<div>\n  <p>x</p>\n</div>`;";
    assert.equal(minify(own), own);
    const typeOnly = "import type { html } from 'lit';\nhtml`<div>\n  <p>x</p>\n</div>`;";
    assert.equal(minify(typeOnly), typeOnly);
  });

  it('shrinks the drawer panel’s templates without changing their parts, expressions or line count', () => {
    const dir = join(root, 'components/learn-drawer/panel');
    const files = walk(dir).filter((f) => f.endsWith('.ts') && readFileSync(f, 'utf8').includes('html`'));
    assert.ok(files.length >= 5, files.join());
    let before = 0;
    let after = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const out = minifyHtmlTemplates(ts, source, file);
      before += source.length;
      after += out.length;
      assert.equal(out.split('\n').length, source.split('\n').length, file);
      assert.equal(out.split('${').length, source.split('${').length, file);
      assert.deepEqual(nonWhitespace(out), nonWhitespace(source), file);
    }
    // Whole files, code included: the templates' indentation is ≈ 1 KB of them (at 54bb6fb).
    assert.ok(before - after > 500, `${before} → ${after}`);
  });
});

describe('what the minifier assumes of our stylesheets', () => {
  it('no component stylesheet preserves white-space, or makes a block-level tag inline', () => {
    const styles = walk(join(root, 'components')).filter((f) => f.endsWith('.styles.ts'));
    const templates = walk(join(root, 'components')).filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'));
    const markup = templates.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const file of styles) {
      const css = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
      // A template's indentation would show under pre, pre-wrap or break-spaces. pre-line is fine:
      // it keeps newlines and collapses spaces, as the minifier does (its elements hold text, not blocks).
      assert.doesNotMatch(css, /white-space\s*:\s*(pre(?!-line)|break-spaces)/, `${file}: white-space keeps spaces — see scripts/html-templates.ts`);
      for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        if (!/display\s*:\s*inline/.test(rule[2]!)) continue;
        const selector = rule[1]!;
        // Only each selector's subject (its last compound: `span` in `.meta span`) is made inline.
        const subjects = selector.split(',').map((one) => one.trim().split(/[\s>+~]+/).pop() ?? '');
        const names = subjects.join(' ').replace(/\[[^\]]*\]|::?[\w-]+(\([^)]*\))?/g, ' ');
        for (const tag of names.match(/(?<![-.#\w])[a-z][a-z0-9]*(?![-\w])/g) ?? []) {
          assert.ok(!BLOCK_TAGS.has(tag), `${file}: "${selector.trim()}" makes <${tag}> inline — see scripts/html-templates.ts`);
        }
        for (const [, cls] of names.matchAll(/\.([\w-]+)/g)) {
          // A block-level tag with that class right after another tag and a line break: the run between
          // them may be dropped. (Approximate: a class on a tag that starts its template is fine.)
          const block = new RegExp(`>[ \\t]*\\n\\s*<(${[...BLOCK_TAGS].join('|')})\\b[^>]*\\bclass="[^"]*(?<![-\\w])${cls}(?![-\\w])`);
          assert.doesNotMatch(markup, block, `.${cls} (display: inline…) is on a block-level tag next to a line break — see scripts/html-templates.ts`);
        }
      }
    }
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function nonWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
