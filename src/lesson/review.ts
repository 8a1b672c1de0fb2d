/**
 * The daily Review: quiz questions of completed lessons come back on a growing interval.
 *
 * Why Leitner boxes and not FSRS: a content owner can read the whole schedule in one sentence
 * ("right moves a question up a box — 1, 2, 4, 8, 16 days — wrong sends it back to box 1, right in
 * box 5 retires it"), and an employee can predict when a question returns. It is deterministic, so
 * two devices that replay the same answers reach the same state and merging stays simple. FSRS
 * schedules better, but only with parameters fitted to review history we do not have yet; with
 * default weights on two-minute lessons it would be a less explainable Leitner. Once a few months of
 * reviews are recorded (they are xAPI statements too), FSRS can replace `answerCard` behind the same API.
 *
 * A pause (holiday) stretches the schedule: nothing is due while paused, and resuming moves every
 * open card's due time forward by the length of the pause, so the employee comes back to what was
 * due the day they left — not a backlog of every card that fell due meanwhile.
 *
 * Pure functions over `ReviewState`; time is passed in; nothing is mutated.
 */
import type { Lesson } from '../protocol/lesson.js';
import type { LessonProgress } from '../protocol/progress.js';
import type { ReviewCard, ReviewState } from '../protocol/review.js';

/** Days until a card in box 1…5 is due again. */
export const LEITNER_DAYS: readonly number[] = Object.freeze([1, 2, 4, 8, 16]);

const DAY_MS = 24 * 60 * 60 * 1000;

export function reviewCardId(lessonId: string, stepId: string): string {
  return `${lessonId}/${stepId}`;
}

/**
 * Add a completed lesson's questions as review cards, per `lesson.review`: `all` every quiz,
 * `missed` those not answered right at the first try, `none` nothing. New cards are first due a day
 * later. A card that already exists keeps its schedule — taking a lesson again is not a review —
 * except a retired card missed again, which comes back in box 1.
 */
export function enrolLesson(state: ReviewState, lesson: Lesson, progress: LessonProgress, now: Date): ReviewState {
  if (lesson.review === 'none' || progress.status !== 'completed' || progress.lessonId !== lesson.id) return state;
  const byId = new Map(state.cards.map((c) => [c.id, c] as const));
  const at = now.toISOString();
  const due = new Date(scheduleBase(state, now) + LEITNER_DAYS[0]! * DAY_MS).toISOString();
  let changed = false;
  for (const step of lesson.steps) {
    if (step.kind !== 'quiz') continue;
    const missed = progress.answers[step.id]?.firstCorrect !== true;
    if (lesson.review === 'missed' && !missed) continue;
    const id = reviewCardId(lesson.id, step.id);
    const existing = byId.get(id);
    if (!existing) {
      byId.set(id, { id, lessonId: lesson.id, stepId: step.id, box: 1, reviews: 0, lapses: 0, dueAt: due, retired: false, updatedAt: at });
      changed = true;
    } else if (existing.retired && missed) {
      byId.set(id, { ...existing, box: 1, retired: false, dueAt: due, updatedAt: at });
      changed = true;
    }
  }
  return changed ? { ...state, cards: [...byId.values()] } : state;
}

/**
 * Reschedule a card after an answer: right moves it up a box (right in box 5 retires it), wrong
 * sends it to box 1 and counts a lapse. An unknown or retired card leaves the state as it is.
 */
export function answerCard(state: ReviewState, cardId: string, correct: boolean, now: Date): ReviewState {
  const index = state.cards.findIndex((c) => c.id === cardId);
  const card = state.cards[index];
  if (!card || card.retired) return state;
  const at = now.toISOString();
  const box = correct ? card.box + 1 : 1;
  const retired = box > LEITNER_DAYS.length;
  const updated: ReviewCard = {
    ...card,
    box: retired ? LEITNER_DAYS.length : box,
    reviews: card.reviews + 1,
    lapses: card.lapses + (correct ? 0 : 1),
    dueAt: retired ? card.dueAt : new Date(scheduleBase(state, now) + LEITNER_DAYS[box - 1]! * DAY_MS).toISOString(),
    lastReviewedAt: at,
    retired,
    updatedAt: at,
  };
  const cards = state.cards.slice();
  cards[index] = updated;
  return { ...state, cards };
}

/** Cards due at `now`, oldest due first (then by id, so every device shows the same order). None while paused; retired never. */
export function dueCards(state: ReviewState, now: Date): ReviewCard[] {
  if (isPaused(state)) return [];
  const t = now.getTime();
  return state.cards
    .filter((c) => !c.retired && Date.parse(c.dueAt) <= t)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function isPaused(state: ReviewState): boolean {
  return typeof state.pausedSince === 'string';
}

export function pauseReview(state: ReviewState, now: Date): ReviewState {
  if (isPaused(state)) return state;
  const at = now.toISOString();
  return { ...state, pausedSince: at, pauseUpdatedAt: at };
}

/** End a pause: every open card's due time moves forward by the pause's length. */
export function resumeReview(state: ReviewState, now: Date): ReviewState {
  if (!isPaused(state)) return state;
  const at = now.toISOString();
  const shift = Math.max(0, now.getTime() - Date.parse(state.pausedSince!)) || 0;
  const cards =
    shift === 0
      ? state.cards
      : state.cards.map((c) => (c.retired ? c : { ...c, dueAt: new Date(Date.parse(c.dueAt) + shift).toISOString(), updatedAt: at }));
  return { ...state, cards, pausedSince: null, pauseUpdatedAt: at };
}

/**
 * Two devices' review states become one. Per card: the one with more reviews wins (it has seen
 * answers the other has not), then the later update (a resume's shift, a re-enrolment). The pause
 * follows whichever side set or ended it last. Cards come out sorted by id, so merging is symmetric.
 */
export function mergeReview(a: ReviewState, b: ReviewState): ReviewState {
  const cards = new Map(a.cards.map((c) => [c.id, c] as const));
  for (const card of b.cards) {
    const mine = cards.get(card.id);
    if (!mine || card.reviews > mine.reviews || (card.reviews === mine.reviews && Date.parse(card.updatedAt) > Date.parse(mine.updatedAt))) {
      cards.set(card.id, card);
    }
  }
  const pause = pauseTime(b) > pauseTime(a) ? b : a;
  const merged: ReviewState = { cards: [...cards.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) };
  if (pause.pausedSince !== undefined) merged.pausedSince = pause.pausedSince;
  if (pause.pauseUpdatedAt !== undefined) merged.pauseUpdatedAt = pause.pauseUpdatedAt;
  return merged;
}

function pauseTime(state: ReviewState): number {
  const t = state.pauseUpdatedAt ? Date.parse(state.pauseUpdatedAt) : Number.NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Schedules count from now — or, while paused, from the moment the pause began, because resuming
 * adds the whole pause to every due time: a card enrolled mid-holiday is then due a day after the return.
 */
function scheduleBase(state: ReviewState, now: Date): number {
  const since = state.pausedSince ? Date.parse(state.pausedSince) : Number.NaN;
  return Number.isNaN(since) ? now.getTime() : Math.min(since, now.getTime());
}
