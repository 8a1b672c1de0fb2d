/**
 * Our one Trusted Types policy, named `learnflow`.
 *
 * Lit's `unsafeHTML` is a raw sink even under Trusted Types (lit-html's own policy passes strings
 * through, lit/lit#5320), so the article view hands it `trustedHTML(sanitised)` and a host with
 * `require-trusted-types-for 'script'; trusted-types learnflow` gets a working, enforced page.
 *
 * The policy is an identity wrapper: it does not sanitise. Only output of the markdown pipeline
 * (DOMPurify with the strict config) may pass through it, and DOMPurify itself uses it to parse.
 *
 * A host with several micro-frontends may load our bundle twice. `createPolicy` with a name that
 * already exists throws (or violates CSP without `'allow-duplicates'`), so the first copy keeps
 * the policy on the window under a registry symbol and every later copy reuses it.
 */
import type { TrustedHTML, TrustedTypePolicy, TrustedTypePolicyFactory } from 'trusted-types/lib/index.js';

export const POLICY_NAME = 'learnflow';
export const POLICY_KEY: unique symbol = Symbol.for('learnflow.trusted-types-policy');

/** What we keep on the window: the policy, or `null` once we know none can be created. */
type PolicySlot = { [POLICY_KEY]?: TrustedTypePolicy | null; trustedTypes?: TrustedTypePolicyFactory };

function createPolicy(factory: TrustedTypePolicyFactory): TrustedTypePolicy | null {
  try {
    return factory.createPolicy(POLICY_NAME, {
      createHTML: (html: string) => html,
      // DOMPurify insists a policy has this hook. Nothing we render may carry a script URL (scripts,
      // embeds and objects are stripped first), so refusing keeps the policy from being misused.
      createScriptURL: (url: string): string => {
        throw new TypeError(`Learnflow's Trusted Types policy does not create script URLs (${url.slice(0, 80)})`);
      },
    }) as TrustedTypePolicy;
  } catch (error) {
    console.warn(
      `Learnflow: could not create the Trusted Types policy "${POLICY_NAME}"; add it to the page's ` +
        `"trusted-types" CSP directive. Articles fall back to plain text meanwhile.`,
      error,
    );
    return null;
  }
}

/**
 * The `learnflow` policy of `win` (default: this realm's global), created on first use, or `null`
 * where Trusted Types are unsupported or the page's CSP does not allow our policy name.
 */
export function learnflowPolicy(win: object = globalThis): TrustedTypePolicy | null {
  const slot = win as PolicySlot;
  const existing = slot[POLICY_KEY];
  if (existing !== undefined) return existing;
  const factory = slot.trustedTypes;
  const policy = factory && typeof factory.createPolicy === 'function' ? createPolicy(factory) : null;
  // Not enumerable, not writable: a second copy of the bundle reads it, nobody replaces it.
  Object.defineProperty(win, POLICY_KEY, { value: policy, configurable: false, enumerable: false, writable: false });
  return policy;
}

/**
 * Wraps already-sanitised HTML for a Trusted Types sink. Policy name `learnflow`; created once; if
 * the bundle is loaded twice on a page, the second copy reuses the first's policy (kept on
 * globalThis under `Symbol.for('learnflow.trusted-types-policy')`) instead of throwing. Returns the
 * string itself where Trusted Types are unsupported.
 */
export function trustedHTML(sanitisedHtml: string): TrustedHTML | string {
  const policy = learnflowPolicy(globalThis);
  return policy ? policy.createHTML(sanitisedHtml) : sanitisedHtml;
}
