/// <reference types="mocha" />
/**
 * Trusted Types. A test page cannot get a CSP header, so the enforced case runs in an iframe
 * whose own meta CSP allows only our policy name: the pipeline and `innerHTML` must work there,
 * a plain string must be refused, and a second copy of the module must reuse the first policy.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { TrustedTypePolicyFactory } from 'trusted-types/lib/index.js';
import { renderMarkdown } from '../../../src/markdown/index.js';
import type * as TrustedTypesModule from '../../../src/markdown/trusted-types.js';

type TTWindow = Window & { trustedTypes?: TrustedTypePolicyFactory };
const KEY = Symbol.for('learnflow.trusted-types-policy');
// The dev server serves the .ts source; a query string makes the browser load it as a new module.
const modulePath = new URL('../../../src/markdown/trusted-types.ts', import.meta.url).href;

/** A separate module instance, as a second copy of our bundle on the page would be. */
async function freshCopy(tag: string): Promise<typeof TrustedTypesModule> {
  return (await import(/* @vite-ignore */ `${modulePath}?copy=${tag}`)) as typeof TrustedTypesModule;
}

async function enforcedFrame(): Promise<TTWindow> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types learnflow"><body></body>`;
  const loaded = oneEvent(iframe, 'load');
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as TTWindow;
}

describe('trustedHTML', () => {
  it('creates the learnflow policy once and a second copy of the bundle reuses it', async () => {
    const factory = (window as TTWindow).trustedTypes;
    if (!factory) throw new Error('this Chromium should support Trusted Types');
    const created: string[] = [];
    const original = factory.createPolicy.bind(factory);
    factory.createPolicy = ((name: string, options: object) => {
      created.push(name);
      return original(name, options);
    }) as typeof factory.createPolicy;
    try {
      const first = await freshCopy('first');
      const a = first.trustedHTML('<b>a</b>');
      const b = first.trustedHTML('<b>b</b>');
      const second = await freshCopy('second');
      const c = second.trustedHTML('<b>c</b>');
      expect(created).to.deep.equal(['learnflow']);
      for (const value of [a, b, c]) expect(factory.isHTML(value)).to.equal(true);
      expect((globalThis as Record<symbol, unknown>)[KEY]).to.have.property('name', 'learnflow');
    } finally {
      factory.createPolicy = original;
    }
  });

  it('works with innerHTML', () => {
    return freshCopy('sink').then(({ trustedHTML }) => {
      const el = document.createElement('div');
      el.innerHTML = trustedHTML('<em>ok</em>') as string;
      expect(el.querySelector('em')?.textContent).to.equal('ok');
    });
  });
});

describe('under an enforced Trusted Types CSP', () => {
  it('renders an article through our policy while plain strings are refused', async () => {
    const frame = await enforcedFrame();
    const body = frame.document.body;
    // Enforcement is on: a plain string into a sink throws, and so would a second policy of our name.
    expect(() => {
      body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/); // the frame's TypeError, not ours: match the message

    const { learnflowPolicy } = await freshCopy('enforced');
    const result = renderMarkdown('## Discounts\n\nUp to **10 %** a rep decides. <img src=x onerror="parent.__pwned=1">', {
      window: frame,
      idPrefix: 'tt-',
    });
    expect(result.fallback, result.reason).to.equal(false);
    const policy = learnflowPolicy(frame);
    expect(policy?.name).to.equal('learnflow');
    body.innerHTML = policy!.createHTML(result.html) as unknown as string;
    expect(body.querySelector('h2#tt-discounts')?.textContent).to.equal('Discounts');
    expect(body.querySelector('strong')?.textContent).to.equal('10 %');
    expect(body.querySelector('img')?.hasAttribute('onerror')).to.equal(false);

    // A second copy of the bundle in that frame reuses the policy instead of failing to create it.
    expect(() => frame.trustedTypes!.createPolicy('learnflow', {})).to.throw();
    const again = await freshCopy('enforced-again');
    expect(again.learnflowPolicy(frame)).to.equal(policy);
  });
});
