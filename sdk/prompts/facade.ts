/**
 * `learn.prompts` in the runtime chunk: only the forwarding to prompts.ts (a chunk loaded at idle
 * when prompts are defined, else on the first call) and the `learn.track` counts, kept from the
 * start so a trigger on the 3rd `validation-error` sees the first two even if they came before
 * the chunk loaded. Every byte here counts against the drawer's budget.
 */
import { forward } from '../forward.js';
import type { LearningFront } from '../learning/front.js';
import type { Learn, LearnOptions, PromptsApi } from '../types.js';

export function promptsApi(front: () => LearningFront, options: LearnOptions, learn: Learn, tenant: string): PromptsApi {
  // Every `learn.track` name, in order: prompts.ts counts from it (the fewest bytes here).
  const tracked: string[] = [];
  learn.on('track', ({ name }) => tracked.push(name));
  let loaded: Promise<PromptsApi> | undefined;
  const load = () => (loaded ??= import('./prompts.js').then((m) => m.startPrompts(front, options, learn, tenant, tracked)));
  if (options.prompts?.length) front().deps.idle(() => void load());
  return forward(load, 'budget define request closed answered', {} as PromptsApi);
}
