/**
 * Section headings (h2/h3) of a markdown body as plain text, for the catalog's search index.
 * Uses marked's lexer only: no HTML is produced, so no DOM is needed on the server.
 */
import { Lexer, type Token } from 'marked';
import { exceedsLimits } from '../../src/markdown/limits.js';

/** Same bounds as ArticleMeta.headings: derived data is trimmed to fit, never a reason to refuse. */
const MAX_HEADINGS = 50;
const MAX_HEADING_CHARS = 200;

function plainText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      if ('tokens' in token && Array.isArray(token.tokens)) return plainText(token.tokens, '');
      if (token.type === 'image') return token.text;
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
}

export function extractHeadings(markdown: string): string[] {
  // Over the caps marked's lexer can overflow the stack; such a body renders as plain text anyway.
  if (exceedsLimits(markdown)) return [];
  let tokens: Token[];
  try {
    tokens = Lexer.lex(markdown);
  } catch {
    return [];
  }
  const headings: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'heading' || (token.depth !== 2 && token.depth !== 3)) continue;
    const text = plainText(token.tokens, token.text).replace(/\s+/g, ' ').trim();
    if (text) headings.push(text.slice(0, MAX_HEADING_CHARS));
    if (headings.length === MAX_HEADINGS) break;
  }
  return headings;
}
