/**
 * xAPI 1.0.3 statements as the SDK sends them (POST /v1/statements) and the server stores and
 * forwards them to an LRS. Only the parts Learnflow emits are modelled; the rules that a schema
 * cannot say (IRI syntax, duration format, score bounds against min/max) are checked by
 * `statementProblems` in src/xapi/validate.ts, which the server runs too.
 */
import * as z from 'zod/mini';
import { Uuid } from './progress.js';
import { IsoDateTime } from './primitives.js';
import { Keyed } from './schema-helpers.js';

export const XAPI_VERSION = '1.0.3';
/** At most this many statements per POST /v1/statements. */
export const MAX_STATEMENTS_PER_BATCH = 50;

const Iri = z.string().check(z.regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'must be an absolute IRI'), z.maxLength(2000));
const LanguageMap = Keyed(z.string().check(z.regex(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/)), z.string().check(z.maxLength(1000)));

export const XapiAgent = z.object({
  objectType: z._default(z.literal('Agent'), 'Agent'),
  name: z.optional(z.string().check(z.maxLength(200))),
  account: z.object({ homePage: Iri, name: z.string().check(z.minLength(1), z.maxLength(200)) }),
});
export type XapiAgent = z.infer<typeof XapiAgent>;

export const XapiVerb = z.object({ id: Iri, display: LanguageMap });

const InteractionComponent = z.object({ id: z.string().check(z.minLength(1), z.maxLength(40)), description: LanguageMap });

export const XapiActivity = z.object({
  objectType: z._default(z.literal('Activity'), 'Activity'),
  id: Iri,
  definition: z.optional(
    z.object({
      type: z.optional(Iri),
      name: z.optional(LanguageMap),
      description: z.optional(LanguageMap),
      interactionType: z.optional(z.literal('choice')),
      choices: z.optional(z.array(InteractionComponent)),
      correctResponsesPattern: z.optional(z.array(z.string())),
    }),
  ),
});
export type XapiActivity = z.infer<typeof XapiActivity>;

export const XapiResult = z.object({
  score: z.optional(z.object({ scaled: z.optional(z.number()), raw: z.optional(z.number()), min: z.optional(z.number()), max: z.optional(z.number()) })),
  success: z.optional(z.boolean()),
  completion: z.optional(z.boolean()),
  /** ISO 8601 duration, e.g. `PT1M23.4S`. */
  duration: z.optional(z.string().check(z.maxLength(64))),
  response: z.optional(z.string().check(z.maxLength(1000))),
});

const ContextActivities = z.object({
  parent: z.optional(z.array(XapiActivity)),
  grouping: z.optional(z.array(XapiActivity)),
  category: z.optional(z.array(XapiActivity)),
});

export const XapiStatement = z.object({
  id: Uuid,
  actor: XapiAgent,
  verb: XapiVerb,
  object: XapiActivity,
  result: z.optional(XapiResult),
  context: z.optional(
    z.object({
      registration: z.optional(Uuid),
      platform: z.optional(z.string().check(z.maxLength(200))),
      language: z.optional(z.string().check(z.maxLength(35))),
      contextActivities: z.optional(ContextActivities),
      extensions: z.optional(Keyed(Iri, z.unknown())),
    }),
  ),
  timestamp: IsoDateTime,
  version: z._default(z.literal(XAPI_VERSION), XAPI_VERSION),
});
export type XapiStatement = z.infer<typeof XapiStatement>;

/** POST /v1/statements */
export const StatementBatch = z.object({ statements: z.array(XapiStatement).check(z.minLength(1), z.maxLength(MAX_STATEMENTS_PER_BATCH)) });
export type StatementBatch = z.infer<typeof StatementBatch>;

/** The server's answer: how many were new and how many it already had (same statement id). */
export const StatementsResponse = z.object({ stored: z.number(), duplicates: z.number() });
export type StatementsResponse = z.infer<typeof StatementsResponse>;
