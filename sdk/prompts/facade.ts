/** `learn.prompts`: placeholder while the prompt engine is built (issue 5). */
import type { LearningFront } from '../learning/front.js';
import type { LearnOptions, PromptsApi } from '../types.js';

export function promptsApi(_front: () => LearningFront, options: LearnOptions): PromptsApi {
  const limit = options.interruptions?.perSession ?? 1;
  return {
    budget: { limit, used: 0, remaining: limit },
    define() {},
    request: () => false,
    closed() {},
    answered() {},
  };
}
