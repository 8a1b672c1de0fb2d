/** The CSS-in-template minifier of the production builds (scripts/css-templates.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { minifyCssTemplates, minifyCssText } from '../../scripts/css-templates.js';

describe('minifyCssText', () => {
  it('drops comments and whitespace a CSS parser ignores', () => {
    assert.equal(minifyCssText('\n  /* why */\n  .a {\n    color: red;\n    margin: 0 0 1em;\n  }\n').trim(), '.a{color:red;margin:0 0 1em}');
  });

  it('keeps the descendant combinator before a pseudo-class, and the spaces calc() needs', () => {
    assert.equal(minifyCssText('.prose :is(h2, h3) { inline-size: calc(100% - 2em); }'), '.prose :is(h2,h3){inline-size:calc(100% - 2em)}');
    assert.equal(minifyCssText('li + li { margin: 0 }'), 'li + li{margin:0}');
  });

  it('drops the leading zero of a number, and only that zero', () => {
    assert.equal(minifyCssText('a { padding: 0.75em 10.5px; margin: 0 0.5em; color: rgb(0 0 0 / 0.18); transition: x 0.2s cubic-bezier(0.2,0.8,0.2,1) }'), 'a{padding:.75em 10.5px;margin:0 .5em;color:rgb(0 0 0 / .18);transition:x .2s cubic-bezier(.2,.8,.2,1)}');
  });

  it('drops a comment with an apostrophe in it and minifies what follows', () => {
    assert.equal(minifyCssText("/* the drawer's fold, a block's line */\n  .a > * {\n    color: red;\n  }\n  .b { content: 'x  y' }").trim(), ".a>*{color:red}.b{content:'x  y'}");
  });

  it('leaves quoted strings exactly as written', () => {
    assert.equal(minifyCssText("a { font-family: 'Segoe  UI', x; content: ' ; { ' }"), "a{font-family:'Segoe  UI',x;content:' ; { '}");
  });
});

describe('minifyCssTemplates', () => {
  it('minifies css`…` templates around ${…} interpolations, and nothing else', () => {
    const source = "const light = css`\n  --x: 1;\n`;\nconst s = css`\n  :host {\n    ${light}\n    display: contents;\n  }\n`;\nconst t = `keep   this`;";
    assert.equal(minifyCssTemplates(source), "const light = css`--x:1;`;\nconst s = css`:host{${light}display:contents}`;\nconst t = `keep   this`;");
  });

  it('shrinks the drawer panel’s stylesheet without touching its interpolations', () => {
    const source = readFileSync(new URL('../../components/learn-drawer/panel/learn-drawer-panel.styles.ts', import.meta.url), 'utf8');
    const minified = minifyCssTemplates(source);
    assert.ok(minified.length < source.length * 0.8, `${source.length} → ${minified.length}`);
    const interpolations = (text: string) => text.match(/\$\{[^}]*\}/g);
    assert.deepEqual(interpolations(minified), interpolations(source));
  });
});
