/**
 * Lesson events → xAPI 1.0.3 statements an LRS understands. Verbs are the ADL ones cmi5 uses
 * (launched, initialized, completed, passed, failed, terminated) plus ADL's `answered` for quiz
 * questions. Learnflow is not launched by an LMS, so statements do not claim the cmi5 category;
 * they borrow its verbs and their order: launched, initialized, answered…, completed,
 * passed|failed, terminated — all sharing the attempt's registration.
 *
 * Pure: the statement id and timestamp are passed in. Types only from src/protocol (no zod here:
 * this runs in the browser's lesson chunk).
 */
import type { Lesson, QuizStep } from '../protocol/lesson.js';
import type { LessonProgress } from '../protocol/progress.js';
import type { XapiActivity, XapiAgent, XapiStatement } from '../protocol/xapi.js';
import { scoreOf } from '../lesson/engine.js';
import { correctChoiceIds } from '../lesson/quiz.js';

/** Same value as `XAPI_VERSION` in src/protocol/xapi.ts, repeated so this module stays free of zod. */
const VERSION = '1.0.3';

export type VerbName = 'launched' | 'initialized' | 'answered' | 'completed' | 'passed' | 'failed' | 'terminated';

const verb = (name: VerbName, display: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': display } });
export const VERBS: Record<VerbName, { id: string; display: { 'en-US': string } }> = {
  launched: verb('launched', 'launched'),
  initialized: verb('initialized', 'initialized'),
  answered: verb('answered', 'answered'),
  completed: verb('completed', 'completed'),
  passed: verb('passed', 'passed'),
  failed: verb('failed', 'failed'),
  terminated: verb('terminated', 'terminated'),
};

export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Context extension carrying the host screen the lesson was taken on (e.g. `crm/opportunity`). */
export const SCREEN_EXTENSION = 'https://learnflow.dev/xapi/extensions/screen';

/** xAPI joins the choices of one response with `[,]`. */
const RESPONSE_SEPARATOR = '[,]';

/**
 * A learning event the lesson player reports — structurally the SDK's `LessonEvent`
 * (sdk/types.ts), defined here because src/ never imports sdk/.
 */
export type XapiLessonEvent =
  | { type: 'launched' | 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated'; lesson: Lesson; progress: LessonProgress }
  | { type: 'answered'; lesson: Lesson; progress: LessonProgress; step: QuizStep; choices: string[]; correct: boolean };

export interface BuildStatementInput {
  event: XapiLessonEvent;
  actor: XapiAgent;
  /** IRI prefix for activity ids, ending with `/`, e.g. `https://help.example.com/xapi/`. */
  activityBase: string;
  /** The host screen (`learn.context.screen`), sent as a context extension. */
  screen?: string | undefined;
  /** The employee's UI locale (context.language). */
  locale: string;
  /** Statement UUID. */
  id: string;
  timestamp: Date;
}

/**
 * ISO 8601 duration with centisecond precision (what xAPI asks LRSs to keep):
 * 83400 → `PT1M23.4S`, 0 → `PT0S`, 3_600_000 → `PT1H`. Negative or non-finite input counts as 0.
 */
export function isoDuration(ms: number): string {
  const cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6_000);
  const rest = cs % 6_000;
  const whole = Math.floor(rest / 100);
  const fraction = rest % 100;
  const seconds = fraction === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (rest > 0 || text === 'PT') text += `${seconds}S`;
  return text;
}

export function lessonActivityId(base: string, lessonId: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}lessons/${encodeURIComponent(lessonId)}`;
}

export function stepActivityId(base: string, lessonId: string, stepId: string): string {
  return `${lessonActivityId(base, lessonId)}/steps/${encodeURIComponent(stepId)}`;
}

/**
 * One statement for one lesson event. The lesson is the object (a question, for `answered`, with the
 * lesson as its parent); result carries the answer, or the score (`scoreOf`, so it always agrees
 * with the player) and the time on screen; context carries the attempt's registration, the host
 * screen and the locale. Names are keyed by the lesson's language, which is what they are written in.
 */
export function buildStatement(input: BuildStatementInput): XapiStatement {
  const { event, activityBase, locale } = input;
  const { lesson, progress } = event;
  const lessonActivity = lessonActivityOf(activityBase, lesson);
  const statement: XapiStatement = {
    id: input.id,
    actor: input.actor,
    verb: VERBS[event.type],
    object: event.type === 'answered' ? questionActivityOf(activityBase, lesson, event.step) : lessonActivity,
    context: {
      registration: progress.registration,
      platform: 'Learnflow',
      language: locale,
      ...(event.type === 'answered' ? { contextActivities: { parent: [lessonActivityRef(lessonActivity)] } } : {}),
      ...(input.screen ? { extensions: { [SCREEN_EXTENSION]: input.screen } } : {}),
    },
    timestamp: input.timestamp.toISOString(),
    version: VERSION,
  };
  const result = resultOf(event);
  if (result) statement.result = result;
  return statement;
}

function resultOf(event: XapiLessonEvent): XapiStatement['result'] {
  if (event.type === 'answered') {
    return { response: event.choices.join(RESPONSE_SEPARATOR), success: event.correct };
  }
  if (event.type === 'launched' || event.type === 'initialized') return undefined;
  const duration = isoDuration(event.progress.activeMs);
  if (event.type === 'terminated') return { duration };
  const score = scoreOf(event.lesson, event.progress);
  // A lesson without questions has no score to report (min 0 = max 0 would break xAPI's min < max).
  const scored = score.max > 0 ? { score: { scaled: score.scaled, raw: score.raw, min: 0, max: score.max } } : {};
  if (event.type === 'completed') return { completion: true, duration, ...scored };
  return { success: event.type === 'passed', duration, ...scored };
}

function lessonActivityOf(base: string, lesson: Lesson): XapiActivity {
  const lang = lesson.locale;
  return {
    objectType: 'Activity',
    id: lessonActivityId(base, lesson.id),
    definition: {
      type: ACTIVITY_TYPES.lesson,
      name: { [lang]: lesson.title },
      ...(lesson.summary ? { description: { [lang]: lesson.summary } } : {}),
    },
  };
}

/** The parent in contextActivities: id and type are enough; the full definition travels with the lesson's own statements. */
function lessonActivityRef(activity: XapiActivity): XapiActivity {
  return { objectType: 'Activity', id: activity.id, definition: { type: ACTIVITY_TYPES.lesson } };
}

function questionActivityOf(base: string, lesson: Lesson, step: QuizStep): XapiActivity {
  const lang = lesson.locale;
  return {
    objectType: 'Activity',
    id: stepActivityId(base, lesson.id, step.id),
    definition: {
      type: ACTIVITY_TYPES.interaction,
      name: { [lang]: step.title ?? step.question },
      description: { [lang]: step.question },
      interactionType: 'choice',
      choices: step.choices.map((c) => ({ id: c.id, description: { [lang]: c.text } })),
      correctResponsesPattern: [correctChoiceIds(step).join(RESPONSE_SEPARATOR)],
    },
  };
}
