/** Learning records: lesson events → xAPI 1.0.3 statements, and the rules a statement must meet. */
export type { BuildStatementInput, VerbName, XapiLessonEvent } from './statements.js';
export { ACTIVITY_TYPES, SCREEN_EXTENSION, VERBS, buildStatement, isoDuration, lessonActivityId, stepActivityId } from './statements.js';
export { statementProblems } from './validate.js';
