/// <reference types="mocha" />
/**
 * Registration: importing the element classes registers nothing and adds no listener; `define.ts`
 * registers, and a second copy of Learnflow on the page warns with both versions instead of throwing.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../../components/shared/version.js';
import { defineElement } from '../../../components/shared/define-element.js';

describe('registration', () => {
  it('does nothing global when the classes are imported', async () => {
    const added: string[] = [];
    const originals = { doc: document.addEventListener, win: window.addEventListener };
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.push(`document:${type}`);
      return (originals.doc as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.push(`window:${type}`);
      return (originals.win as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    try {
      await import('../../../components/learn-drawer/learn-drawer.js');
      await import('../../../components/learn-drawer/panel/learn-drawer-panel.js');
      expect(customElements.get('learn-drawer')).to.equal(undefined);
      expect(customElements.get('learn-drawer-panel')).to.equal(undefined);
      expect(added).to.deep.equal([]);
    } finally {
      document.addEventListener = originals.doc;
      window.addEventListener = originals.win;
    }
  });

  it('registers <learn-drawer> from define.ts', async () => {
    const { LearnDrawer } = await import('../../../components/learn-drawer/define.js');
    expect(customElements.get('learn-drawer')).to.equal(LearnDrawer);
    expect(document.createElement('learn-drawer')).to.be.instanceOf(LearnDrawer);
  });

  it('warns with both versions, and does not throw, when another copy registered the tag', () => {
    class OtherCopy extends HTMLElement {
      static readonly version = '0.0.9';
    }
    class ThisCopy extends HTMLElement {
      static readonly version = VERSION;
    }
    expect(defineElement('learn-twice', OtherCopy)).to.equal(true);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      expect(defineElement('learn-twice', ThisCopy)).to.equal(false);
      expect(defineElement('learn-twice', OtherCopy), 'the same class again is fine').to.equal(true);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9').and.to.contain(VERSION).and.to.contain('<learn-twice>');
    expect(customElements.get('learn-twice')).to.equal(OtherCopy);
  });

  it('carries the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
