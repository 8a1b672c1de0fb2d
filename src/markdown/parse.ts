/**
 * Markdown → HTML with marked. marked does not sanitise (its README says so): everything it emits,
 * raw HTML included, goes through `sanitize.ts` next. One private `Marked` instance so nobody's
 * global `marked.use(...)` changes how articles render.
 */
import { Marked, Renderer, type Tokens } from 'marked';

const renderer = new Renderer();
// GFM task lists render as `<input type=checkbox>`; forms are stripped by the sanitiser, which
// would silently lose whether an item is done. A ballot-box character keeps it, readable aloud.
renderer.checkbox = ({ checked }: Tokens.Checkbox): string => (checked ? '☑ ' : '☐ ');

const marked = new Marked({ async: false, gfm: true, breaks: false, renderer });

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
