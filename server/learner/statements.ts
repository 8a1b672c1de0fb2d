/**
 * xAPI statements as the server keeps them: checked (src/xapi/validate.ts), each stored once by
 * its id, then `pending` until the LRS forwarder (server/lrs/) sends them.
 */
import type { XapiStatement, StatementsResponse } from '../../src/protocol/index.js';
import { statementProblems } from '../../src/xapi/index.js';
import type { AuthUser } from '../auth/token.js';
import type { DbReader } from '../db/database.js';
import { ApiProblem, type Issue } from '../http/errors.js';

/** 422 with every problem of every statement; 403 when a statement is about someone else. */
export function checkStatements(statements: readonly XapiStatement[], user: AuthUser): void {
  const issues: Issue[] = statements.flatMap((statement, index) => statementProblems(statement).map((message) => ({ path: `statements.${index}`, message })));
  if (issues.length) throw new ApiProblem(422, 'validation_failed', `statements are not valid xAPI 1.0.3: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  const foreign = statements.findIndex((s) => s.actor.account.name !== user.sub);
  if (foreign >= 0) {
    throw new ApiProblem(403, 'forbidden', `statement ${foreign} (${statements[foreign]?.id}) has actor.account.name "${statements[foreign]?.actor.account.name}"; a token for "${user.sub}" records only its own statements`);
  }
}

/** Store each new statement once; a statement id already stored for this user counts as a duplicate. */
export async function storeStatements(db: DbReader, userId: string, statements: readonly XapiStatement[], now: Date): Promise<StatementsResponse> {
  let stored = 0;
  let duplicates = 0;
  const seen = new Set<string>();
  for (const statement of statements) {
    const id = statement.id.toLowerCase();
    if (seen.has(id)) {
      duplicates++;
      continue;
    }
    seen.add(id);
    const result = await db
      .insertInto('statements')
      .values({ id, user_id: userId, data: JSON.stringify(statement), stored_at: now.toISOString(), next_attempt_at: now.toISOString(), sent_at: null, error: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows) === 1) {
      stored++;
      continue;
    }
    const owner = await db.selectFrom('statements').select('user_id').where('id', '=', id).executeTakeFirst();
    // Statement ids are UUIDs the client makes: another user's statement under this id is a client bug, not a repeat.
    if (owner && owner.user_id !== userId) throw new ApiProblem(409, 'conflict', `statement id ${statement.id} is already used by another user's statement; every statement needs a new UUID`);
    duplicates++;
  }
  return { stored, duplicates };
}
