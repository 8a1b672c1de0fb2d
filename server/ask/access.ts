/**
 * Who may do what with a question. Someone who may not see a question gets 404 exactly as for an
 * id that does not exist, so ids cannot be probed (an expert of another topic included). Inbox
 * routes first need the `expert` role AND an expert profile (403 otherwise: that is about the
 * caller, not about any question).
 */
import type { Expert } from '../../src/protocol/index.js';
import type { AuthUser } from '../auth/token.js';
import type { DbReader } from '../db/database.js';
import { ApiProblem } from '../http/errors.js';
import type { Directory } from './directory.js';
import { findQuestion, type StoredQuestion } from './store.js';
import type { Viewer } from './views.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The asker always acts as the asker on their own question, even if they also answer its topic. */
export function viewerOf(question: { asker: { id: string }; topic: string }, user: AuthUser, directory: Directory): Viewer | undefined {
  if (question.asker.id === user.sub) return 'asker';
  return directory.handles(user, question.topic) ? 'expert' : undefined;
}

export function requireExpert(user: AuthUser, directory: Directory): Expert {
  const profile = directory.profile(user);
  if (profile) return profile;
  if (!user.roles.includes('expert')) throw new ApiProblem(403, 'forbidden', 'the inbox is for experts: the token has no "expert" role');
  throw new ApiProblem(403, 'forbidden', `"${user.sub}" has the expert role but no expert profile (ask/experts.yaml), so no topics to answer`);
}

export function notFound(id: string): ApiProblem {
  return new ApiProblem(404, 'not_found', `no question "${id.slice(0, 80)}"`);
}

export interface VisibleQuestion extends StoredQuestion {
  viewer: Viewer;
}

/** The question as `user` may act on it; `need` narrows to the asker or an expert of its topic. */
export async function visibleQuestion(db: DbReader, id: string, user: AuthUser, directory: Directory, need?: Viewer): Promise<VisibleQuestion> {
  if (!UUID.test(id)) throw notFound(id);
  const stored = await findQuestion(db, id);
  const viewer = stored && viewerOf(stored.question, user, directory);
  if (!stored || !viewer) throw notFound(id);
  if (need && viewer !== need) {
    // They can see it (it is theirs, or their topic's), so saying why is no leak.
    throw new ApiProblem(403, 'forbidden', need === 'asker' ? 'only the person who asked can do this' : 'only an expert of the question\'s topic can do this (not the person who asked)');
  }
  return { ...stored, viewer };
}
