/** Feedback rows: the subject check, and storing each feedback once by its client id. */
import type { FeedbackRequest, FeedbackResponse } from '../../src/protocol/feedback.js';
import type { DbReader } from '../db/database.js';
import { ApiProblem } from '../http/errors.js';

/** An `article:` or `lesson:` subject must name one that exists; other subjects are free-form keys. */
export async function checkSubject(db: DbReader, subject: string): Promise<void> {
  const colon = subject.indexOf(':');
  const kind = subject.slice(0, colon);
  const id = subject.slice(colon + 1);
  const table = kind === 'article' ? 'articles' : kind === 'lesson' ? 'lessons' : undefined;
  if (!table) return;
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new ApiProblem(422, 'validation_failed', `unknown subject "${subject}"`, [{ path: 'subject', message: `no ${kind} "${id}" in the catalog` }]);
}

/** Stores `input` unless its id is already stored; the first answer stays (a repeat is not an edit). */
export async function storeFeedback(db: DbReader, userId: string, input: FeedbackRequest, now: Date): Promise<{ status: 200 | 201; body: FeedbackResponse }> {
  const id = input.id.toLowerCase();
  const result = await db
    .insertInto('feedback')
    .values({
      id,
      user_id: userId,
      subject: input.subject,
      kind: input.kind,
      value: input.value ?? null,
      reason: input.reason ?? null,
      comment: input.comment ?? null,
      answers: input.answers ? JSON.stringify(input.answers) : null,
      prompt: input.prompt ?? null,
      screen: input.context.screen ?? null,
      context: JSON.stringify(input.context),
      // UTC, so the text order is time order and the first 10 characters are the day.
      given_at: new Date(input.givenAt).toISOString(),
      stored_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows) === 1) return { status: 201, body: { id, stored: true } };
  const owner = await db.selectFrom('feedback').select('user_id').where('id', '=', id).executeTakeFirst();
  // Ids are UUIDs the client makes: another user's feedback under this id is a client bug, not a repeat.
  if (owner && owner.user_id !== userId) throw new ApiProblem(409, 'conflict', `feedback id ${input.id} is already used by another user's feedback; every feedback needs a new UUID`);
  return { status: 200, body: { id, stored: false } };
}
