/**
 * The full-page article's stylesheet, served from its own route so the page's CSP can forbid
 * inline styles (`style-src 'self'`). Readable measure (~70 characters), system fonts, dark mode,
 * logical properties so RTL needs nothing extra.
 */
import { createHash } from 'node:crypto';

export const ARTICLE_CSS = `:root{color-scheme:light dark;--fg:#1d2330;--muted:#5a6272;--bg:#fff;--line:#dde1e8;--accent:#1f5fbf;--code-bg:#f3f5f8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#a3abb9;--bg:#14171c;--line:#2c323c;--accent:#7fb0ff;--code-bg:#1d2229}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif}
main{max-inline-size:70ch;margin-inline:auto;padding:2.5rem 1.25rem 4rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem;text-wrap:balance}
h2{font-size:1.375rem;line-height:1.3;margin:2.25rem 0 .5rem}
h3{font-size:1.125rem;line-height:1.35;margin:1.75rem 0 .5rem}
p,ul,ol,dl,table,pre,blockquote,figure{margin:0 0 1rem}
ul,ol{padding-inline-start:1.5rem}
li+li{margin-block-start:.25rem}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible,pre:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.summary{font-size:1.1875rem;color:var(--muted);margin:0 0 .75rem}
.meta{font-size:.875rem;color:var(--muted);margin:0 0 2rem;padding-block-end:1rem;border-block-end:1px solid var(--line)}
.meta span+span::before{content:" · "}
.notice{padding:.75rem 1rem;border:1px solid var(--line);border-radius:.5rem;color:var(--muted)}
.learn-heading{display:flex;align-items:baseline;gap:.5rem}
.learn-heading>h2,.learn-heading>h3{margin-block-end:.5rem}
.learn-anchor{color:var(--muted);text-decoration:none;opacity:0;font-weight:400}
.learn-heading:hover .learn-anchor,.learn-anchor:focus-visible{opacity:1}
code,kbd,samp{font:.9em/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--code-bg);border-radius:.25rem;padding:.1em .3em}
pre{background:var(--code-bg);border-radius:.5rem;padding:.875rem 1rem;overflow:auto}
pre code{background:none;padding:0}
blockquote{margin-inline:0;padding:.25rem 1rem;border-inline-start:.25rem solid var(--line);color:var(--muted)}
table{border-collapse:collapse;inline-size:100%;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:start;vertical-align:top}
th{background:var(--code-bg)}
img{max-inline-size:100%;block-size:auto}
hr{border:0;border-block-start:1px solid var(--line);margin:2rem 0}
.tags{display:flex;flex-wrap:wrap;gap:.375rem;list-style:none;padding:0;margin-block-start:2.5rem}
.tags li{margin:0;font-size:.8125rem;color:var(--muted);border:1px solid var(--line);border-radius:999px;padding:.1rem .6rem}
@media print{.learn-anchor{display:none}main{max-inline-size:none}}
`;

/** Short content hash for the stylesheet URL, so it can be cached forever and still change with a release. */
export const ARTICLE_CSS_VERSION = createHash('sha256').update(ARTICLE_CSS).digest('hex').slice(0, 12);
