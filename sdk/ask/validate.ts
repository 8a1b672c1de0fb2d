/** Input the person typed, checked before anything is queued: a clear `invalid-input` instead of a 422 later. */
import { Id } from '../../src/protocol/index.js';
import { BackendError } from '../types.js';

/** The text trimmed, or BackendError `invalid-input` saying what is wrong with it. */
export function checkText(text: unknown, max: number, what: string): string {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') throw new BackendError('invalid-input', `The ${what} is empty: write something first.`);
  if (trimmed.length > max) throw new BackendError('invalid-input', `The ${what} is ${trimmed.length} characters long; at most ${max} can be sent. Shorten it by ${trimmed.length - max}.`);
  return trimmed;
}

export function checkTopic(topic: unknown): string {
  if (!Id.safeParse(topic).success) throw new BackendError('invalid-input', 'Choose a topic for the question.');
  return topic as string;
}
