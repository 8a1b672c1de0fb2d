/** The one schema module: every entity and every v1 request/response. Types are inferred here. */
export * from './primitives.js';
export * from './context.js';
export * from './content.js';
export * from './lesson.js';
export * from './expert.js';
export * from './pack.js';
export * from './api.js';
export * from './requests.js';
export { formatIssues } from './issues.js';
export * from './progress.js';
export * from './review.js';
export * from './xapi.js';
export * from './ask.js';
export * from './feedback.js';
