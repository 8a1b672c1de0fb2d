/**
 * The session's budget of proactive interruptions, shared by every surface that interrupts on its
 * own initiative: feedback prompts, nudges, suggested lessons, due reviews. A session is the
 * browser tab's session (sessionStorage): a reload does not hand out a fresh budget, a new tab or
 * a new visit does. Kept per tenant, so two runtimes of one page (tests, two products) don't share.
 */
import type { InterruptionBudget } from '../types.js';

export class Budget {
  readonly #key: string;

  constructor(
    readonly limit: number,
    tenant: string,
  ) {
    this.#key = `learnflow-interruptions:${tenant}`;
  }

  get used(): number {
    try {
      return Number(sessionStorage.getItem(this.#key)) || 0;
    } catch {
      return this.#used; // storage blocked (sandboxed frame): this page's count only
    }
  }

  #used = 0;

  get snapshot(): InterruptionBudget {
    const used = this.used;
    return { limit: this.limit, used, remaining: Math.max(0, this.limit - used) };
  }

  spend(): void {
    this.#used = this.used + 1;
    try {
      sessionStorage.setItem(this.#key, String(this.#used));
    } catch {
      // kept in #used
    }
  }
}
