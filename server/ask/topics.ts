/** GET /v1/topics' body: each imported topic with its experts, the likely expert and the typical answer time. */
import type { AskTopic, Expert, ExpertCard } from '../../src/protocol/index.js';
import type { DbReader } from '../db/database.js';
import type { Directory } from './directory.js';
import { pickExpert, routingStats } from './routing.js';
import { typicalMinutes } from './typical.js';

export function expertCard(expert: Expert): ExpertCard {
  const card: ExpertCard = { id: expert.id, name: expert.name, title: expert.title, languages: expert.languages };
  if (expert.avatar !== undefined) card.avatar = expert.avatar;
  if (expert.hours !== undefined) card.hours = expert.hours;
  return card;
}

/** `locale`: the asker's, so `likely` is who a question from them would be routed to. */
export async function listTopics(db: DbReader, directory: Directory, locale: string | undefined, now: Date): Promise<AskTopic[]> {
  const typical = await typicalMinutes(db, now);
  const stats = await routingStats(db, now);
  const topics: AskTopic[] = [];
  for (const config of directory.topics) {
    const experts = directory.expertsOf(config.id);
    const likely = pickExpert(experts, locale, stats);
    const topic: AskTopic = { ...config, experts: experts.map(expertCard) };
    if (likely) topic.likely = expertCard(likely);
    const minutes = typical.get(config.id);
    if (minutes !== undefined) topic.typicalMinutes = minutes;
    topics.push(topic);
  }
  return topics;
}
