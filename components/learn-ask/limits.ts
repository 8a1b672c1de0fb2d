/**
 * The protocol's question limit (`QUESTION_MAX` in src/protocol/ask.ts), as a plain number. Not a
 * value import: src/protocol/ask.ts brings its zod schemas along, and sharing them with the
 * runtime split the runtime's content chunk in two (+190 B gzip in the drawer's budgeted scenario).
 * test/components/learn-ask/limits.test.ts fails if the two ever differ.
 */
export const QUESTION_MAX = 2000;
