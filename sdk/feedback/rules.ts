/**
 * The range of a feedback's value for its kind — what FeedbackRequest's schema cannot say on its
 * own (src/protocol/feedback.ts: "the server checks the range for the kind"). Pure and shared by
 * `learn.feedback.give` (a clear `invalid-input` before anything is queued) and memoryBackend (the
 * 422 the reference server answers), so both refuse exactly the same things.
 */
import type { FeedbackRequest } from '../../src/protocol/index.js';

const SCALES = { thumbs: [0, 1], stars: [1, 5], nps: [0, 10] } as const;

/** What is wrong with a parsed request, for a person to read; undefined when nothing is. */
export function feedbackProblem(request: FeedbackRequest): string | undefined {
  const { kind, value, reason, comment, answers } = request;
  if (kind === 'thumbs' || kind === 'stars' || kind === 'nps') {
    const [min, max] = SCALES[kind];
    if (value === undefined || !Number.isInteger(value) || value < min || value > max) return `A ${kind} rating is a whole number from ${min} to ${max}.`;
  } else if (value !== undefined) return `A ${kind} feedback has no rating value.`;
  if (reason && !(kind === 'thumbs' && value === 0)) return 'A reason goes only with "not helpful".';
  if (kind === 'text' && !comment?.trim()) return 'The comment is empty: write something first.';
  if (kind === 'survey' ? !answers?.length : answers) return kind === 'survey' ? 'A survey needs at least one answer.' : `A ${kind} feedback has no survey answers.`;
  for (const a of answers ?? []) {
    if (a.value !== undefined ? !Number.isInteger(a.value) || a.text !== undefined : !a.text?.trim()) return `The answer to "${a.question}" needs a whole-number rating or a text.`;
  }
  return undefined;
}
