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
  const tracked = new Map<string, number>();
  learn.on('track', ({ name }) => tracked.set(name, (tracked.get(name) ?? 0) + 1));
  let loaded: Promise<PromptsApi> | undefined;
  const load = () => (loaded ??= import('./prompts.js').then((m) => m.startPrompts(front, options, learn, tenant, tracked)));
  if (options.prompts?.length) front().deps.idle(() => void load());
  return forward(load, 'budget define request closed answered', {} as PromptsApi);
}
