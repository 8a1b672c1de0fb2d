/** Full-page articles (server-rendered, sanitised, strict CSP) and static files (types, traversal). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { frontMatter, startTestServer, tempDir, writeArticle, type TempDir, type TestServer } from './support.js';

const HOSTILE = `## Safe heading

<script>window.pwned = 1</script>
<style>body { display: none }</style>
<img src="x" onerror="window.pwned = 2">
<a href="javascript:alert(1)">js link</a> <a href="data:text/html,<script>alert(1)</script>">data link</a>
<svg onload="window.pwned = 3"><circle r="5"/></svg>
<math><mtext><img src=x onerror=alert(1)></mtext></math>
<iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name="q"></form>
<div style="position:fixed;inset:0">cover</div>

[outside](https://example.com/guide) and [inside](close-dates)
`;

/** GET with a raw, un-normalised path (fetch would resolve `..` before sending). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('article pages and static files', () => {
  let server: TestServer;
  let files: TempDir;
  let site: string;

  before(async () => {
    files = tempDir();
    const content = join(files.path, 'content');
    writeArticle(content, 'hostile.md', frontMatter('hostile', { title: 'Hostile <script>alert("t")</script> title' }), HOSTILE);
    writeArticle(content, 'arabic.md', frontMatter('arabic', { title: 'طلب خصم', locale: 'ar' }), '## القسم الأول\n\nنص.\n');
    writeArticle(content, 'close-dates.md', frontMatter('close-dates'));

    site = join(files.path, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    mkdirSync(join(site, 'guide'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(site, 'guide', 'index.html'), '<!doctype html><title>Guide</title>');
    writeFileSync(join(site, 'assets', 'app-3f9a1c2b.js'), 'export {};');
    writeFileSync(join(site, 'assets', 'style.css'), 'body{}');
    writeFileSync(join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(site, 'clip.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nCommit.\n');
    writeFileSync(join(site, '.env'), 'SECRET=dotfile');
    writeFileSync(join(files.path, 'secret.txt'), 'SECRET=outside');
    symlinkSync(join(files.path, 'secret.txt'), join(site, 'link.txt'));

    server = await startTestServer({ contentDir: content, staticDir: site });
  });
  after(async () => {
    await server?.close();
    files?.remove();
  });

  it('renders hostile markdown inert under a CSP with no script and no inline style', async () => {
    const response = await fetch(`${server.url}/articles/hostile`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

    const html = await response.text();
    const doc = new JSDOM(html).window.document;
    assert.equal(doc.querySelectorAll('script, style, iframe, form, input, svg, math, object, embed').length, 0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        assert.doesNotMatch(attr.name, /^on/i, `<${el.localName} ${attr.name}>`);
        assert.notEqual(attr.name, 'style', `<${el.localName} style>`);
        if (attr.name === 'href' || attr.name === 'src') assert.doesNotMatch(attr.value, /^\s*(javascript|data):/i, `<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    assert.equal(doc.title, 'Hostile <script>alert("t")</script> title', 'title shown as text');
    assert.equal(doc.querySelector('h1')?.textContent, 'Hostile <script>alert("t")</script> title');
    assert.equal(doc.querySelector('h2')?.textContent, 'Safe heading');
    const outside = doc.querySelector('a[href="https://example.com/guide"]');
    assert.equal(outside?.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(doc.querySelector('a[href="close-dates"]')?.hasAttribute('target'), false, 'same-site link stays in the tab');
  });

  it('links a stylesheet from its own route and sets lang/dir from the article', async () => {
    const html = await (await fetch(`${server.url}/articles/arabic`)).text();
    const doc = new JSDOM(html).window.document;
    assert.equal(doc.documentElement.lang, 'ar');
    assert.equal(doc.documentElement.dir, 'rtl');
    const href = doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const css = await fetch(new URL(href, `${server.url}/articles/arabic`));
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /max-inline-size/);
  });

  it('answers a missing article page with a 404 page for people and an ApiError for programs', async () => {
    const page = await fetch(`${server.url}/articles/missing`, { headers: { Accept: 'text/html' } });
    assert.equal(page.status, 404);
    assert.match(await page.text(), /Article not found/);
    const api = await fetch(`${server.url}/articles/missing`, { headers: { Accept: 'application/json' } });
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  it('serves static files with their content types, index.html for folders, and revalidation', async () => {
    const home = await fetch(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await home.text(), /<title>Home<\/title>/);
    assert.match((await fetch(`${server.url}/guide/`).then((r) => r.text())), /Guide/);
    const redirect = await fetch(`${server.url}/guide`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(new URL(redirect.headers.get('location') ?? '', `${server.url}/guide`).pathname, '/guide/');

    const js = await fetch(`${server.url}/assets/app-3f9a1c2b.js`);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    const css = await fetch(`${server.url}/assets/style.css`);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.equal(css.headers.get('cache-control'), 'no-cache', 'an unhashed name is revalidated');
    assert.match((await fetch(`${server.url}/logo.svg`)).headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.equal((await fetch(`${server.url}/assets/style.css`)).headers.get('x-content-type-options'), 'nosniff');

    const head = await fetch(`${server.url}/assets/app-3f9a1c2b.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String('export {};'.length));
    assert.equal(await head.text(), '');

    const etag = js.headers.get('etag') ?? '';
    assert.equal((await fetch(`${server.url}/assets/app-3f9a1c2b.js`, { headers: { 'If-None-Match': etag } })).status, 304);
  });

  it('serves byte ranges (a video stays seekable, so a lesson resumes it) and captions as text/vtt', async () => {
    const whole = 'WEBVTT\n\n00:00.000 --> 00:02.000\nCommit.\n';
    const full = await fetch(`${server.url}/clip.vtt`);
    assert.equal(full.headers.get('accept-ranges'), 'bytes');
    assert.match(full.headers.get('content-type') ?? '', /^text\/vtt/);
    await full.text();
    const part = await fetch(`${server.url}/clip.vtt`, { headers: { Range: 'bytes=0-5' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 0-5/${whole.length}`);
    assert.equal(await part.text(), 'WEBVTT');
    const tail = await fetch(`${server.url}/clip.vtt`, { headers: { Range: 'bytes=-8' } });
    assert.equal(tail.status, 206);
    assert.equal(await tail.text(), whole.slice(-8));
    const open = await fetch(`${server.url}/clip.vtt`, { headers: { Range: 'bytes=8-' } });
    assert.equal(await open.text(), whole.slice(8));
    const beyond = await fetch(`${server.url}/clip.vtt`, { headers: { Range: `bytes=${whole.length + 10}-` } });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), `bytes */${whole.length}`);
    await beyond.text();
    // Several ranges are answered with the whole file (allowed: a server may ignore Range).
    const several = await fetch(`${server.url}/clip.vtt`, { headers: { Range: 'bytes=0-1,4-5' } });
    assert.equal(several.status, 200);
    assert.equal(await several.text(), whole);
  });

  it('refuses directory traversal, encoded separators, dotfiles and symlinks out of the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/.env',
      '/%2eenv',
      '/link.txt',
      '/index.html%00.js',
    ]) {
      const { status, body } = await rawGet(server.url, path);
      assert.ok(status === 404 || status === 400, `${path} → ${status}`);
      assert.doesNotMatch(body, /SECRET=/, path);
    }
  });
});
