/**
 * Search analytics (issue 5): the runtime tells this reporter about every search and every article
 * shown; it reports settled queries only. Placeholder until the reporter lands.
 */
import type { LearningFront } from './learning/front.js';

export class SearchReporter {
  /** `front`: the current session's (its outbox sends the events); `screen`: the context's screen now. */
  constructor(_front: () => LearningFront, _screen: () => string | undefined) {}
  /** `learn.search(query)` answered with `results` hits. */
  searched(_query: string, _results: number): void {}
  /** An article was shown (`learn.markViewed`). */
  opened(_id: string): void {}
  dispose(): void {}
}
