/**
 * Minifies the whitespace inside Lit `html\`…\`` templates in production builds. Vite's minifier
 * leaves template literals as they are, so every template shipped with its source indentation
 * (the drawer panel's views are Prettier-formatted markup).
 *
 * Deliberately conservative — it only ever changes whitespace an HTML parser or CSS layout ignores:
 * - a run of whitespace that contains a newline becomes its newlines alone (`\n      ` → `\n`),
 *   in text and between attributes; a run without a newline (`a  b`, `Step 1 of 3`) is left as
 *   written, so no two words ever join;
 * - such a run is dropped entirely only between two tags that are block-level by default (`</li>
 *   <li>`, `<div>\n<h2>`): there it is a line box of collapsible spaces alone, which CSS removes.
 *   Next to an inline tag (`<a>`, `<span>`, `<button>`, custom elements, `<slot>`) or a `${…}`
 *   it stays, because there it may be the space between two words or buttons;
 * - nothing changes inside quoted attribute values, comments, `<pre>`, `<textarea>`, `<script>`
 *   or `<style>`, nor in any `${…}` (nested `html\`\`` templates in them are minified on their own);
 *   the template keeps its number of parts, and the same source always gives the same output, so
 *   Lit's template cache (keyed by the strings array) behaves as before.
 * Only templates whose tag is `html` imported from `lit`, `lit-html` or their subpaths are touched.
 *
 * Line numbers stay what they were: a collapsed run keeps its newlines, and a dropped run's newlines
 * move to just after the next `${` (inside the expression, where they are JavaScript whitespace) or
 * after the closing backtick — so the untransformed source maps (`map: null`) still point at the
 * right lines. This assumes our stylesheets never make a block-level tag inline and never keep
 * spaces (`white-space: pre | pre-wrap | break-spaces`; `pre-line` keeps newlines as we do, for text
 * elements); test/build/html-templates.node.test.ts checks every `.styles.ts` under components/.
 */
import type { Plugin } from 'vite';
import type * as TS from 'typescript';

/** Tags whose default display is a block-level box (HTML's rendering section), so whitespace between two of them renders nothing. */
export const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p search section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** Elements whose content must keep every character. */
const VERBATIM_TAGS = new Set(['pre', 'textarea', 'script', 'style']);

/** HTML's whitespace (not \s: a no-break space is text). */
const WS = /[ \t\n\r\f]/;

type Mode = 'text' | 'tag' | 'dq' | 'sq' | 'comment';

/**
 * Minifies the static parts of one template (the strings between its `${…}`). Returns the new
 * parts (as many as given) and, for each, the newlines it dropped: the caller puts them back
 * outside the template text so line numbers do not move.
 */
export function minifyHtmlParts(parts: readonly string[]): { parts: string[]; dropped: number[] } {
  let mode: Mode = 'text';
  /** Inside <pre>, <textarea>…: the tag whose closing tag ends it. */
  let verbatim: string | null = null;
  let tagName = '';
  let closing = false;
  const out: string[] = [];
  const dropped: number[] = [];

  for (const part of parts) {
    let result = '';
    let lost = 0;
    /** The tag that ended at the `>` just before position i, when it is block-level. */
    let blockEndedAt = -1;
    let i = 0;
    while (i < part.length) {
      const c = part[i]!;
      if (mode === 'text') {
        if (part.startsWith('<!--', i)) {
          mode = 'comment';
          result += '<!--';
          i += 4;
          continue;
        }
        const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(part.slice(i, i + 64));
        if (tag) {
          mode = 'tag';
          closing = tag[1] === '/';
          tagName = tag[2]!.toLowerCase();
          result += tag[0];
          i += tag[0].length;
          continue;
        }
        if (WS.test(c)) {
          let end = i;
          while (end < part.length && WS.test(part[end]!)) end++;
          const run = part.slice(i, end);
          const newlines = run.split('\n').length - 1;
          if (verbatim || newlines === 0) result += run;
          else if (blockEndedAt === i && BLOCK_TAGS.has(nextTagName(part, end) ?? '')) lost += newlines;
          else result += '\n'.repeat(newlines);
          i = end;
          continue;
        }
        result += c;
        i++;
        continue;
      }
      if (mode === 'tag') {
        if (c === '"' || c === "'") {
          mode = c === '"' ? 'dq' : 'sq';
          result += c;
          i++;
          continue;
        }
        if (c === '>') {
          mode = 'text';
          result += c;
          i++;
          if (verbatim) {
            if (closing && tagName === verbatim) verbatim = null;
          } else if (!closing && VERBATIM_TAGS.has(tagName)) {
            verbatim = tagName;
          } else if (BLOCK_TAGS.has(tagName)) {
            blockEndedAt = i;
          }
          continue;
        }
        if (WS.test(c) && !verbatim) {
          let end = i;
          while (end < part.length && WS.test(part[end]!)) end++;
          const run = part.slice(i, end);
          const newlines = run.split('\n').length - 1;
          // Between attributes any whitespace separates them: one newline does what the run did.
          result += newlines === 0 ? run : '\n'.repeat(newlines);
          i = end;
          continue;
        }
        result += c;
        i++;
        continue;
      }
      if (mode === 'comment') {
        if (part.startsWith('-->', i)) {
          mode = 'text';
          result += '-->';
          i += 3;
          continue;
        }
        result += c;
        i++;
        continue;
      }
      // Quoted attribute value: verbatim up to its closing quote.
      if ((mode === 'dq' && c === '"') || (mode === 'sq' && c === "'")) mode = 'tag';
      result += c;
      i++;
    }
    out.push(result);
    dropped.push(lost);
  }
  return { parts: out, dropped };
}

/** Name of the tag that starts exactly at `at` (`<li`, `</ul`), if one does. */
function nextTagName(text: string, at: number): string | undefined {
  return /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(text.slice(at, at + 64))?.[1]?.toLowerCase();
}

/** Local names under which `html` is imported from lit (`import { html as h } from 'lit'` → `h`). */
function litHtmlNames(ts: typeof TS, file: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/^lit(-html)?(\/|$)/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause?.isTypeOnly) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === 'html' && !element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

/** Minifies every lit `html\`…\`` template in a TypeScript/JavaScript module's source. */
export function minifyHtmlTemplates(ts: typeof TS, source: string, fileName = 'module.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const tags = litHtmlNames(ts, file);
  if (tags.size === 0) return source;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text) && !node.typeArguments) {
      const template = node.template;
      // Each literal piece's text sits between its delimiters: ` or } before, ${ or ` after.
      const pieces: TS.Node[] = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      const ranges = pieces.map((piece) => {
        const start = piece.getStart(file) + 1;
        const last = piece.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || piece.kind === ts.SyntaxKind.TemplateTail;
        return { start, end: piece.end - (last ? 1 : 2), last };
      });
      const { parts, dropped } = minifyHtmlParts(ranges.map((r) => source.slice(r.start, r.end)));
      ranges.forEach((range, k) => {
        // Dropped newlines go just after the `${` (or the closing backtick) that ends this piece.
        edits.push({ start: range.start, end: range.end, text: parts[k]! });
        if (dropped[k]) edits.push({ start: range.end + (range.last ? 1 : 2), end: range.end + (range.last ? 1 : 2), text: '\n'.repeat(dropped[k]!) });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  // From the end, so earlier offsets stay valid; an insertion sorts after a replacement ending at the same place.
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Vite plugin: applies `minifyHtmlTemplates` to our modules that use lit's `html` before TypeScript is compiled. */
export function htmlTemplates(): Plugin {
  let ts: typeof TS | undefined;
  return {
    name: 'learnflow:html-templates',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!) || !/from\s*['"]lit/.test(code)) return null;
      ts ??= (await import('typescript')).default;
      const minified = minifyHtmlTemplates(ts, code, id);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
