/** What the ask routes share: the directory read per request, the action environment, the after-commit wake-up. */
import type { AppDeps } from '../deps.js';
import type { ActionEnv } from '../ask/actions.js';
import { loadDirectory, type Directory } from '../ask/directory.js';

export const NO_STORE = { 'Cache-Control': 'no-store' };

export function directoryOf(deps: AppDeps): Promise<Directory> {
  return loadDirectory(deps.db, deps.log);
}

export function actionEnv(deps: AppDeps, directory: Directory): ActionEnv {
  return { directory, webhook: deps.ask.config.webhook, now: new Date() };
}

/** Run a write, then (its events and notices committed) wake the live streams and the webhook sender. */
export async function thenNotify(deps: AppDeps, write: Promise<Response>): Promise<Response> {
  const response = await write;
  if (response.ok) deps.ask.changed();
  return response;
}
