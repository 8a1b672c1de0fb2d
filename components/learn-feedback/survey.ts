/**
 * A survey's questions as an editor or host gives them (`questions`, a property or a JSON
 * attribute): 1–3 of `{ id, label, kind: 'stars' | 'nps' | 'text' }`. Parsed here, at the
 * element's trust boundary, so a typo in a CMS shows "not set up" instead of a broken form.
 */
import { SURVEY_QUESTIONS_MAX } from './limits.js';

export interface SurveyQuestion {
  /** Sent as the answer's `question` (1–60 characters). */
  id: string;
  label: string;
  kind: 'stars' | 'nps' | 'text';
}

const KINDS = new Set(['stars', 'nps', 'text']);

/** The questions, or undefined when they are missing or malformed. */
export function parseQuestions(value: unknown): SurveyQuestion[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > SURVEY_QUESTIONS_MAX) return undefined;
  const ids = new Set<string>();
  for (const q of value as Partial<SurveyQuestion>[]) {
    const ok = typeof q?.id === 'string' && /^[\w.-]{1,60}$/.test(q.id) && !ids.has(q.id) && typeof q.label === 'string' && q.label.trim() !== '' && KINDS.has(q.kind!);
    if (!ok) return undefined;
    ids.add(q.id!);
  }
  return (value as SurveyQuestion[]).map(({ id, label, kind }) => ({ id, label, kind }));
}
