/**
 * The one outbox of a session, created on first use by `LearningFront.outbox()` (a chunk of its
 * own): lessons, review, learning records and questions all write through it, so there is one
 * drain, one sending-tab lock and one `learn.sync` count per user, whichever feature wrote first.
 */
import { databaseName } from '../cache/db.js';
import type { LearningFront } from '../learning/front.js';
import { Outbox } from './outbox.js';

export async function openOutbox(front: LearningFront): Promise<Outbox> {
  const { deps } = front;
  const records = await deps.records;
  const outbox = new Outbox({
    backend: deps.backend,
    records,
    name: databaseName(deps.tenant, deps.user()?.id),
    live: deps.live,
    signal: () => deps.signal(),
    emit: deps.emit,
    report: (state) => {
      if (state.pending === front.sync.pending && state.failed === front.sync.failed) return;
      front.sync = state;
      deps.emit('sync-change', state);
    },
  });
  // Asked for as the session ended: `LearningFront.dispose` ran before this existed.
  if (!deps.live()) {
    outbox.dispose();
    throw new DOMException('The Learnflow session ended', 'AbortError');
  }
  return outbox;
}
