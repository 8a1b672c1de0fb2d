/// <reference types="mocha" />
/**
 * Fixtures for `<learn-feedback>`'s browser tests: a runtime over memoryBackend (its feedback server
 * stores what arrives), the element as a fixture, and the ask tests' helpers for shadow DOM queries,
 * focus and typing.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FeedbackRequest } from '../../../src/protocol/index.js';
import type { MemoryBackend } from '../../../sdk/index.js';
import type { Learn } from '../../../sdk/types.js';
import { startLearn, type SetupOptions } from '../learn-ask/fixtures.js';

export { $, $$, announced, deepFocus, ERIK, startLearn, text, type, until, useAskTestHooks as useFeedbackTestHooks } from '../learn-ask/fixtures.js';

export async function setup<E extends HTMLElement>(template: TemplateResult, options: SetupOptions = {}): Promise<{ learn: Learn; backend: MemoryBackend; el: E }> {
  const { learn, backend } = startLearn(options);
  const el = await fixture<E>(template);
  return { learn, backend, el };
}

/** The POSTs of feedback that reached memoryBackend, and their bodies. */
export const feedbackPosts = (backend: MemoryBackend) => backend.writes.received.filter((r) => r.method === 'POST' && r.path === '/v1/feedback');
export const bodies = (backend: MemoryBackend) => feedbackPosts(backend).map((r) => r.body as FeedbackRequest);
