/** The Review schedule per user: read, and merge-then-write (per card, src/lesson/review.ts). */
import { mergeReview } from '../../src/lesson/index.js';
import { ReviewState } from '../../src/protocol/index.js';
import { userDocument } from './user-document.js';

const review = userDocument({ table: 'review_states', name: 'review', schema: ReviewState, empty: { cards: [] }, merge: mergeReview });

export const readReview = review.read;
export const saveReview = review.save;
