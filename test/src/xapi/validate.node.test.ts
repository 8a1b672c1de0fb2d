import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statementProblems } from '../../../src/xapi/index.js';

/** A complete, valid statement using every part statementProblems looks at. */
function valid(): Record<string, any> {
  return {
    id: '3f2b8c1e-9d4a-4e6b-8f1c-2a7d5e9b0c13',
    actor: { objectType: 'Agent', name: 'Maria', account: { homePage: 'https://crm.example.com', name: 'u-1042' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: 'https://help.example.com/xapi/lessons/a/steps/q1',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { en: 'Q1' },
        interactionType: 'choice',
        choices: [{ id: 'a', description: { en: 'A' } }, { id: 'b', description: { en: 'B' } }],
        correctResponsesPattern: ['a'],
      },
    },
    result: { success: true, response: 'a', duration: 'PT12.5S', score: { scaled: 0.5, raw: 1, min: 0, max: 2 } },
    context: {
      registration: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      language: 'sv-SE',
      contextActivities: { parent: [{ id: 'https://help.example.com/xapi/lessons/a' }] },
      extensions: { 'https://learnflow.dev/xapi/extensions/screen': 'crm/opportunity' },
    },
    timestamp: '2026-11-25T10:30:00.123+01:00',
    version: '1.0.3',
  };
}

/** Each case breaks one rule; the problem list must name it. */
const BAD: [string, (s: Record<string, any>) => void, RegExp][] = [
  ['missing id', (s) => delete s.id, /^id is required/],
  ['id not a UUID', (s) => (s.id = 'statement-1'), /^id must be a UUID/],
  ['missing actor', (s) => delete s.actor, /^actor is required/],
  ['actor without identifier', (s) => delete s.actor.account, /^actor must have exactly one identifier.*none/],
  ['actor with two identifiers', (s) => (s.actor.mbox = 'mailto:maria@example.com'), /^actor must have exactly one identifier.*mbox, account/],
  ['account homePage not an IRI', (s) => (s.actor.account.homePage = 'crm.example.com'), /^actor\.account\.homePage must be an absolute IRI/],
  ['account without name', (s) => (s.actor.account.name = ''), /^actor\.account\.name/],
  ['actor a group', (s) => (s.actor.objectType = 'Group'), /^actor\.objectType/],
  ['missing verb', (s) => delete s.verb, /^verb is required/],
  ['verb id not an IRI', (s) => (s.verb.id = 'answered'), /^verb\.id must be an absolute IRI/],
  ['verb id with a space', (s) => (s.verb.id = 'http://adlnet.gov/expapi/verbs/ answered'), /^verb\.id must be an absolute IRI/],
  ['http IRI without host', (s) => (s.verb.id = 'http:answered'), /^verb\.id must be an absolute IRI/],
  ['verb without display', (s) => delete s.verb.display, /^verb\.display is required/],
  ['verb display a string', (s) => (s.verb.display = 'answered'), /^verb\.display must be a language map/],
  ['verb display bad language tag', (s) => (s.verb.display = { 'en_US': 'answered' }), /^verb\.display key "en_US"/],
  ['verb display empty', (s) => (s.verb.display = {}), /^verb\.display must name at least one language/],
  ['missing object', (s) => delete s.object, /^object is required/],
  ['object id not an IRI', (s) => (s.object.id = 'lessons/a'), /^object\.id must be an absolute IRI/],
  ['object a sub-statement', (s) => (s.object.objectType = 'SubStatement'), /^object\.objectType/],
  ['definition type not an IRI', (s) => (s.object.definition.type = 'lesson'), /^object\.definition\.type/],
  ['unknown interaction type', (s) => (s.object.definition.interactionType = 'multiple-choice'), /^object\.definition\.interactionType/],
  ['repeated choice id', (s) => (s.object.definition.choices[1].id = 'a'), /choices\[1\]\.id "a" is repeated/],
  ['correct responses not strings', (s) => (s.object.definition.correctResponsesPattern = [['a']]), /correctResponsesPattern must be an array of strings/],
  ['duration not ISO 8601', (s) => (s.result.duration = '12.5 seconds'), /^result\.duration must be an ISO 8601 duration/],
  ['duration "PT"', (s) => (s.result.duration = 'PT'), /^result\.duration/],
  ['duration without P', (s) => (s.result.duration = 'T1M'), /^result\.duration/],
  ['scaled above 1', (s) => (s.result.score.scaled = 1.5), /^result\.score\.scaled must be between -1 and 1/],
  ['scaled below -1', (s) => (s.result.score.scaled = -1.01), /^result\.score\.scaled must be between -1 and 1/],
  ['raw above max', (s) => (s.result.score.raw = 3), /^result\.score\.raw \(3\) must not be above max/],
  ['raw below min', (s) => (s.result.score.raw = -1), /^result\.score\.raw \(-1\) must not be below min/],
  ['min equal to max', (s) => (s.result.score.min = 2), /^result\.score\.min \(2\) must be less than max/],
  ['score not a number', (s) => (s.result.score.raw = '1'), /^result\.score\.raw must be a number/],
  ['success not boolean', (s) => (s.result.success = 'yes'), /^result\.success must be true or false/],
  ['registration not a UUID', (s) => (s.context.registration = 'attempt-1'), /^context\.registration must be a UUID/],
  ['context language not a tag', (s) => (s.context.language = 'Swedish language'), /^context\.language/],
  ['extension key not an IRI', (s) => (s.context.extensions = { screen: 'crm' }), /^context\.extensions key "screen"/],
  ['parent activity without IRI', (s) => (s.context.contextActivities.parent[0].id = 'a'), /^context\.contextActivities\.parent\[0\]\.id/],
  ['unknown context activity kind', (s) => (s.context.contextActivities.sibling = []), /^context\.contextActivities\.sibling/],
  ['missing timestamp', (s) => delete s.timestamp, /^timestamp is required/],
  ['timestamp without time zone', (s) => (s.timestamp = '2026-11-25T10:30:00'), /^timestamp must be an ISO 8601 date-time/],
  ['timestamp not a date', (s) => (s.timestamp = 'yesterday'), /^timestamp must be an ISO 8601 date-time/],
  ['timestamp impossible day', (s) => (s.timestamp = '2026-02-30T10:00:00Z'), /^timestamp must be an ISO 8601 date-time/],
  ['timestamp offset -00:00', (s) => (s.timestamp = '2026-11-25T10:30:00-00:00'), /^timestamp must not use the offset "-00:00"/],
  ['version 2.0', (s) => (s.version = '2.0.0'), /^version must be 1\.0\.x/],
  ['unknown property', (s) => (s.verbs = s.verb), /^verbs is not a statement property/],
];

describe('statementProblems', () => {
  it('accepts a valid statement, with or without the optional parts', () => {
    assert.deepEqual(statementProblems(valid()), []);
    const minimal = valid();
    delete minimal.result;
    delete minimal.context;
    delete minimal.version;
    delete minimal.object.definition;
    delete minimal.actor.objectType;
    assert.deepEqual(statementProblems(minimal), []);
    assert.deepEqual(statementProblems({ ...valid(), actor: { mbox: 'mailto:maria@example.com' }, version: '1.0.0' }), []);
    assert.deepEqual(statementProblems({ ...valid(), result: { duration: 'P1DT2H3M4.5S' } }), []);
  });

  for (const [name, breakIt, expected] of BAD) {
    it(`reports: ${name}`, () => {
      const statement = valid();
      breakIt(statement);
      const problems = statementProblems(statement);
      assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} in ${JSON.stringify(problems)}`);
    });
  }

  it('reports anything that is not an object, and every problem at once', () => {
    for (const value of [null, undefined, 'statement', 42, []]) assert.deepEqual(statementProblems(value), ['statement must be a JSON object']);
    assert.deepEqual(statementProblems({}), ['id is required', 'actor is required', 'verb is required', 'object is required', 'timestamp is required']);
  });
});
