/**
 * The protocol's feedback limits, kinds and reasons (src/protocol/feedback.ts), as plain values. Not
 * value imports: that module brings its zod schemas along, and sharing them with the runtime
 * splits the runtime's chunks (+400 B gzip in the drawer's budgeted scenario, measured).
 * test/components/learn-feedback/limits.test.ts fails if they ever differ.
 */
import type { FeedbackKind, NotHelpfulReason } from '../../src/protocol/index.js';

export const COMMENT_MAX = 1000;
export const SURVEY_QUESTIONS_MAX = 3;
export const KINDS: readonly FeedbackKind[] = ['thumbs', 'stars', 'nps', 'text', 'survey'];
export const REASONS: readonly NotHelpfulReason[] = ['outdated', 'unclear', 'not-answered'];
