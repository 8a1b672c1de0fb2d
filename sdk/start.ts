/**
 * The runtime chunk's entry for the script-tag facade and `autoStart`: turns plain init options
 * (a backend URL string is an httpBackend) into `createLearn`. Loaded with a dynamic import, so
 * the first-load bundle never contains the runtime, zod, idb or search.
 */
import type { WorkContext } from '../src/protocol/index.js';
import { httpBackend } from './backends/http.js';
import { LearnRuntime, type EveryEvent } from './runtime.js';
import type { Backend, Learn, LearnOptions, LearnUser } from './types.js';

export interface StartOptions {
  /** A backend, or the base URL of a server speaking the v1 protocol. */
  backend: string | Backend;
  user?: LearnUser | null;
  locale?: string;
  context?: WorkContext;
  tenant?: string;
  prompts?: LearnOptions['prompts'];
  interruptions?: LearnOptions['interruptions'];
}

export type { EveryEvent };

export function start(options: StartOptions, onEvent?: EveryEvent): Learn {
  const backend = typeof options.backend === 'string' ? httpBackend({ url: options.backend }) : options.backend;
  return new LearnRuntime({ ...options, backend }, onEvent);
}
