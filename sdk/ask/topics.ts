/**
 * Topics for the ask form: from the backend (`GET /v1/topics`), kept in the user's cache so the
 * form works offline; asked again on every call while online (the list is small and carries the
 * typical answer time, which changes). A read-only backend has no ask server: its catalog's
 * topics are offered, without experts.
 */
import * as z from 'zod/mini';
import { AskTopic, TopicsResponse } from '../../src/protocol/index.js';
import { isUnreachable } from '../connectivity.js';
import type { LearningFront } from '../learning/front.js';
import type { AskRequests } from './requests.js';

const KEY = 'ask-topics';
const TopicsRecord = z.object({ v: z.literal(1), items: z.array(AskTopic) });

export async function loadTopics(front: LearningFront, req: AskRequests, signal?: AbortSignal): Promise<AskTopic[]> {
  const { session } = front.deps;
  const { backend, connectivity } = req.deps;
  const records = await req.deps.records;
  let items: AskTopic[] | undefined;
  if (!backend.userData) {
    // The cached catalog, revalidated first (a refresh already running is shared; never rejects).
    if (!session.catalog.catalog) await session.catalog.refresh();
    items = (session.catalog.catalog?.topics ?? []).map((t) => ({ id: t.id, name: t.name, description: (t.description ?? '').slice(0, 300), screens: [], tags: [], experts: [] }));
  } else if (connectivity.state === 'offline') {
    items = (await records.read('user', KEY, TopicsRecord))?.items;
    if (!items) items = (await req.read('/v1/topics', TopicsResponse, 'the topics', signal)).items;
  } else {
    try {
      items = (await req.read('/v1/topics', TopicsResponse, 'the topics', signal)).items;
      void records.write('user', KEY, { v: 1, items } satisfies z.infer<typeof TopicsRecord>);
    } catch (error) {
      items = isUnreachable(error) ? (await records.read('user', KEY, TopicsRecord))?.items : undefined;
      if (!items) throw error;
    }
  }
  return items;
}
