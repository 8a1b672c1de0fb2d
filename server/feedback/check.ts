/**
 * What the feedback schema cannot say alone: the value's range depends on the kind. Each refusal
 * is a 422 naming the field, so the SDK's developer sees which part of the prompt sent it wrong.
 */
import { SURVEY_QUESTIONS_MAX, type FeedbackRequest } from '../../src/protocol/feedback.js';
import { ApiProblem, type Issue } from '../http/errors.js';

const RANGES = { thumbs: [0, 1], stars: [1, 5], nps: [0, 10] } as const;

export function feedbackProblems(input: FeedbackRequest): Issue[] {
  const issues: Issue[] = [];
  if (input.kind === 'thumbs' || input.kind === 'stars' || input.kind === 'nps') {
    const [min, max] = RANGES[input.kind];
    const v = input.value;
    if (v === undefined) issues.push({ path: 'value', message: `a ${input.kind} rating needs a value (${min}–${max})` });
    else if (!Number.isInteger(v) || v < min || v > max) issues.push({ path: 'value', message: `a ${input.kind} rating is a whole number from ${min} to ${max}, got ${v}` });
  } else if (input.value !== undefined) {
    issues.push({ path: 'value', message: `${input.kind} feedback has no value` });
  }
  if (input.kind === 'text' && !input.comment?.trim()) issues.push({ path: 'comment', message: 'text feedback needs a non-empty comment' });
  if (input.kind === 'survey') {
    const n = input.answers?.length ?? 0;
    if (n < 1 || n > SURVEY_QUESTIONS_MAX) issues.push({ path: 'answers', message: `a survey needs 1–${SURVEY_QUESTIONS_MAX} answers, got ${n}` });
  }
  return issues;
}

export function checkFeedback(input: FeedbackRequest): void {
  const issues = feedbackProblems(input);
  if (issues.length) throw new ApiProblem(422, 'validation_failed', `feedback is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}
