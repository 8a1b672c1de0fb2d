/**
 * `learn.prompts` (a chunk loaded at idle when prompts are defined, or on the first call): the
 * definitions, the session's budget, the host's veto, and one engine (engine.ts: triggers, caps,
 * per-user state) per session — a new user gets their own state.
 */
import type { LearningFront } from '../learning/front.js';
import type { Learn, LearnOptions, ProactiveSurface, PromptDefinition, PromptsApi } from '../types.js';
import { Budget } from './budget.js';
import type { PromptEngine } from './engine.js';

export interface PromptsShared {
  readonly defs: Map<string, PromptDefinition>;
  readonly budget: Budget;
  /** How many times `learn.track(name)` was called in this page. */
  tracked(name: string): number;
  readonly learn: Learn;
  /** Asks the listeners; true when none vetoed. */
  allowed(id: string, surface: ProactiveSurface, prompt?: PromptDefinition): boolean;
}

export function startPrompts(front: () => LearningFront, options: LearnOptions, learn: Learn, tenant: string, tracked: readonly string[]): PromptsApi {
  const shared: PromptsShared = {
    defs: new Map(),
    budget: new Budget(Math.max(0, options.interruptions?.perSession ?? 1), tenant),
    tracked: (name) => tracked.filter((n) => n === name).length,
    learn,
    allowed(id, surface, prompt) {
      let vetoed = false;
      front().deps.emit('prompt-show', { id, surface, prompt, veto: () => (vetoed = true) });
      return !vetoed;
    },
  };
  let engine: Promise<PromptEngine> | undefined;
  let owner: LearningFront | undefined;
  /** The engine of the current session (a new user gets their own state). */
  const load = (): Promise<PromptEngine> => {
    const current = front();
    if (owner !== current || !engine) {
      // The previous person's engine lets go of its listeners and timers now, not at its next event.
      void engine?.then((e) => e.stop());
      owner = current;
      engine = import('./engine.js').then((m) => new m.PromptEngine(current, shared));
    }
    return engine;
  };
  // This chunk is loaded at idle already: the engine follows at once.
  const start = () => shared.defs.size > 0 && void load();
  learn.on('user-change', start);
  const api: PromptsApi = {
    budget: async () => shared.budget.snapshot,
    async define(...prompts) {
      for (const prompt of prompts) if (prompt && typeof prompt.id === 'string') shared.defs.set(prompt.id, prompt);
      start();
    },
    async request(surface, id) {
      if (shared.budget.snapshot.remaining === 0 || !shared.allowed(id, surface)) return false;
      shared.budget.spend();
      front().deps.emit('prompt-shown', { id, surface, budget: shared.budget.snapshot });
      void load().then((e) => e.interrupted(id));
      return true;
    },
    closed: async (id) => (await load()).outcome(id, 'dismissed'),
    answered: async (id) => (await load()).outcome(id, 'answered'),
  };
  if (options.prompts) void api.define(...options.prompts);
  return api;
}
