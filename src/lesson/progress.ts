/**
 * Two copies of one lesson's progress (two devices, or the outbox racing the server) become one:
 * the furthest wins, whole. Furthest means a later attempt, then a completed run over one still
 * going, then the further step reached, then the later update. Taking one side whole rather than
 * mixing fields keeps the result a progress someone actually made — answers, score and the xAPI
 * registration always belong together.
 */
import type { LessonProgress } from '../protocol/progress.js';

export function mergeProgress(a: LessonProgress, b: LessonProgress): LessonProgress {
  if (a.lessonId !== b.lessonId) throw new RangeError(`cannot merge progress of lesson "${a.lessonId}" with "${b.lessonId}"`);
  return compareProgress(a, b) >= 0 ? a : b;
}

/** > 0 when `a` is further than `b`, < 0 when `b` is, 0 when neither (then `a` is kept). */
export function compareProgress(a: LessonProgress, b: LessonProgress): number {
  return (
    a.attempt - b.attempt ||
    Number(a.status === 'completed') - Number(b.status === 'completed') ||
    a.reached - b.reached ||
    time(a.updatedAt) - time(b.updatedAt)
  );
}

function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms; // an unreadable time loses to any real one
}
