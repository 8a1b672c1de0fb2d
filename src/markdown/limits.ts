/**
 * Caps checked BEFORE marked sees the text. marked does not bound its recursion: measured with
 * marked 18 on Node 20, ~1,200 list markers on one line overflow the stack, 400 indented list
 * levels take ~0.9 s, and a few thousand nested emphasis delimiters overflow or take seconds
 * (quadratic delimiter matching). Real articles nest lists a handful of levels deep.
 */
import { MAX_ARTICLE_BODY } from '../protocol/content.js';

export const MARKDOWN_LIMITS: { maxChars: number; maxNesting: number } = Object.freeze({
  /** Same bound as the protocol's article body. */
  maxChars: MAX_ARTICLE_BODY,
  /** Block nesting (blockquotes + list levels) any one line may open. */
  maxNesting: 32,
});

/**
 * Emphasis delimiters (`*`, `_`, `~`) allowed in one block (text between blank lines). 2,000
 * render in well under 100 ms; 8,000 nested ones overflow marked's inline lexer.
 */
const MAX_DELIMITERS_PER_BLOCK = 2_000;

const TAB_WIDTH = 4;

/**
 * How many blocks the start of `line` opens: each `>` and each list marker (`-`, `*`, `+`, `1.`,
 * `1)` followed by a space) counts one, and the line's indentation counts one level per two
 * columns (the least indentation a nested list item needs) when a marker follows it.
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let column = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t') {
      // Only the indentation before the first marker nests; spaces after a marker are padding.
      if (depth === 0) column += ch === ' ' ? 1 : TAB_WIDTH;
      i++;
    } else if (ch === '>') {
      depth++;
      i++;
    } else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth++;
      i += marker[0].length;
    }
  }
  // Indentation only nests when it leads to a marker; an indented code line opens nothing.
  return depth === 0 ? 0 : depth + Math.floor(column / 2);
}

/** Why `markdown` must not go to marked, or `undefined` when it is within every cap. */
export function exceedsLimits(markdown: string): string | undefined {
  if (markdown.length > MARKDOWN_LIMITS.maxChars) {
    return `article is ${markdown.length} characters, over the ${MARKDOWN_LIMITS.maxChars} limit`;
  }
  let delimiters = 0;
  let lineNumber = 0;
  for (const line of markdown.split('\n')) {
    lineNumber++;
    const depth = lineNesting(line);
    if (depth > MARKDOWN_LIMITS.maxNesting) {
      return `line ${lineNumber} nests ${depth} levels deep, over the ${MARKDOWN_LIMITS.maxNesting} limit`;
    }
    if (line.trim() === '') {
      delimiters = 0;
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 42 /* * */ || code === 95 /* _ */ || code === 126 /* ~ */) delimiters++;
    }
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) {
      return `the block ending on line ${lineNumber} has over ${MAX_DELIMITERS_PER_BLOCK} emphasis marks`;
    }
  }
  return undefined;
}
