/**
 * `<learn-feedback>` at the end of what someone reads (an article in the drawer, a finished lesson)
 * without making the reading pay for it: the tag is rendered at once in a box of fixed height
 * (`.feedback-slot`, styled by the host element), and the element's chunk is loaded only when that
 * box scrolls into view, at the next idle moment — so the article paints first, a long article that
 * is never read to its end never loads it, and nothing below it moves when it upgrades. Signed out
 * (no token) there is nothing to render: feedback needs a signed-in user, and a "sign in to rate"
 * notice under every article would be noise. The person signing in re-renders the host, which
 * shows it then.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterLoadIdle } from '../../sdk/idle.js';
import type { Learn } from '../../sdk/types.js';

/**
 * The slot's box: the height the thumbs or the stars take with their question, at the host's font
 * size (the element is given it), so the upgrade moves nothing; the element fills it without its
 * card (`size="full"`).
 */
export const feedbackSlotStyles = css`
  .feedback-slot {
    min-block-size: calc(4.85em + 2px);
    margin-block-start: 1.5em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_border);
  }
  .feedback-slot > * {
    font-size: 1em;
  }
`;

/** The import of the chunk that registers `<learn-feedback>`, once (again after a failure: the next time a slot is in view). */
let requested: Promise<unknown> | undefined;

export interface FeedbackSlotOptions {
  learn: Learn | undefined;
  /** `article:<id>` or `lesson:<id>`. */
  subject: string;
  kind: 'thumbs' | 'stars';
  /** The slot's part name. */
  part: string;
  locale: string | undefined;
  theme: string;
}

/** The slot, or nothing when feedback cannot be given here (no runtime, or signed out). */
export function renderFeedbackSlot({ learn, subject, kind, part, locale, theme }: FeedbackSlotOptions): TemplateResult | typeof nothing {
  if (!learn?.user?.token) return nothing;
  return html`<div class="feedback-slot" part=${part}>
    <learn-feedback subject=${subject} kind=${kind} size="full" locale=${ifDefined(locale)} theme=${theme}></learn-feedback>
  </div>`;
}

/** Watches the host's `.feedback-slot` and loads `<learn-feedback>` once it has been in view. */
export class FeedbackSlotController implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private watched: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (requested || customElements.get('learn-feedback')) return this.hostDisconnected();
    const slot = this.host.renderRoot.querySelector('.feedback-slot');
    if (slot === this.watched) return;
    this.observer?.disconnect();
    this.watched = slot;
    if (!slot) return;
    this.observer ??= new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.hostDisconnected();
      afterLoadIdle(() => void (requested ??= import('../learn-feedback/define.js').catch(() => (requested = undefined))), 1000);
    });
    this.observer.observe(slot);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.watched = null;
  }
}
