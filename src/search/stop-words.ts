/**
 * Function words of the catalog's languages (English, Swedish, German), normalised. They are in
 * nearly every summary and heading, so indexing them costs heap and restore time, and a query
 * that must match them ("how do I close a deal") finds everything or, with AND, nothing useful.
 * Kept short on purpose: words that carry meaning in help text ("not", "new", "over") stay out.
 */
import { normalizeText } from './normalize.js';

const WORDS = `
  a an and are as at be by do does for from how i if in is it its my of on or that the this to was what when where
  which who why with you your can
  och att en ett som pa av for med till den det de ar om jag du hur vad nar inte min mitt kan har fran eller sa
  der die das und zu mit von fur ein eine einen ist im dem des wie was wer ich sie es auf oder bei aus
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/).map(normalizeText));
