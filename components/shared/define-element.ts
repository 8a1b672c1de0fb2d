/**
 * Guarded custom element registration (Shoelace's `ShoelaceElement.define()` idea). A host page
 * with several micro-frontends may load Learnflow twice; the second copy must warn, not throw,
 * because an exception in a `define.ts` import would take the host's own module down with it.
 */
import { VERSION } from './version.js';

/** Element classes carry the version of the copy that defined them, for the warning below. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/** Registers `ctor` as `name` unless the tag is taken; returns whether this copy's class is the one in use. */
export function defineElement(name: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // server-side import: nothing to register, nothing to break
  const existing = registry.get(name) as VersionedElement | undefined;
  if (existing === ctor) return true;
  if (existing) {
    console.warn(
      `Learnflow: <${name}> is already registered (version ${existing.version ?? 'unknown'}); ` +
        `this copy (version ${ctor.version ?? VERSION}) is not used. Load Learnflow once per page.`,
    );
    return false;
  }
  try {
    registry.define(name, ctor);
    return true;
  } catch (error) {
    // e.g. the same class already registered under another name by a bundler quirk.
    console.warn(`Learnflow: could not register <${name}>.`, error);
    return false;
  }
}
