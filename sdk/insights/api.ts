/** `learn.insights` (role owner): placeholder until the reports client lands (issue 5). */
import type { LearningFront } from '../learning/front.js';
import { BackendError, type InsightsApi } from '../types.js';

export function insightsCalls(_front: LearningFront): InsightsApi {
  const missing = (): never => {
    throw new BackendError('not-found', 'learn.insights is not built yet.');
  };
  return { report: async () => missing(), csv: async () => missing() };
}
