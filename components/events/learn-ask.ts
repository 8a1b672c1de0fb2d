/**
 * `learn-ask`: the person wants to ask an expert about something the help did not answer. A domain
 * event for the host, so it bubbles and crosses shadow roots.
 *
 * Cancelable, and fired before the drawer does anything: a host with its own flow (a support form,
 * a ticket system) calls `preventDefault()` and keeps it — the drawer then does nothing more.
 * Otherwise a signed-in person (a user with a token) gets `<learn-ask>` in the drawer, with what
 * they searched for as the start of the question and the context's topic preselected. With nobody
 * signed in, the drawer says that asking is not set up on this page instead of offering a button
 * that does nothing.
 */
import type { WorkContext } from '../../src/protocol/index.js';

export interface LearnAskDetail {
  /** What the person searched for (may be empty when asked from an empty catalog). */
  readonly query: string;
  /** Where they were working when they asked. */
  readonly context: WorkContext;
}

export class LearnAskEvent extends Event {
  static readonly type = 'learn-ask';
  readonly detail: LearnAskDetail;
  constructor(detail: LearnAskDetail) {
    super(LearnAskEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'learn-ask': LearnAskEvent;
  }
}
