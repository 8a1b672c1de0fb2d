/** Prompt state per user, stored as one document and merged by src/prompts/state.ts. */
import { PromptState } from '../../src/protocol/prompts.js';
import { EMPTY_PROMPT_STATE as EMPTY, mergePromptState } from '../../src/prompts/state.js';
import { userDocument } from '../learner/user-document.js';

const promptState = userDocument({ table: 'prompt_states', name: 'prompt state', schema: PromptState, empty: EMPTY, merge: mergePromptState });

export const readPromptState = promptState.read;
export const savePromptState = promptState.save;
