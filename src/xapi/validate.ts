/**
 * The xAPI 1.0.3 rules a statement must meet before it is stored or forwarded — the ones an LRS
 * answers with 400 and a schema cannot express (IRI syntax, exactly one actor identifier, ISO 8601
 * duration, score bounds against min/max, the "-00:00" offset ban). `statementProblems` returns one
 * readable sentence per problem, prefixed with the property path, and [] for a valid statement.
 * The server runs it on every statement it accepts, the tests on every statement the SDK builds.
 *
 * Scope: statements whose actor is an Agent and whose object is an Activity (all Learnflow sends);
 * anything else is reported as unsupported rather than half-checked.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Scheme, colon, no whitespace (RFC 3987 in the form LRSs check); http(s) also needs an authority. */
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const HTTP_WITHOUT_HOST = /^https?:(?!\/\/[^/?#\s]+)/i;
const LANGUAGE_TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const VERSION = /^1\.0(\.\d+)?$/;
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

type Json = Record<string, unknown>;
type Problems = string[];

export function statementProblems(statement: unknown): string[] {
  const problems: Problems = [];
  if (!isObject(statement)) return ['statement must be a JSON object'];
  for (const key of Object.keys(statement)) if (!STATEMENT_KEYS.includes(key)) problems.push(`${key} is not a statement property`);

  if (statement.id === undefined) problems.push('id is required');
  else if (typeof statement.id !== 'string' || !UUID.test(statement.id)) problems.push('id must be a UUID');

  if (statement.actor === undefined) problems.push('actor is required');
  else checkAgent(statement.actor, 'actor', problems);

  if (statement.verb === undefined) problems.push('verb is required');
  else checkVerb(statement.verb, problems);

  if (statement.object === undefined) problems.push('object is required');
  else checkActivity(statement.object, 'object', problems);

  if (statement.result !== undefined) checkResult(statement.result, problems);
  if (statement.context !== undefined) checkContext(statement.context, problems);

  // xAPI lets the LRS fill in a missing timestamp; Learnflow always sets one (the learner's time, not the upload's).
  if (statement.timestamp === undefined) problems.push('timestamp is required');
  else checkTimestamp(statement.timestamp, 'timestamp', problems);
  if (statement.stored !== undefined) checkTimestamp(statement.stored, 'stored', problems);

  if (statement.version !== undefined && (typeof statement.version !== 'string' || !VERSION.test(statement.version))) {
    problems.push('version must be 1.0.x');
  }
  return problems;
}

function checkAgent(agent: unknown, path: string, problems: Problems): void {
  if (!isObject(agent)) return void problems.push(`${path} must be an object`);
  if (agent.objectType !== undefined && agent.objectType !== 'Agent') problems.push(`${path}.objectType must be "Agent" (groups are not supported)`);
  if (agent.name !== undefined && typeof agent.name !== 'string') problems.push(`${path}.name must be a string`);
  const ifis = IFI_KEYS.filter((k) => agent[k] !== undefined);
  if (ifis.length !== 1) {
    problems.push(`${path} must have exactly one identifier (mbox, mbox_sha1sum, openid or account), found ${ifis.length === 0 ? 'none' : ifis.join(', ')}`);
  }
  if (agent.mbox !== undefined && (typeof agent.mbox !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/i.test(agent.mbox))) {
    problems.push(`${path}.mbox must be a mailto: IRI`);
  }
  if (agent.mbox_sha1sum !== undefined && (typeof agent.mbox_sha1sum !== 'string' || !/^[0-9a-f]{40}$/i.test(agent.mbox_sha1sum))) {
    problems.push(`${path}.mbox_sha1sum must be a SHA-1 hex digest`);
  }
  if (agent.openid !== undefined) checkIri(agent.openid, `${path}.openid`, problems);
  if (agent.account !== undefined) {
    const account = agent.account;
    if (!isObject(account)) problems.push(`${path}.account must be an object`);
    else {
      if (account.homePage === undefined) problems.push(`${path}.account.homePage is required`);
      else checkIri(account.homePage, `${path}.account.homePage`, problems);
      if (typeof account.name !== 'string' || account.name.length === 0) problems.push(`${path}.account.name must be a non-empty string`);
    }
  }
}

function checkVerb(verb: unknown, problems: Problems): void {
  if (!isObject(verb)) return void problems.push('verb must be an object');
  if (verb.id === undefined) problems.push('verb.id is required');
  else checkIri(verb.id, 'verb.id', problems);
  // Optional in xAPI, but an LRS report without it shows a bare IRI; Learnflow always names its verbs.
  if (verb.display === undefined) problems.push('verb.display is required');
  else checkLanguageMap(verb.display, 'verb.display', problems, true);
}

function checkActivity(activity: unknown, path: string, problems: Problems): void {
  if (!isObject(activity)) return void problems.push(`${path} must be an object`);
  if (activity.objectType !== undefined && activity.objectType !== 'Activity') {
    problems.push(`${path}.objectType must be "Activity" (other objects are not supported)`);
  }
  if (activity.id === undefined) problems.push(`${path}.id is required`);
  else checkIri(activity.id, `${path}.id`, problems);
  const def = activity.definition;
  if (def === undefined) return;
  if (!isObject(def)) return void problems.push(`${path}.definition must be an object`);
  if (def.type !== undefined) checkIri(def.type, `${path}.definition.type`, problems);
  if (def.name !== undefined) checkLanguageMap(def.name, `${path}.definition.name`, problems);
  if (def.description !== undefined) checkLanguageMap(def.description, `${path}.definition.description`, problems);
  if (def.interactionType !== undefined && !INTERACTION_TYPES.includes(def.interactionType as string)) {
    problems.push(`${path}.definition.interactionType must be one of ${INTERACTION_TYPES.join(', ')}`);
  }
  if (def.correctResponsesPattern !== undefined && (!Array.isArray(def.correctResponsesPattern) || !def.correctResponsesPattern.every((p) => typeof p === 'string'))) {
    problems.push(`${path}.definition.correctResponsesPattern must be an array of strings`);
  }
  if (def.choices !== undefined) {
    if (def.interactionType !== 'choice' && def.interactionType !== 'sequencing') {
      problems.push(`${path}.definition.choices needs interactionType "choice" or "sequencing"`);
    }
    if (!Array.isArray(def.choices)) problems.push(`${path}.definition.choices must be an array`);
    else {
      const seen = new Set<unknown>();
      def.choices.forEach((c: unknown, i) => {
        const at = `${path}.definition.choices[${i}]`;
        if (!isObject(c) || typeof c.id !== 'string' || c.id.length === 0) return void problems.push(`${at}.id must be a non-empty string`);
        if (seen.has(c.id)) problems.push(`${at}.id "${c.id}" is repeated`);
        seen.add(c.id);
        if (c.description !== undefined) checkLanguageMap(c.description, `${at}.description`, problems);
      });
    }
  }
  if (def.extensions !== undefined) checkExtensions(def.extensions, `${path}.definition.extensions`, problems);
}

function checkResult(result: unknown, problems: Problems): void {
  if (!isObject(result)) return void problems.push('result must be an object');
  for (const key of ['success', 'completion'] as const) {
    if (result[key] !== undefined && typeof result[key] !== 'boolean') problems.push(`result.${key} must be true or false`);
  }
  if (result.response !== undefined && typeof result.response !== 'string') problems.push('result.response must be a string');
  if (result.duration !== undefined && (typeof result.duration !== 'string' || !DURATION.test(result.duration))) {
    problems.push('result.duration must be an ISO 8601 duration such as "PT1M23.4S"');
  }
  if (result.extensions !== undefined) checkExtensions(result.extensions, 'result.extensions', problems);
  if (result.score !== undefined) checkScore(result.score, problems);
}

function checkScore(score: unknown, problems: Problems): void {
  if (!isObject(score)) return void problems.push('result.score must be an object');
  const num = (key: 'scaled' | 'raw' | 'min' | 'max'): number | undefined => {
    const value = score[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`result.score.${key} must be a number`);
      return undefined;
    }
    return value;
  };
  const scaled = num('scaled');
  const raw = num('raw');
  const min = num('min');
  const max = num('max');
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) problems.push(`result.score.scaled must be between -1 and 1, got ${scaled}`);
  if (min !== undefined && max !== undefined && !(min < max)) problems.push(`result.score.min (${min}) must be less than max (${max})`);
  if (raw !== undefined && min !== undefined && raw < min) problems.push(`result.score.raw (${raw}) must not be below min (${min})`);
  if (raw !== undefined && max !== undefined && raw > max) problems.push(`result.score.raw (${raw}) must not be above max (${max})`);
}

function checkContext(context: unknown, problems: Problems): void {
  if (!isObject(context)) return void problems.push('context must be an object');
  if (context.registration !== undefined && (typeof context.registration !== 'string' || !UUID.test(context.registration))) {
    problems.push('context.registration must be a UUID');
  }
  for (const key of ['platform', 'revision'] as const) {
    if (context[key] !== undefined && typeof context[key] !== 'string') problems.push(`context.${key} must be a string`);
  }
  if (context.language !== undefined && (typeof context.language !== 'string' || !LANGUAGE_TAG.test(context.language))) {
    problems.push('context.language must be a language tag such as "en" or "sv-SE"');
  }
  if (context.instructor !== undefined) checkAgent(context.instructor, 'context.instructor', problems);
  if (context.extensions !== undefined) checkExtensions(context.extensions, 'context.extensions', problems);
  const activities = context.contextActivities;
  if (activities === undefined) return;
  if (!isObject(activities)) return void problems.push('context.contextActivities must be an object');
  for (const [key, value] of Object.entries(activities)) {
    const path = `context.contextActivities.${key}`;
    if (!['parent', 'grouping', 'category', 'other'].includes(key)) problems.push(`${path} is not a context activity kind`);
    // A single activity is allowed too; LRSs wrap it in an array.
    else if (Array.isArray(value)) value.forEach((a: unknown, i) => checkActivity(a, `${path}[${i}]`, problems));
    else checkActivity(value, path, problems);
  }
}

function checkExtensions(extensions: unknown, path: string, problems: Problems): void {
  if (!isObject(extensions)) return void problems.push(`${path} must be an object`);
  for (const key of Object.keys(extensions)) if (!isIri(key)) problems.push(`${path} key "${key}" must be an absolute IRI`);
}

function checkLanguageMap(map: unknown, path: string, problems: Problems, nonEmpty = false): void {
  if (!isObject(map)) return void problems.push(`${path} must be a language map such as { "en-US": "…" }`);
  const entries = Object.entries(map);
  if (nonEmpty && entries.length === 0) problems.push(`${path} must name at least one language`);
  for (const [tag, text] of entries) {
    if (!LANGUAGE_TAG.test(tag)) problems.push(`${path} key "${tag}" must be a language tag`);
    if (typeof text !== 'string') problems.push(`${path}["${tag}"] must be a string`);
  }
}

function checkTimestamp(value: unknown, path: string, problems: Problems): void {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match || Number.isNaN(Date.parse(value as string)) || !realDate(match)) {
    return void problems.push(`${path} must be an ISO 8601 date-time with a time zone, such as "2026-11-25T09:30:00.000Z"`);
  }
  if (match[8] === '-00:00') problems.push(`${path} must not use the offset "-00:00"`);
}

/** Date.parse rolls 2026-02-30 over to March; an LRS refuses it. */
function realDate(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 61;
}

function checkIri(value: unknown, path: string, problems: Problems): void {
  if (!isIri(value)) problems.push(`${path} must be an absolute IRI such as "https://example.com/…", got ${JSON.stringify(value)}`);
}

function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value) && !HTTP_WITHOUT_HOST.test(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
