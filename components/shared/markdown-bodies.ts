/**
 * Markdown written by people — an expert's reply, a question, a reply's preview — as sanitised
 * bodies for the one HTML sink (sanitised-html.ts), through the pipeline the drawer uses for
 * articles: the server's `html` sanitised again (DOMPurify, strict configuration), else the markdown
 * rendered and sanitised in the browser. Rendering needs the sanitiser chunk (and marked for
 * markdown), so it is asynchronous: until a body is ready, `get` returns undefined and the caller
 * shows the text as plain text (Lit escapes it), and the host re-renders once it is.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadMarkdown, loadSanitiser } from '../learn-drawer/panel/markdown-loader.js';
import type { SanitisedBody } from './sanitised-html.js';

export interface MarkdownSource {
  /** The server's rendering, when it sent one (never trusted: sanitised again). */
  html?: string | undefined;
  /** The markdown as written. */
  body: string;
}

interface Entry {
  source: MarkdownSource;
  shown: SanitisedBody | undefined;
}

const LIMIT = 200;

export class MarkdownBodies {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The sanitised body for `key` (a message id, `preview`…), or undefined while it renders.
   * A new `source` under the same key (an edited preview) renders again.
   */
  get(key: string, source: MarkdownSource): SanitisedBody | undefined {
    const known = this.entries.get(key);
    if (known && known.source.body === source.body && known.source.html === source.html) return known.shown;
    const entry: Entry = { source, shown: undefined };
    this.entries.set(key, entry);
    if (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value as string);
    render(key, source).then(
      (sanitisedHtml) => {
        if (this.entries.get(key) !== entry) return; // replaced meanwhile
        entry.shown = { sanitisedHtml };
        this.host.requestUpdate();
      },
      (error: unknown) => console.warn('Learnflow: a message could not be formatted; showing it as plain text.', error),
    );
    return undefined;
  }
}

async function render(key: string, source: MarkdownSource): Promise<string> {
  // Heading ids are prefixed: several messages (and the host page) share one document.
  const options = { idPrefix: `learn-${key.replace(/[^a-z0-9-]/gi, '').slice(0, 40)}-` };
  let rendered: { html: string; fallback: boolean } | undefined;
  if (source.html !== undefined) rendered = (await loadSanitiser()).renderArticleHtml(source.html, options);
  if (!rendered || rendered.fallback) rendered = (await loadMarkdown()).renderMarkdown(source.body, options);
  return rendered.html;
}
