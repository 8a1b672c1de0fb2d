/**
 * The runtime chunk's entry for the script-tag facade and `autoStart`: turns plain init options
 * (a backend URL string is an httpBackend) into `createLearn`. Loaded with a dynamic import, so
 * the first-load bundle never contains the runtime, zod, idb or search.
 */
import type { WorkContext } from '../src/protocol/index.js';
import { httpBackend } from './backends/http.js';
import { createLearn } from './runtime.js';
import type { Backend, Learn, LearnEventMap, LearnEventType, LearnUser } from './types.js';

export interface StartOptions {
  /** A backend, or the base URL of a server speaking the v1 protocol. */
  backend: string | Backend;
  user?: LearnUser | null;
  locale?: string;
  context?: WorkContext;
  tenant?: string;
}

/** Called with every event the runtime emits (the facade forwards them to `learnflow.on` listeners). */
export type EveryEvent = <K extends LearnEventType>(type: K, detail: LearnEventMap[K]) => void;

/**
 * Every event type: the list lives here, in the runtime chunk, not in the facade's first-load bytes.
 * Not `navigate`: `lessons.navigate()` answers whether anyone listens, and a forwarding listener
 * would always say yes — a host of the script-tag build listens on `learnflow.learn` instead.
 */
const EVENT_TYPES: LearnEventType[] = [
  'open', 'close', 'context-change', 'user-change', 'catalog-change', 'connectivity', 'article-view', 'error', 'destroy',
  'lesson-progress', 'lesson-complete', 'review-change', 'sync-change', 'warning',
];

export function start(options: StartOptions, onEvent?: EveryEvent): Learn {
  const backend = typeof options.backend === 'string' ? httpBackend({ url: options.backend }) : options.backend;
  const learn = createLearn({ backend, user: options.user, locale: options.locale, context: options.context, tenant: options.tenant });
  if (onEvent) for (const type of EVENT_TYPES) learn.on(type, (detail) => onEvent(type, detail));
  return learn;
}
